import type { Survey } from '@pulse/shared';

type Snapshot = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isPlainObject = (v: unknown): v is Snapshot => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What changed between two snapshots, for an audit entry: only the fields that
 * differ, each side with its value; for nested objects only their changed keys.
 */
export function diffSummary(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const was: Snapshot = {};
  const is: Snapshot = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[key], after[key]];
    if (same(a, b)) continue;
    if (isPlainObject(a) && isPlainObject(b)) {
      const inner = diffSummary(a, b);
      was[key] = inner.before;
      is[key] = inner.after;
    } else {
      was[key] = a ?? null;
      is[key] = b ?? null;
    }
  }
  return { before: was, after: is };
}

/**
 * A survey as its audit entries show it: settings as they are, texts as the list
 * of languages (the texts themselves are too long for a log).
 */
export const surveySnapshot = (s: Survey): Snapshot => ({
  name: s.name,
  status: s.status,
  defaultLocale: s.defaultLocale,
  languages: Object.keys(s.texts).sort(),
  throttle: s.throttle,
  appearance: s.appearance,
  thankYouLinks: s.thankYouLinks,
});

/** What an update changed, with the languages whose texts were edited. */
export function surveyChanges(before: Survey, after: Survey): { before: Snapshot; after: Snapshot } {
  const summary = diffSummary(surveySnapshot(before), surveySnapshot(after));
  const edited = Object.keys(after.texts).filter(
    (locale) => locale in before.texts && !same(before.texts[locale], after.texts[locale]),
  );
  if (edited.length > 0) summary.after.textsEdited = edited.sort();
  return summary;
}
