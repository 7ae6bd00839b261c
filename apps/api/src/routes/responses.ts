import { pipeline } from 'node:stream/promises';
import { ResponseCsvQuery, ResponseListQuery } from '@pulse/shared';
import { Router } from 'express';
import { projectOf } from '../middleware/auth.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';

export function responsesRouter(services: Services): Router {
  const router = Router();

  router.get('/responses', async (req, res) => {
    const query = parseInput(ResponseListQuery, req.query, 'query');
    const project = projectOf(res);
    await services.surveys.getSurvey(project.id, query.surveyId);
    res.json(await services.responses.listResponses(project.id, query));
  });

  router.get('/responses.csv', async (req, res) => {
    const query = parseInput(ResponseCsvQuery, req.query, 'query');
    const project = projectOf(res);
    const survey = await services.surveys.getSurvey(project.id, query.surveyId);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="responses-${survey.id}.csv"`,
    });
    await pipeline(services.responses.streamResponsesCsv(project.id, query), res);
  });

  return router;
}
