import { EventListQuery } from '@pulse/shared';
import { Router } from 'express';
import { projectOf } from '../middleware/auth.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';

/** `GET /v1/events?after=<eventId>`: the live events a reconnecting dashboard missed. */
export function eventsRouter(services: Services): Router {
  const router = Router();
  router.get('/events', async (req, res) => {
    const query = parseInput(EventListQuery, req.query, 'events query');
    res.set('Cache-Control', 'no-store').json(await services.events.listAfter(projectOf(res).id, query));
  });
  return router;
}
