import type { Route } from '../lib/router.svelte.js';
import type { ScreenModule, ScreenProps } from './screen.js';

/**
 * The screen of each route, each a dynamic import: its code and its messages are
 * fetched the first time the route opens, so the first load carries the shell only.
 */
export const SCREENS: Record<Route, ScreenModule<ScreenProps>> = {
  overview: () => import('./overview/index.js'),
  queue: () => import('./queue/index.js'),
  responses: () => import('./responses/index.js'),
  surveys: () => import('./settings/surveys/index.js'),
  team: () => import('./settings/team/index.js'),
  keys: () => import('./settings/keys/index.js'),
  integrations: () => import('./settings/integrations/index.js'),
  audit: () => import('./settings/audit/index.js'),
};

/** Shown to whoever opens an invite link. */
export const INVITATION = () => import('./invitation/index.js');

/** Shown to whoever is not signed in. */
export const SIGN_IN = () => import('./sign-in/index.js');
