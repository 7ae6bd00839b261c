import type { Role } from '@pulse/shared/contracts';
import type { Component } from 'svelte';
import type { Api } from '../lib/api.js';
import type { Messages } from '../lib/i18n/i18n.svelte.js';
import type { LiveStore } from '../lib/live/live-store.js';
import type { Location } from '../lib/router.svelte.js';
import type { Theme } from '../lib/theme.js';

/** What the shell hands every screen of a signed-in member; each takes the props it needs. */
export type ScreenProps = {
  api: Api;
  live: LiveStore;
  role: Role;
  /** The member's e-mail: how follow-ups name their assignee. */
  me: string;
  theme: Theme;
  /** The address: the rest of its path after the route (`#/settings/surveys/<id>`) and its query. */
  location: Location;
};

/** A screen as its module exports it: the component and the message tables it shows. */
export interface Screen<P extends Record<string, unknown>> {
  component: Component<P>;
  messages: readonly Messages<unknown>[];
}

/** A screen module, fetched when its route is first opened (a chunk of its own). */
export type ScreenModule<P extends Record<string, unknown>> = () => Promise<{ default: Screen<P> }>;

/** What a screen's `index.ts` exports: its component and every table it (or its parts) reads. */
export const defineScreen = <P extends Record<string, unknown>>(
  component: Component<P>,
  ...messages: Messages<unknown>[]
): Screen<P> => ({
  component,
  messages,
});
