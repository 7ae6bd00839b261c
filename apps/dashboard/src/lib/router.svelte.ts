/**
 * The screens a URL names. Routes live in the hash, so the API serves the dashboard as
 * one static page and a reload stays on the same screen. A route's hash may be followed
 * by more of the path (`#/settings/surveys/<id>`) and a query (`?status=open`), which
 * its screen reads from the location.
 */

/** `main`: in the top bar; `settings`: in the settings navigation (`#/settings/…`). */
export type Area = 'main' | 'settings';

interface RouteInfo {
  hash: string;
  area: Area;
  /** Only a project's owners see it in the navigation and may open it. */
  ownersOnly?: boolean;
}

/** In the order the navigation lists them. */
export const ROUTES = {
  overview: { hash: '#/', area: 'main' },
  queue: { hash: '#/queue', area: 'main' },
  responses: { hash: '#/responses', area: 'main' },
  surveys: { hash: '#/settings/surveys', area: 'settings' },
  team: { hash: '#/settings/team', area: 'settings', ownersOnly: true },
  keys: { hash: '#/settings/keys', area: 'settings', ownersOnly: true },
  integrations: { hash: '#/settings/integrations', area: 'settings' },
  audit: { hash: '#/settings/audit', area: 'settings', ownersOnly: true },
} as const satisfies Record<string, RouteInfo>;
export type Route = keyof typeof ROUTES;
export const ROUTE_NAMES = Object.keys(ROUTES) as Route[];

export type MainRoute = { [R in Route]: (typeof ROUTES)[R]['area'] extends 'main' ? R : never }[Route];
export type SettingsRoute = Exclude<Route, MainRoute>;
export const MAIN_ROUTES = ROUTE_NAMES.filter((r): r is MainRoute => ROUTES[r].area === 'main');
export const SETTINGS_ROUTES = ROUTE_NAMES.filter((r): r is SettingsRoute => ROUTES[r].area === 'settings');
/** `#/settings` itself opens the first section. */
export const SETTINGS_HASH = '#/settings';

export const isOwnersOnly = (route: Route): boolean => 'ownersOnly' in ROUTES[route];

/** Where the address bar points: a route, the rest of the path after it, and the query. */
export interface Location {
  route: Route;
  path: readonly string[];
  query: Readonly<Record<string, string>>;
}

const segmentsOf = (hash: string) => hash.replace(/^#\/?/, '').split('/').filter(Boolean);
// Longest first, so `#/settings/surveys/x` is the surveys section, not something shorter.
const byLength = ROUTE_NAMES.map((route) => ({ route, segments: segmentsOf(ROUTES[route].hash) })).sort(
  (a, b) => b.segments.length - a.segments.length,
);

/** The location a `location.hash` names; anything unknown is the overview. */
export function locationOf(hash: string): Location {
  const [pathPart = '', queryPart = ''] = hash.split('?', 2);
  const query = Object.fromEntries(new URLSearchParams(queryPart));
  const segments = segmentsOf(pathPart).map((s) => decodeURIComponent(s));
  if (segments.length === 1 && `#/${segments[0]}` === SETTINGS_HASH)
    return { route: SETTINGS_ROUTES[0]!, path: [], query };
  const match = byLength.find(
    ({ segments: own }) => own.length <= segments.length && own.every((s, i) => s === segments[i]),
  );
  if (!match || (match.segments.length === 0 && segments.length > 0))
    return { route: 'overview', path: [], query: {} };
  return { route: match.route, path: segments.slice(match.segments.length), query };
}

/** The hash of a route, with more of the path and a query when given. */
export function hrefOf(
  route: Route,
  path: readonly string[] = [],
  query: Record<string, string> = {},
): string {
  const href = ROUTES[route].hash.replace(/\/$/, '') + path.map((s) => `/${encodeURIComponent(s)}`).join('');
  const search = new URLSearchParams(query).toString();
  return `${href === '#' ? '#/' : href}${search ? `?${search}` : ''}`;
}

/** The token of an invite link (`#invite=<token>`), which the shell answers before sign-in. */
export const inviteTokenOf = (hash: string): string | null => /^#invite=([^&/?]+)$/.exec(hash)?.[1] ?? null;

interface HashSource {
  location: { hash: string };
  addEventListener(type: 'hashchange', listener: () => void): void;
}

/** The current location, following the address bar for the life of the page. */
export function createRouter(source: HashSource = window) {
  let location = $state.raw(locationOf(source.location.hash));
  let invite = $state(inviteTokenOf(source.location.hash));
  source.addEventListener('hashchange', () => {
    location = locationOf(source.location.hash);
    invite = inviteTokenOf(source.location.hash);
  });
  return {
    get location() {
      return location;
    },
    get invite() {
      return invite;
    },
  };
}
