import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './search-text.js';

const finds = (comment: string, query: string) => matchesSearch(foldForSearch(comment), foldForSearch(query));

describe('foldForSearch', () => {
  it('ignores case and accents in Latin and Cyrillic text', () => {
    expect(finds('Le SERVICE était très LENT', 'etait tres lent')).toBe(true);
    expect(finds('Straße gesperrt', 'strasse')).toBe(true);
    expect(finds('Приложение ОЧЕНЬ медленное', 'очень')).toBe(true);
    expect(finds('Labai lėtas', 'letas')).toBe(true);
  });

  it('finds an Arabic word whatever its harakat, hamza or ta marbuta', () => {
    expect(finds('الخدمةُ سيّئةٌ جداً', 'الخدمه سيئه')).toBe(true);
    expect(finds('أريد إلغاء الاشتراك', 'الغاء')).toBe(true);
  });

  it('finds a Thai word inside a sentence written without spaces, keeping its marks', () => {
    expect(finds('แอปช้ามากและค้างบ่อย', 'ค้าง')).toBe(true);
    // ค่า (price) and ค้า differ only by a tone mark: not the same word.
    expect(finds('แอปช้ามากและค้างบ่อย', 'ค่าง')).toBe(false);
  });

  it('needs every word of the query, in any order', () => {
    expect(finds('The app crashes at checkout', 'checkout CRASH')).toBe(true);
    expect(finds('The app crashes at checkout', 'crash login')).toBe(false);
  });

  it('folds curly apostrophes and collapses spaces', () => {
    expect(foldForSearch('  Don’t   GO\n')).toBe("don't go");
  });
});
