import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { foldForSearch, type ResponseItem, THEMES } from '@pulse/shared';

/** Answers per sealed part (and the least the tail keeps once there are that many). */
export const PART_SIZE = 500;

/** One answer as the filters see it: compact, and enough to pick out the matches of a part. */
export interface Entry {
  id: string;
  /** createdAt in ms. */
  at: number;
  answeredAt: number;
  locale: string;
  flags: number;
  /** Hashes of the `key=value` text of each trait (see textHash), space-separated. */
  traits: string;
  /** Hash of `respondent.id`, '' without one: the timeline's key. */
  respondent: string;
  /** The comment folded for search (foldForSearch); '' without one. */
  text: string;
}

/** Flag bits: comment, churn risk, the category (one of three), then one per theme. */
export const FLAG = {
  comment: 1,
  churnRisk: 2,
  category: { detractor: 4, passive: 8, promoter: 16 } as Record<string, number>,
  theme: Object.fromEntries(THEMES.map((t, i) => [t, 32 << i])) as Record<string, number>,
};

/**
 * 32-bit FNV-1a of a text, 8 hex digits. The keys keep only hashes of traits and
 * respondent ids (they may be long); a match is confirmed on the answer itself.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export const traitHash = (key: string, value: string) => textHash(`${key}=${value}`);

export function entryOf(item: ResponseItem): Entry {
  const c = item.classification;
  let flags = FLAG.category[item.category] ?? 0;
  if (item.comment) flags |= FLAG.comment;
  if (c?.churnRisk) flags |= FLAG.churnRisk;
  for (const theme of c?.themes ?? []) flags |= FLAG.theme[theme] ?? 0;
  const traits = Object.entries(item.respondent.traits ?? {})
    .filter(([, v]) => v !== null)
    .map(([k, v]) => traitHash(k, String(v)));
  return {
    id: item.id,
    at: Date.parse(item.createdAt),
    answeredAt: Date.parse(item.answeredAt),
    locale: item.locale ?? '',
    flags,
    traits: traits.join(' '),
    respondent: item.respondent.id ? textHash(item.respondent.id) : '',
    text: item.comment ? foldForSearch(item.comment) : '',
  };
}

type PackedEntry = [string, number, number, string, number, string, string, string];

/** Bytes as a lean read returns them: a Buffer, or the driver's Binary. */
export type Stored = Buffer | { buffer: Uint8Array };

/** JSON, then raw deflate: the index's bytes are what FerretDB reads through on every lookup. */
const compress = (value: unknown) => deflateRawSync(JSON.stringify(value));
const expand = <T>(data: Stored): T =>
  JSON.parse(inflateRawSync(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer)).toString('utf8')) as T;

export const packEntries = (entries: readonly Entry[]) =>
  compress(
    entries.map(
      (e): PackedEntry => [e.id, e.at, e.answeredAt, e.locale, e.flags, e.traits, e.respondent, e.text],
    ),
  );

export const unpackEntries = (data: Stored): Entry[] =>
  expand<PackedEntry[]>(data).map(([id, at, answeredAt, locale, flags, traits, respondent, text]) => ({
    id,
    at,
    answeredAt,
    locale,
    flags,
    traits,
    respondent,
    text,
  }));

export const packItems = (items: readonly ResponseItem[]) => compress(items);
export const unpackItems = (data: Stored): ResponseItem[] => expand<ResponseItem[]>(data);

/** What the head keeps of a sealed part to skip it unread: its flags OR-ed, its time ranges (ms). */
export interface PartRow {
  mask: number;
  createdFrom: number;
  createdTo: number;
  answeredFrom: number;
  answeredTo: number;
}

export function rowOf(entries: readonly Entry[]): PartRow {
  const row = {
    mask: 0,
    createdFrom: Number.POSITIVE_INFINITY,
    createdTo: Number.NEGATIVE_INFINITY,
    answeredFrom: Number.POSITIVE_INFINITY,
    answeredTo: Number.NEGATIVE_INFINITY,
  };
  for (const e of entries) {
    row.mask |= e.flags;
    row.createdFrom = Math.min(row.createdFrom, e.at);
    row.createdTo = Math.max(row.createdTo, e.at);
    row.answeredFrom = Math.min(row.answeredFrom, e.answeredAt);
    row.answeredTo = Math.max(row.answeredTo, e.answeredAt);
  }
  return row;
}

type PackedRow = [number, number, number, number, number];
export const packRows = (rows: readonly PartRow[]) =>
  JSON.stringify(
    rows.map((r): PackedRow => [r.mask, r.createdFrom, r.createdTo, r.answeredFrom, r.answeredTo]),
  );
export const unpackRows = (packed: string): PartRow[] =>
  (JSON.parse(packed) as PackedRow[]).map(([mask, createdFrom, createdTo, answeredFrom, answeredTo]) => ({
    mask,
    createdFrom,
    createdTo,
    answeredFrom,
    answeredTo,
  }));
