import type { Express } from 'express';
import { type RouteSpec, SPEC, type SpecHandler } from './route-spec.js';

/** One route as Express will match it, found by walking the app's router. */
export interface MountedRoute {
  path: string;
  methods: string[];
  /** The spec the route was mounted from, for routes built by mountRoutes. */
  specs: RouteSpec[];
}

interface Layer {
  slash?: boolean;
  handle: { stack?: Layer[] } & Partial<SpecHandler>;
  route?: { path: string; methods: Record<string, boolean>; stack: Layer[] };
}

/**
 * Every route of the app: route layers, and those of routers mounted at the root
 * (Express 5 / router 2 marks those `slash`). Routers under a path prefix are
 * asset servers (/docs, /dashboard), not API routes.
 */
export function listRoutes(app: Express): MountedRoute[] {
  const byPath = new Map<string, MountedRoute>();
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const entry = byPath.get(layer.route.path) ?? { path: layer.route.path, methods: [], specs: [] };
        for (const [method, on] of Object.entries(layer.route.methods))
          if (on && !entry.methods.includes(method)) entry.methods.push(method);
        for (const inner of layer.route.stack) {
          const spec = inner.handle[SPEC];
          if (spec) entry.specs.push(spec);
        }
        byPath.set(entry.path, entry);
      } else if (layer.slash && layer.handle.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...byPath.values()];
}
