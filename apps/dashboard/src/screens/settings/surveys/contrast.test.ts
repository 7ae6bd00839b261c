import { describe, expect, it } from 'vitest';
import { brandContrast, contrastRatio, luminance } from './contrast.js';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#4f46e5', '#4f46e5')).toBe(1);
  });

  it('matches published WCAG figures', () => {
    // #767676 on white is the lightest grey that passes AA for text: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    // Pure red on white: 4.0:1.
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4, 1);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => luminance('#fff')).toThrow(RangeError);
    expect(() => contrastRatio('indigo', '#ffffff')).toThrow(RangeError);
  });
});

describe('brandContrast', () => {
  it('passes the default indigo with white text, on both panels', () => {
    const c = brandContrast('#5b54f0');
    expect(c.textColour).toBe('#ffffff');
    expect(c.text).toBeGreaterThan(4.5);
    expect(c.passes).toEqual({ text: true, light: true, dark: true });
  });

  it('fails a darker indigo on the dark panel', () => {
    expect(brandContrast('#4f46e5').passes).toEqual({ text: true, light: true, dark: false });
  });

  it('puts black text on a light brand colour, as the widget does', () => {
    const c = brandContrast('#facc15');
    expect(c.textColour).toBe('#000000');
    expect(c.passes.text).toBe(true);
    expect(c.passes.light, 'yellow buttons fade into a white panel').toBe(false);
  });

  it('always finds a text colour that passes, since black or white reaches 4.58:1 on any colour', () => {
    for (let v = 0; v < 256; v += 5) {
      const grey = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      expect(brandContrast(grey).text, grey).toBeGreaterThanOrEqual(4.5);
    }
  });
});
