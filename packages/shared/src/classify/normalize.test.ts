import { describe, expect, it } from 'vitest';
import { foldsInPlace, normalizeText } from './normalize.js';

describe('normalizeText and foldsInPlace', () => {
  it('folds accents, case and Arabic letter variants', () => {
    expect(normalizeText('Cancelé ÇA', 'fr')).toBe('cancele ca');
    expect(normalizeText('Straße', 'de')).toBe('strasse');
    expect(normalizeText('أسعار مرتفعة', 'ar')).toBe('اسعار مرتفعه');
  });

  it('says a text folds in place only when every character becomes exactly one', () => {
    for (const text of ['Cancelé ÇA 😡', 'Отменю подписку', 'أسعار مرتفعة', 'plain ascii']) {
      expect(foldsInPlace(text)).toBe(true);
      expect(normalizeText(text, 'en')).toHaveLength(text.length);
    }
    // ß → ss, a decomposed accent, harakat and tatweel, a mathematical letter: offsets move.
    for (const text of ['Straße', 'Cance\u0301le', 'مُرتفع', 'مرتـفع', 'x𝐀'])
      expect(foldsInPlace(text)).toBe(false);
  });
});
