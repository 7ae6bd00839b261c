/**
 * WCAG 2 contrast for the survey's brand colour. The widget paints its buttons and the
 * chosen score in the brand colour with black or white text on it, whichever contrasts
 * more (apps/widget/src/ui/theme.ts), on a white panel or, in dark mode, #18181b.
 */

const HEX = /^#[0-9a-f]{6}$/i;

/** AA: 4.5:1 for text (WCAG 1.4.3); 3:1 for a control's shape against what surrounds it (1.4.11). */
export const AA_TEXT = 4.5;
export const AA_SHAPE = 3;

/** The widget's panel backgrounds (widget.css). */
export const PANEL = { light: '#ffffff', dark: '#18181b' } as const;

export const isHexColour = (value: string): boolean => HEX.test(value);

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  if (!isHexColour(hex)) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two colours, 1 (none) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface BrandContrast {
  /** The text colour the widget puts on the brand colour. */
  textColour: '#000000' | '#ffffff';
  /** Brand against that text: the buttons' labels and the chosen score. */
  text: number;
  /** Brand against the light and the dark panel: the buttons' shape. */
  light: number;
  dark: number;
  /** Each check against its AA threshold. */
  passes: { text: boolean; light: boolean; dark: boolean };
}

/** How readable the widget is in this brand colour, by the checks AA asks of it. */
export function brandContrast(brand: string): BrandContrast {
  const onBlack = contrastRatio(brand, '#000000');
  const onWhite = contrastRatio(brand, '#ffffff');
  const textColour = onBlack > onWhite ? '#000000' : '#ffffff';
  const text = Math.max(onBlack, onWhite);
  const light = contrastRatio(brand, PANEL.light);
  const dark = contrastRatio(brand, PANEL.dark);
  return {
    textColour,
    text,
    light,
    dark,
    passes: { text: text >= AA_TEXT, light: light >= AA_SHAPE, dark: dark >= AA_SHAPE },
  };
}
