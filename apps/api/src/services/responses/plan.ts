import {
  foldForSearch,
  matchesSearch,
  parseTraitFilter,
  type ResponseCsvQuery,
  type ResponseItem,
} from '@pulse/shared';
import { type Entry, FLAG, traitHash } from './entry.js';

/** The explorer's filters, as the list and the CSV export both take them. */
export type ExplorerQuery = Omit<ResponseCsvQuery, 'surveyId'>;

/** A query compiled for the index: what a part must have, a test per entry, and what to confirm. */
export interface Plan {
  /** Flags every match carries: a part whose mask lacks one cannot hold a match. */
  required: number;
  /** answeredAt window [from, to) in ms. */
  answeredFrom: number;
  answeredTo: number;
  matches(entry: Entry): boolean;
  /** Confirms on the answer in full what the keys hold only as a hash (the trait). */
  confirms(item: ResponseItem): boolean;
}

/** A trait equals the filter's text: as a string, as the number it spells, or as true/false. */
function traitEquals(actual: unknown, value: string): boolean {
  if (typeof actual === 'string') return actual === value;
  if (typeof actual === 'number') return value.trim() !== '' && Number(value) === actual;
  if (typeof actual === 'boolean') return value === String(actual);
  return false;
}

/** Every hash a matching trait can have in the index (a number trait is hashed as String(number)). */
function traitHashes(key: string, value: string): string[] {
  const hashes = [traitHash(key, value)];
  const number = Number(value);
  if (value.trim() !== '' && Number.isFinite(number)) hashes.push(traitHash(key, String(number)));
  return hashes;
}

export function planOf(q: ExplorerQuery): Plan {
  let required = 0;
  let forbidden = 0;
  if (q.category) required |= FLAG.category[q.category] ?? 0;
  if (q.theme) required |= FLAG.theme[q.theme] ?? 0;
  if (q.churnRisk === true) required |= FLAG.churnRisk;
  if (q.churnRisk === false) forbidden |= FLAG.churnRisk;
  if (q.hasComment === true) required |= FLAG.comment;
  if (q.hasComment === false) forbidden |= FLAG.comment;
  const answeredFrom = q.from ? Date.parse(q.from) : Number.NEGATIVE_INFINITY;
  const answeredTo = q.to ? Date.parse(q.to) : Number.POSITIVE_INFINITY;
  const words = q.q ? foldForSearch(q.q) : '';
  const trait = q.trait ? parseTraitFilter(q.trait) : null;
  const hashes = trait ? traitHashes(trait.key, trait.value) : [];

  return {
    required,
    answeredFrom,
    answeredTo,
    matches(e) {
      if ((e.flags & required) !== required || (e.flags & forbidden) !== 0) return false;
      if (e.answeredAt < answeredFrom || e.answeredAt >= answeredTo) return false;
      if (q.locale && e.locale !== q.locale) return false;
      if (hashes.length > 0 && !hashes.some((h) => e.traits.includes(h))) return false;
      return words === '' || matchesSearch(e.text, words);
    },
    confirms(item) {
      if (!trait) return true;
      const traits: Record<string, unknown> = item.respondent.traits ?? {};
      return Object.hasOwn(traits, trait.key) && traitEquals(traits[trait.key], trait.value);
    },
  };
}
