import { z } from 'zod';
import { IsoDate } from './common.js';

/** One site origin a loader fetched this project's survey config from, and when it last did. */
export const InstallationOrigin = z.strictObject({
  origin: z.string(),
  lastSeenAt: IsoDate,
  /** In the project's allowed origins (or the project allows any): answers from there are accepted. */
  allowed: z.boolean(),
});

/** "Installation seen": where and when the widget was last loaded, most recent first. */
export const Installation = z.strictObject({
  /** The last few origins, newest first; empty until a loader has fetched the config. */
  origins: z.array(InstallationOrigin),
  /** The most recent of them, or null. */
  lastSeenAt: IsoDate.nullable(),
});
export type Installation = z.infer<typeof Installation>;

/** The install snippet for this API's widget, with the SRI hash of the loader it serves. */
export const InstallSnippet = z.strictObject({
  publicKey: z.string(),
  scriptUrl: z.url(),
  /** `sha384-…` of the pulse.js being served; it changes with each widget release. */
  integrity: z.string().regex(/^sha384-[A-Za-z0-9+/]+={0,2}$/),
  /** The `<script>` tag to paste, exactly as the README shows it. */
  snippet: z.string(),
});
export type InstallSnippet = z.infer<typeof InstallSnippet>;
