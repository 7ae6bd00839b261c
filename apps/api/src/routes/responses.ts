import { pipeline } from 'node:stream/promises';
import {
  RespondentTimeline,
  RespondentTimelineQuery,
  ResponseCsvQuery,
  ResponseDetail,
  ResponseListQuery,
  ResponsePage,
} from '@pulse/shared';
import { z } from 'zod';
import { projectOf } from '../middleware/auth.js';
import { PAGE_LIMITS, PART_SIZE, TIMELINE_MAX } from '../services/responses/index.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const notFound = { 404: { description: 'No such survey in this project' } };
const filters =
  'Filters: `from`/`to` (answered at, [from, to)), `category`, `locale`, `trait` (key=value), `theme`, `churnRisk`, `hasComment`, and `q`, words that must all appear in the comment, ignoring case and accents (Thai and Arabic included).';

export const responseRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/responses',
    summary: 'The responses explorer: answers of a survey, filtered, newest first, with cursor pagination',
    description: `${filters} Newest first is the order answers were stored in. Each request reads at most ${PAGE_LIMITS.keyParts} parts of the index (${(PAGE_LIMITS.keyParts * PART_SIZE).toLocaleString('en')} answers) and takes its page from at most ${PAGE_LIMITS.itemParts}: a rare match may come back as a short page with \`workLimitReached\` and a \`nextCursor\` — "searched back to \`searchedBackTo\`, continue". Answers that arrive while you page come before your cursor, so paging on never repeats or skips one.`,
    tag: 'Responses',
    access: 'team',
    query: ResponseListQuery,
    settles: true,
    responses: { 200: { description: 'A page of answers', schema: ResponsePage }, ...notFound },
    async handle({ services, query, res }) {
      const project = projectOf(res);
      await services.surveys.getSurvey(project.id, query.surveyId);
      res.json(await services.responses.listResponses(query));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/responses.csv',
    summary: 'Exactly the answers the explorer shows for the same filters, as CSV (streamed)',
    description: `${filters} Every matching answer, newest first, with its classification and follow-up status; no work limit.`,
    tag: 'Responses',
    access: 'team',
    query: ResponseCsvQuery,
    settles: true,
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
  defineRoute({
    method: 'get',
    path: '/v1/responses/:id',
    summary: 'One answer: score, comment, classification, traits, page, and its follow-up',
    tag: 'Responses',
    access: 'team',
    params: { id: 'Response id' },
    settles: true,
    responses: {
      200: { description: 'The answer', schema: ResponseDetail },
      404: { description: 'No such answer in this project' },
    },
    async handle({ services, params, res }) {
      res.json(await services.responses.getResponse(projectOf(res).id, params.id!));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/respondents/:respondentId/responses',
    summary: "A respondent's timeline: every answer of one respondent.id across the project's surveys",
    description: `Newest first, with cursor pagination; the newest ${TIMELINE_MAX} answers of a respondent (\`truncated\` says there are more). The id is the one the site passed to \`Pulse.identify\`, URL-encoded.`,
    tag: 'Responses',
    access: 'team',
    params: { respondentId: 'respondent.id, 1–200 characters' },
    query: RespondentTimelineQuery,
    settles: true,
    responses: { 200: { description: 'The timeline', schema: RespondentTimeline } },
    async handle({ services, params, query, res }) {
      res.json(await services.responses.respondentTimeline(projectOf(res).id, params.respondentId!, query));
    },
  }),
];
