import { FollowUpListQuery, FollowUpPatch } from '@pulse/shared';
import { Router } from 'express';
import { projectOf } from '../middleware/auth.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';

/** Changes made with an API key are recorded as made by `api`. */
export const API_KEY_ACTOR = 'api';

export function followUpsRouter(services: Services): Router {
  const router = Router();
  const { followUps } = services;

  router.get('/', async (req, res) => {
    const query = parseInput(FollowUpListQuery, req.query, 'query');
    res.json(await followUps.listFollowUps(projectOf(res).id, query));
  });

  router.get('/:id', async (req, res) => {
    res.json(await followUps.getFollowUp(projectOf(res).id, req.params.id));
  });

  router.patch('/:id', async (req, res) => {
    const patch = parseInput(FollowUpPatch, req.body, 'follow-up change');
    res.json(await followUps.updateFollowUp(projectOf(res).id, req.params.id, patch, API_KEY_ACTOR));
  });

  return router;
}
