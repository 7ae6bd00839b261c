import { FollowUpListQuery, FollowUpPatch } from '@pulse/shared';
import { Router } from 'express';
import { actorOf, projectOf } from '../middleware/auth.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';

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
    // History names who changed it: the member's e-mail, or `api` for an API key.
    res.json(await followUps.updateFollowUp(projectOf(res).id, req.params.id, patch, actorOf(res)));
  });

  return router;
}
