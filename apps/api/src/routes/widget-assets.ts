import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Response, Router } from 'express';
import { widgetDir as findWidgetDir } from '../services/installation/widget-build.js';

export interface WidgetAssetsOptions {
  /** The public key templated into the demo page's snippet. */
  demoPublicKey?: () => Promise<string | undefined>;
}

/** Only the flat file names the widget build emits: no paths, no dot-files. */
const ASSET_NAME = /^[a-z0-9][a-z0-9-]*\.js$/;
const DEMO_ASSETS: Record<string, string> = { 'demo.css': 'text/css', 'demo.js': 'text/javascript' };

/**
 * The demo page runs under a strict policy on purpose: no 'unsafe-inline', no
 * 'unsafe-eval', so it doubles as proof that the widget needs neither.
 */
const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The dashboard's widget preview: framed only by pages of this origin (the dashboard),
 * scripts only from here, and no connections at all, so nothing it renders can post an
 * answer.
 */
const PREVIEW_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'none'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function notBuilt(res: Response): void {
  res.status(503).json({ error: { code: 'widget_not_built', message: 'Run npm run build' } });
}

/**
 * Serves the built widget at `/widget/v1/<file>` (immutable: a new major version gets a
 * new path, and the README's SRI hash pins the bytes anyway), the dashboard's preview
 * frame at `/widget/v1/preview.html` and the demo host page at `/demo`. The scripts are loaded cross-origin with `crossorigin="anonymous"` for SRI,
 * hence `Access-Control-Allow-Origin: *` and a cross-origin resource policy.
 */
export function widgetAssetsRouter(options: WidgetAssetsOptions = {}): Router {
  const router = Router();
  const widgetDir = findWidgetDir();
  const distDir = widgetDir && join(widgetDir, 'dist');
  const demoDir = widgetDir && join(widgetDir, 'demo');

  // An HTML page, so revalidated rather than immutable: it names the scripts of the current build.
  router.get('/widget/v1/preview.html', (_req, res, next) => {
    if (!distDir || !existsSync(join(distDir, 'preview.html'))) return notBuilt(res);
    res.setHeader('Content-Security-Policy', PREVIEW_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').sendFile('preview.html', { root: distDir }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });

  router.get('/widget/v1/:file', (req, res, next) => {
    const { file } = req.params;
    if (!distDir || !existsSync(join(distDir, 'pulse.js'))) return notBuilt(res);
    if (!ASSET_NAME.test(file) || !existsSync(join(distDir, file))) return next();
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.sendFile(file, { root: distDir, maxAge: '365d', immutable: true, dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });

  router.get('/demo', async (_req, res, next) => {
    try {
      if (!demoDir || !existsSync(join(demoDir, 'index.html'))) return notBuilt(res);
      const key = (await options.demoPublicKey?.()) ?? '';
      const html = readFileSync(join(demoDir, 'index.html'), 'utf8').replaceAll(
        '{{PUBLIC_KEY}}',
        escapeHtml(key),
      );
      res.setHeader('Content-Security-Policy', DEMO_CSP);
      // A browser's default (helmet's is no-referrer), as on most sites: the loader's
      // same-origin config fetch then carries a Referer, so the demo counts as seen.
      res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').send(html);
    } catch (err) {
      next(err);
    }
  });

  router.get('/demo/:file', (req, res, next) => {
    const type = DEMO_ASSETS[req.params.file];
    if (!demoDir || !type) return next();
    res.setHeader('Content-Type', `${type}; charset=utf-8`);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(req.params.file, { root: demoDir }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });

  return router;
}
