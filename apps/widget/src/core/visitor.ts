import { type KeyValueStore, readJson, removeKey, writeJson } from './storage.js';

export type TraitValue = string | number | boolean | null;
export type Traits = Record<string, TraitValue>;

/** What the widget remembers about this browser, per project, in its own localStorage key. */
export interface VisitorState {
  firstSeenAt: number;
  pageViews: number;
  /** Drawn once, so a sample rate picks the same visitors on every page. */
  sample: number;
  respondentId?: string;
  traits?: Traits;
  answeredAt?: number;
  dismissedAt?: number;
}

export const visitorKey = (publicKey: string): string => `pulse:v1:${publicKey}:visitor`;

/** Reads the state and counts this page view. */
export function recordPageView(
  store: KeyValueStore,
  publicKey: string,
  now: number,
  random: () => number,
): VisitorState {
  const saved = readJson<VisitorState>(store, visitorKey(publicKey));
  const state: VisitorState =
    saved && typeof saved.firstSeenAt === 'number'
      ? { ...saved, pageViews: (saved.pageViews || 0) + 1 }
      : { firstSeenAt: now, pageViews: 1, sample: random() };
  writeJson(store, visitorKey(publicKey), state);
  return state;
}

export function saveVisitor(store: KeyValueStore, publicKey: string, state: VisitorState): void {
  writeJson(store, visitorKey(publicKey), state);
}

export function forgetVisitor(store: KeyValueStore, publicKey: string): void {
  removeKey(store, visitorKey(publicKey));
}

/**
 * Another respondent on the same browser starts with a clean throttle history;
 * the same one keeps it. Traits are trimmed to what the API accepts, so a bad
 * trait never makes an answer undeliverable.
 */
export function identifyVisitor(state: VisitorState, id: string, traits: unknown): VisitorState {
  const next: VisitorState = { ...state, respondentId: id.slice(0, 200), traits: cleanTraits(traits) };
  if (state.respondentId !== undefined && state.respondentId !== next.respondentId) {
    delete next.answeredAt;
    delete next.dismissedAt;
  }
  return next;
}

export function cleanTraits(traits: unknown): Traits {
  const clean: Traits = {};
  if (!traits || typeof traits !== 'object') return clean;
  let count = 0;
  for (const [key, value] of Object.entries(traits)) {
    if (count === 50 || !key || key.length > 64 || /[$.]/.test(key)) continue;
    if (typeof value === 'string') clean[key] = value.slice(0, 500);
    else if (
      typeof value === 'number' ? Number.isFinite(value) : typeof value === 'boolean' || value === null
    )
      clean[key] = value as TraitValue;
    else continue;
    count++;
  }
  return clean;
}
