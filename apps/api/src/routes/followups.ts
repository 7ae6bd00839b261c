import { FollowUp, FollowUpListQuery, FollowUpPage, FollowUpPatch } from '@pulse/shared';
import { actorOf, projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const id = { id: 'Follow-up id' };
const notFound = { 404: { description: 'No such follow-up in this project' } };

export const followUpRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/followups',
    summary: 'The detractor follow-up queue: urgent first, then oldest first, with cursor pagination',
    tag: 'Follow-ups',
    access: 'team',
    query: FollowUpListQuery,
    settles: true,
    responses: { 200: { description: 'A page of follow-ups', schema: FollowUpPage } },
    async handle({ services, query, res }) {
      res.json(await services.followUps.listFollowUps(projectOf(res).id, query));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/followups/:id',
    summary: 'Read a follow-up',
    tag: 'Follow-ups',
    access: 'team',
    params: id,
    settles: true,
    responses: { 200: { description: 'Follow-up', schema: FollowUp }, ...notFound },
    async handle({ services, params, res }) {
      res.json(await services.followUps.getFollowUp(projectOf(res).id, params.id!));
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/followups/:id',
    summary: 'Change status or assignee, add a note, or correct the themes and churn flag',
    description:
      'Send the `version` you last saw: if the follow-up changed since, nothing changes and the answer is 409 `stale_version` with the current follow-up in `error.details.current`. Status moves as the shared state machine allows (packages/shared/src/followup-states.ts): open → in_progress | resolved | dismissed; in_progress → resolved | dismissed | open; resolved | dismissed → open. Other moves are 409 `invalid_transition`, whose message says which moves are possible and `details.allowed` lists them. `themes` and `churnRisk` correct what the classifier said (a correction by an agent, exported by `npm run admin -- export-labels` for the next training run). Every change is recorded in `history`.',
    tag: 'Follow-ups',
    access: 'team',
    permission: 'followups.work',
    params: id,
    body: FollowUpPatch,
    settles: true,
    responses: {
      200: { description: 'Changed', schema: FollowUp },
      409: { description: 'Stale version or invalid transition' },
      ...notFound,
    },
    async handle({ services, params, body, res }) {
      // History names who changed it: the member's e-mail, or `api:<key prefix>` for an API key.
      res.json(await services.followUps.updateFollowUp(projectOf(res).id, params.id!, body, actorOf(res)));
    },
  }),
];
