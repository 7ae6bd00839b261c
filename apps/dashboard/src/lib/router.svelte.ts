/**
 * The screens a URL names. Routes live in the hash, so the API serves the
 * dashboard as one static page and a reload stays on the same screen.
 */
export const ROUTES = { overview: '#/', queue: '#/queue' } as const;
export type Route = keyof typeof ROUTES;
/** In the order the navigation lists them. */
export const ROUTE_NAMES = Object.keys(ROUTES) as Route[];

const byHash = new Map<string, Route>(Object.entries(ROUTES).map(([route, hash]) => [hash, route as Route]));

/** The route of a `location.hash`; anything unknown is the overview. */
export const routeOf = (hash: string): Route => byHash.get(hash) ?? 'overview';

interface HashSource {
  location: { hash: string };
  addEventListener(type: 'hashchange', listener: () => void): void;
}

/** The current route, following the address bar for the life of the page. */
export function createRouter(source: HashSource = window) {
  let route = $state.raw(routeOf(source.location.hash));
  source.addEventListener('hashchange', () => {
    route = routeOf(source.location.hash);
  });
  return {
    get route() {
      return route;
    },
  };
}
