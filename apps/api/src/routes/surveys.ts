import { SummaryQuery, SurveyCreate, SurveyPatch } from '@pulse/shared';
import { Router } from 'express';
import { projectOf } from '../middleware/auth.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';

export function surveysRouter(services: Services): Router {
  const router = Router();
  const { surveys } = services;

  router.get('/', async (_req, res) => {
    res.json({ items: await surveys.listSurveys(projectOf(res).id) });
  });

  router.post('/', async (req, res) => {
    const input = parseInput(SurveyCreate, req.body, 'survey');
    res.status(201).json(await surveys.createSurvey(projectOf(res).id, input));
  });

  router.get('/:id', async (req, res) => {
    res.json(await surveys.getSurvey(projectOf(res).id, req.params.id));
  });

  router.patch('/:id', async (req, res) => {
    const patch = parseInput(SurveyPatch, req.body, 'survey change');
    res.json(await surveys.updateSurvey(projectOf(res).id, req.params.id, patch));
  });

  router.delete('/:id', async (req, res) => {
    await surveys.deleteSurvey(projectOf(res).id, req.params.id);
    res.status(204).end();
  });

  router.get('/:id/summary', async (req, res) => {
    const query = parseInput(SummaryQuery, req.query, 'summary query');
    const survey = await surveys.getSurvey(projectOf(res).id, req.params.id);
    res.json(await services.summarize(survey.id, query));
  });

  return router;
}
