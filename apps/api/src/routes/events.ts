import { EventListQuery, EventPage } from '@pulse/shared';
import { projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

/** `GET /v1/events?after=<eventId>`: the live events a reconnecting dashboard missed. */
export const eventRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/events',
    summary:
      'Live events after an eventId, oldest first, for a reconnecting dashboard (hasMore or complete=false: reload)',
    tag: 'Dashboard',
    access: 'team',
    query: EventListQuery,
    settles: true,
    responses: { 200: { description: 'Missed events', schema: EventPage } },
    async handle({ services, query, res }) {
      res.set('Cache-Control', 'no-store').json(await services.events.listAfter(projectOf(res).id, query));
    },
  }),
];
