import { type CompiledLexicon, lexiconFor } from './lexicon.js';
import { readComment } from './read-comment.js';
import { type Reading, readTokens } from './reading.js';
import type { DetectedLanguage } from './vocabulary.js';

/** From this score on, the answer is a promoter's (`classifyScore`). */
const PROMOTER = 9;

export interface Understanding {
  readonly language: DetectedLanguage;
  /** Absent when there is no text in a supported language to read. */
  readonly reading?: Reading;
  readonly lexicon?: CompiledLexicon;
  /** Token spans in the comment as written, when reading found them for free (see CommentText). */
  readonly spans?: readonly number[];
}

/**
 * Detects the language, tokenizes and applies the rules: everything before the
 * model, shared with training. The score tells a promoter's praise from a
 * detractor's "X is fine, but…".
 */
export function understand(comment: string, locale: string | undefined, score: number): Understanding {
  const { language, tokens, spans } = readComment(comment, locale);
  const lexicon = language === 'und' ? undefined : lexiconFor(language);
  if (!lexicon || tokens.length === 0) return { language };
  return {
    language,
    reading: readTokens(tokens, lexicon, score >= PROMOTER),
    lexicon,
    ...(spans ? { spans } : {}),
  };
}
