import {
  FilterOptions,
  FilterOptionsQuery,
  Summary,
  SummaryQuery,
  Survey,
  SurveyCreate,
  SurveyList,
  SurveyPatch,
} from '@pulse/shared';
import { projectOf } from '../middleware/auth.js';
import { surveyChanges } from '../services/access/changes.js';
import { filterOptions } from '../services/summaries/filter-options.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const id = { id: 'Survey id' };
const notFound = { 404: { description: 'No such survey in this project' } };

export const surveyRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/surveys',
    summary: 'List surveys',
    tag: 'Surveys',
    access: 'team',
    responses: { 200: { description: 'Surveys', schema: SurveyList } },
    async handle({ services, res }) {
      res.json({ items: await services.surveys.listSurveys(projectOf(res).id) });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/surveys',
    summary: 'Create a survey',
    tag: 'Surveys',
    access: 'team',
    permission: 'surveys.manage',
    body: SurveyCreate,
    responses: { 201: { description: 'Created', schema: Survey } },
    async handle({ services, body, res, audit }) {
      const survey = await services.surveys.createSurvey(projectOf(res).id, body);
      await audit({
        action: 'survey.created',
        target: { type: 'survey', id: survey.id, name: survey.name },
        after: { status: survey.status, languages: Object.keys(survey.texts).sort() },
      });
      res.status(201).json(survey);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/surveys/:id',
    summary: 'Read a survey',
    tag: 'Surveys',
    access: 'team',
    params: id,
    responses: { 200: { description: 'Survey', schema: Survey }, ...notFound },
    async handle({ services, params, res }) {
      res.json(await services.surveys.getSurvey(projectOf(res).id, params.id!));
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/surveys/:id',
    summary: 'Change a survey',
    description:
      'Replaces the named top-level fields. Send `version` to refuse the change if someone else changed the survey first (409).',
    tag: 'Surveys',
    access: 'team',
    permission: 'surveys.manage',
    params: id,
    body: SurveyPatch,
    responses: {
      200: { description: 'Changed', schema: Survey },
      409: { description: 'Stale version' },
      ...notFound,
    },
    async handle({ services, params, body, res, audit }) {
      const projectId = projectOf(res).id;
      const before = await services.surveys.getSurvey(projectId, params.id!);
      const after = await services.surveys.updateSurvey(projectId, params.id!, body);
      const action =
        before.status === after.status
          ? 'survey.updated'
          : after.status === 'paused'
            ? 'survey.paused'
            : 'survey.resumed';
      await audit({
        action,
        target: { type: 'survey', id: after.id, name: after.name },
        ...surveyChanges(before, after),
      });
      res.json(after);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/surveys/:id',
    summary: 'Delete a survey',
    tag: 'Surveys',
    access: 'team',
    permission: 'surveys.manage',
    params: id,
    responses: { 204: { description: 'Deleted' }, ...notFound },
    async handle({ services, params, res, audit }) {
      const projectId = projectOf(res).id;
      const survey = await services.surveys.getSurvey(projectId, params.id!);
      await services.surveys.deleteSurvey(projectId, params.id!);
      await audit({
        action: 'survey.deleted',
        target: { type: 'survey', id: survey.id, name: survey.name },
        before: { status: survey.status },
      });
      res.status(204).end();
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/surveys/:id/summary',
    summary:
      'NPS with its 95% interval, counts, distribution and trend over a period, and the change against the previous period',
    description:
      'Periods are whole UTC buckets: `from` rounds down and `to` up to a bucket boundary, or `last=N` takes the N buckets up to and including the one now filling (so "7 days" is today so far and the 6 days before; "24 h" is this hour so far and the 23 before). `comparison.previous` is the period of the same number of buckets just before, never overlapping. Intervals are adjusted-Wald (Rocks 2016), for NPS and for the difference of two; below `comparison.minAnswers` answers in either period the verdict is `too_few`.',
    tag: 'Surveys',
    access: 'team',
    params: id,
    query: SummaryQuery,
    settles: true,
    responses: { 200: { description: 'Summary', schema: Summary }, ...notFound },
    async handle({ services, params, query, res }) {
      const survey = await services.surveys.getSurvey(projectOf(res).id, params.id!);
      res.json(await services.summarize(survey.id, query));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/surveys/:id/filter-options',
    summary: 'The values the dashboard can filter by over a period (languages of all its answers)',
    tag: 'Surveys',
    access: 'team',
    params: id,
    query: FilterOptionsQuery,
    responses: { 200: { description: 'Filter options', schema: FilterOptions }, ...notFound },
    async handle({ services, params, query, res }) {
      const survey = await services.surveys.getSurvey(projectOf(res).id, params.id!);
      res.json(await filterOptions(services.models, survey, query));
    },
  }),
];
