import { type Express, type RequestHandler, Router } from 'express';
import { HttpError } from '../errors.js';
import { listRoutes } from '../routes/route-table.js';

/**
 * 405 with `Allow` for a known path asked with a method it does not have, instead
 * of 404. Mounted after every route, so a request reaching it matched no method
 * of its path (or its route passed it on); built on first use, when the app's
 * routes are all in place.
 * Paths that only answer OPTIONS (CORS preflights) are left to the 404.
 */
export function methodNotAllowed(app: Express): RequestHandler {
  let router: Router | undefined;
  const build = () => {
    const built = Router();
    for (const { path, methods } of listRoutes(app)) {
      const allowed = methods.filter((m) => m !== '_all' && m !== 'options');
      if (allowed.length === 0) continue;
      if (allowed.includes('get')) allowed.push('head');
      const allow = allowed.map((m) => m.toUpperCase()).join(', ');
      built.all(path, (req, res, next) => {
        // The method exists here and its route passed the request on (an unknown file): 404.
        if (allowed.includes(req.method.toLowerCase())) return next();
        res.set('Allow', allow);
        if (req.method === 'OPTIONS') return void res.status(204).end();
        throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here; use ${allow}.`);
      });
    }
    return built;
  };
  return (req, res, next) => {
    router ??= build();
    router(req, res, next);
  };
}
