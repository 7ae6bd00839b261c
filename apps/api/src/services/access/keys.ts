import { createHash, randomBytes } from 'node:crypto';

/** `pk_…` goes into web pages; `sk_…` is a secret shown once and stored only as a hash. */
export const newPublicKey = () => `pk_${randomBytes(15).toString('base64url')}`;
export const newApiKey = () => `sk_${randomBytes(32).toString('base64url')}`;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every depth, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
