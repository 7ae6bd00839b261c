import { type CompiledLexicon, lexiconFor } from './lexicon.js';
import { readComment } from './read-comment.js';
import { type Reading, readTokens } from './reading.js';
import type { DetectedLanguage } from './vocabulary.js';

export interface Understanding {
  readonly language: DetectedLanguage;
  /** Absent when there is no text in a supported language to read. */
  readonly reading?: Reading;
  readonly lexicon?: CompiledLexicon;
}

/** Detects the language, tokenizes and applies the rules: everything before the model, shared with training. */
export function understand(comment: string, locale: string | undefined): Understanding {
  const { language, tokens } = readComment(comment, locale);
  const lexicon = language === 'und' ? undefined : lexiconFor(language);
  if (!lexicon || tokens.length === 0) return { language };
  return { language, reading: readTokens(tokens, lexicon), lexicon };
}
