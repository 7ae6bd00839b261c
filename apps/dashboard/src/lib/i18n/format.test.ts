import { describe, expect, it } from 'vitest';
import { createFormat } from './format.js';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('createFormat', () => {
  it('signs NPS and changes, and names no NPS with a dash', () => {
    const en = createFormat('en');
    expect([en.nps(42.4), en.nps(-7.6), en.nps(0), en.nps(null)]).toEqual(['+42', '-8', '0', '—']);
    expect(en.delta(3.25)).toBe('+3.3');
    expect(en.share(42)).toBe('42%');
    expect(en.count(12_345)).toBe('12,345');
  });

  it('writes numbers the way each language does', () => {
    expect(createFormat('de').count(12_345)).toBe('12.345');
    expect(createFormat('fr').count(12_345)).toBe(new Intl.NumberFormat('fr').format(12_345));
    expect(createFormat('ar').share(42)).toBe(new Intl.NumberFormat('ar', { style: 'percent' }).format(0.42));
    expect(createFormat('ru').delta(-1.5)).toBe('-1,5');
  });

  it('says recent times relative to now, in the language, and older ones as a date', () => {
    const en = createFormat('en');
    expect(en.when(ago(10), NOW)).toBe('now');
    expect(en.when(ago(5 * 60), NOW)).toBe('5 minutes ago');
    expect(en.when(new Date(NOW + 3 * 3600_000).toISOString(), NOW)).toBe('in 3 hours');
    expect(en.when(ago(3 * 86_400), NOW)).toBe(en.dateTime(ago(3 * 86_400)));
    expect(createFormat('es').when(ago(5 * 60), NOW)).toBe('hace 5 minutos');
    expect(createFormat('ar').when(ago(10), NOW)).toBe('الآن');
    expect(createFormat('th').when(ago(2 * 3600), NOW)).toBe(
      new Intl.RelativeTimeFormat('th', { numeric: 'auto' }).format(-2, 'hour'),
    );
  });

  it('names languages and lists things in the language', () => {
    expect(createFormat('en').languageName('th')).toBe('Thai');
    expect(createFormat('ar').languageName('th')).toBe(
      new Intl.DisplayNames(['ar'], { type: 'language' }).of('th'),
    );
    expect(createFormat('es').languageLabel('th')).toBe('Tailandés');
    expect(createFormat('en').languageName('not a tag!')).toBe('not a tag!');
    expect(createFormat('en').list(['Billing', 'Support', 'Price'])).toBe('Billing, Support, and Price');
    expect(createFormat('es').list(['a', 'b'])).toBe('a y b');
  });
});
