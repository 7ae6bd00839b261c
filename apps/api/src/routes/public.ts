import { IdempotencyKey, PublicSurveyQuery, ResponseInput } from '@pulse/shared';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { HttpError } from '../errors.js';
import { limitPerAddress, type RateLimitStores } from '../middleware/rate-limit.js';
import { rejectUnstorable } from '../middleware/storable-body.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';
import { siteOriginOf } from '../services/installation/sightings.js';
import { visitorLanguages } from '../services/survey-choice.js';

/**
 * CORS for every public response, errors included (a 400 or 429 without these headers
 * reaches the widget as a network error, which it would retry forever). Any origin may
 * read the answer; the POST itself checks the project's allowed origins.
 */
function allowCors(req: Request, res: Response, next: NextFunction): void {
  const origin = req.get('origin');
  if (origin)
    res.set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Max-Age': '86400',
      Vary: 'Origin',
    });
  next();
}

/** The key from the header, or from the body (sendBeacon cannot set headers); both must agree. */
function idempotencyKeyOf(req: Request, bodyKey: string | undefined): string {
  const header = req.get('idempotency-key');
  if (header && bodyKey && header.toLowerCase() !== bodyKey.toLowerCase()) {
    throw new HttpError(400, 'idempotency_key_mismatch', 'The Idempotency-Key header and body field differ.');
  }
  const key = header ?? bodyKey;
  if (!key) {
    throw new HttpError(
      400,
      'idempotency_key_required',
      'Send a UUID made when the answer was made, as an Idempotency-Key header or an idempotencyKey field.',
    );
  }
  return parseInput(IdempotencyKey, key, 'Idempotency-Key');
}

interface PublicOptions {
  bodyLimit: string;
  ratePerMinute: number;
  rateLimits: RateLimitStores;
}

/** Per-address limit on the unauthenticated routes. */
export const publicRateLimit = (opts: PublicOptions) =>
  limitPerAddress(opts.rateLimits, {
    name: 'public',
    windowMs: 60_000,
    limit: opts.ratePerMinute,
    message: 'Too many requests from this address; retry in a minute.',
  });

/** An answer's body: JSON, or JSON sent as text/plain (navigator.sendBeacon cannot send application/json across origins). */
export const answerBody = (opts: PublicOptions) => [
  express.json({ limit: opts.bodyLimit, type: ['application/json', 'text/plain'], strict: true }),
  rejectUnstorable,
];

export function publicRouter(services: Services, opts: PublicOptions): Router {
  const router = Router();
  router.use('/v1/public', allowCors, publicRateLimit(opts));

  router.options('/v1/public/{*rest}', (_req, res) => {
    res.status(204).end();
  });

  router.get('/v1/public/projects/:publicKey/survey', async (req, res) => {
    const { lang } = parseInput(PublicSurveyQuery, req.query, 'query');
    const project = await services.projects.findByPublicKey(req.params.publicKey);
    if (!project) throw new HttpError(404, 'project_not_found', 'No project has this public key.');
    // The snippet is installed there, whether or not a survey is running yet.
    services.installations.recordFetch(
      project._id.toHexString(),
      siteOriginOf(req.get('origin'), req.get('referer')),
    );
    const config = await services.surveys.publicConfig(project._id, visitorLanguages(lang));
    if (!config) throw new HttpError(404, 'no_active_survey', 'This project has no active survey.');
    // Short shared caching: a paused survey stops showing within a minute. The answer
    // depends on the URL alone (`lang` included), so caches key it correctly as is.
    res.set('Cache-Control', 'public, max-age=60').json(config);
  });

  router.post('/v1/public/responses', ...answerBody(opts), async (req, res) => {
    const input = parseInput(ResponseInput, req.body, 'answer');
    const key = idempotencyKeyOf(req, input.idempotencyKey);
    const result = await services.ingest.submit(input, key, req.get('origin'));
    res.status(result.status).json(result.body);
  });
  return router;
}
