import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { Router } from 'express';
import helmet from 'helmet';
import { HttpError } from '../errors.js';

/**
 * Scripts only from this origin, no 'unsafe-inline' or 'unsafe-eval' anywhere:
 * a comment that smuggles markup has nothing to run even if it were ever
 * rendered as HTML. Styles are set through the CSSOM (Svelte `style:`,
 * uPlot), which a style-src of 'self' allows.
 */
const DASHBOARD_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function findDashboardDist(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@pulse/dashboard/package.json')), 'dist');
  } catch {
    return undefined;
  }
}

/** The built dashboard at /dashboard, on the API's own origin so the session cookie and socket need no CORS. */
export function dashboardAssetsRouter(distDir = findDashboardDist()): Router {
  const router = Router();
  router.use(
    '/dashboard',
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: DASHBOARD_CSP },
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  if (!distDir || !existsSync(join(distDir, 'index.html'))) {
    router.use('/dashboard', () => {
      throw new HttpError(
        503,
        'dashboard_not_built',
        'The dashboard is not built; run `npm run build -w @pulse/dashboard`.',
      );
    });
    return router;
  }
  // Browsers ask every origin for /favicon.ico (the demo page and /docs too): Pulse's mark.
  router.get('/favicon.ico', (_req, res) => {
    res
      .type('image/svg+xml')
      .set('Cache-Control', 'public, max-age=86400')
      .sendFile('favicon.svg', { root: distDir });
  });
  router.use(
    '/dashboard',
    express.static(distDir, {
      index: 'index.html',
      setHeaders(res, path) {
        // Vite puts a content hash in every asset name; index.html must be revalidated.
        res.set(
          'Cache-Control',
          path.includes(`${join(distDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  return router;
}
