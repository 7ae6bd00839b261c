/** Marks to drop: every combining mark except Thai's, whose vowels and tone marks spell the word. */
const DROPPED_MARKS = /[^\P{M}\u0E00-\u0E7F]/gu;
/** Letters that customers write interchangeably and NFKD leaves apart. */
const VARIANTS = /[ßـةىٱ’‘`´ʼ]/g;
const VARIANT_OF: Readonly<Record<string, string>> = {
  ß: 'ss',
  ـ: '',
  ة: 'ه',
  ى: 'ي',
  ٱ: 'ا',
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
  ʼ: "'",
};

/**
 * The form comments are searched in: lower case, accents and Arabic harakat and
 * hamza carriers dropped (é → e, أ → ا), tatweel removed, ta marbuta and alif
 * maqsura mapped, spaces collapsed. Thai keeps its marks. The same function folds
 * the comment when it is indexed and the words a team member types, so both meet.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(DROPPED_MARKS, '')
    .replace(VARIANTS, (ch) => VARIANT_OF[ch] ?? ch)
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether a folded comment holds every word of a folded query, each as a
 * substring: "app crash" finds "The app crashes", and a Thai word is found inside
 * a Thai sentence written without spaces.
 */
export function matchesSearch(foldedText: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  for (const word of foldedQuery.split(' ')) if (!foldedText.includes(word)) return false;
  return true;
}
