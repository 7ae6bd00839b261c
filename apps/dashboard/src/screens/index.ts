import type { Role } from '@pulse/shared/contracts';
import type { Component } from 'svelte';
import type { Api } from '../lib/api.js';
import type { LiveStore } from '../lib/live/live-store.js';
import type { Route } from '../lib/router.svelte.js';
import type { Theme } from '../lib/theme.js';
import Overview from './overview/Overview.svelte';
import Queue from './queue/Queue.svelte';

/** What the shell hands every screen of a signed-in member; each takes the props it needs. */
export interface ScreenProps {
  api: Api;
  live: LiveStore;
  role: Role;
  /** The member's e-mail: how follow-ups name their assignee. */
  me: string;
  theme: Theme;
}

/** The screen of each route. */
export const SCREENS: Record<Route, Component<ScreenProps>> = { overview: Overview, queue: Queue };
