import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithSpans, tokenSpans } from './tokenize.js';

describe('tokenize', () => {
  it('splits words at apostrophes, hyphens, spaces and emoji, and keeps one boundary per run of punctuation', () => {
    expect(tokenize("won't i-cancel 😡😡 now!!! ok...", 'en')).toEqual([
      'won',
      't',
      'i',
      'cancel',
      'now',
      '.',
      'ok',
      '.',
    ]);
  });

  it('drops leading punctuation and treats Arabic punctuation as a boundary', () => {
    expect(tokenize('... السعر مرتفع، والدعم ضعيف؟', 'ar')).toEqual([
      'السعر',
      'مرتفع',
      '.',
      'والدعم',
      'ضعيف',
      '.',
    ]);
  });

  it('keeps letters outside the BMP inside words and a lone surrogate outside them', () => {
    expect(tokenize('a𝐀b c\ud800d', 'en')).toEqual(['a𝐀b', 'c', 'd']);
  });

  it('reports spans that quote each token back', () => {
    const text = 'Price?! Too high 💸, cancel';
    const { tokens, spans } = tokenizeWithSpans(text, 'en');
    expect(spans).toEqual(tokenSpans(text, 'en'));
    const quoted = tokens.map((_, i) => text.slice(spans[2 * i], spans[2 * i + 1]));
    expect(quoted).toEqual(['Price', '?!', 'Too', 'high', ',', 'cancel']);
  });
});
