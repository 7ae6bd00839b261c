import { pipeline } from 'node:stream/promises';
import { ResponseCsvQuery, ResponseListQuery, ResponsePage } from '@pulse/shared';
import { z } from 'zod';
import { projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const notFound = { 404: { description: 'No such survey in this project' } };

export const responseRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/responses',
    summary: 'Answers, newest first, with cursor pagination',
    tag: 'Responses',
    access: 'team',
    query: ResponseListQuery,
    responses: { 200: { description: 'A page of answers', schema: ResponsePage }, ...notFound },
    async handle({ services, query, res }) {
      const project = projectOf(res);
      await services.surveys.getSurvey(project.id, query.surveyId);
      res.json(await services.responses.listResponses(project.id, query));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/responses.csv',
    summary: 'Answers of a survey as CSV (streamed), with their classification and follow-up status',
    tag: 'Responses',
    access: 'team',
    query: ResponseCsvQuery,
    responses: {
      200: { description: 'CSV, one row per answer', schema: z.string(), contentType: 'text/csv' },
      ...notFound,
    },
    async handle({ services, query, res }) {
      const project = projectOf(res);
      const survey = await services.surveys.getSurvey(project.id, query.surveyId);
      res.set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="responses-${survey.id}.csv"`,
      });
      await pipeline(services.responses.streamResponsesCsv(project.id, query), res);
    },
  }),
];
