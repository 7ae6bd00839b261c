import { AuditListQuery, AuditPage } from '@pulse/shared';
import { projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export const auditRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/audit',
    summary: 'Who changed what: surveys, members and invites, API keys, origins, webhooks; newest first',
    description:
      "Pages of at most `limit` entries; pass `nextCursor` back as `cursor` with the same filters (a cursor made with other filters is 400 `invalid_cursor`) until it is null. Filter by `targetType` and/or `actor` (a member's e-mail or `api:<key prefix>`). With both filters a page looks at the actor's latest 100 entries from the cursor on, so it may hold fewer than `limit` (even none) while `nextCursor` says where to go on. Every page is a handful of exact reads, however long the log.",
    tag: 'Audit',
    access: 'team',
    permission: 'audit.read',
    query: AuditListQuery,
    responses: { 200: { description: 'A page of entries', schema: AuditPage } },
    async handle({ services, query, res }) {
      res.json(await services.audit.list(projectOf(res).id, query));
    },
  }),
];
