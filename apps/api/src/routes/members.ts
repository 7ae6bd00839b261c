import { Member, MemberList, MemberPatch } from '@pulse/shared';
import { projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const email = { email: "The member's e-mail (URL-encoded)" };
const notFound = { 404: { description: 'No such member in this project (`member_not_found`)' } };
const lastOwner = {
  409: {
    description: 'The only owner cannot stop being one (`last_owner`); make someone else an owner first',
  },
};

export const memberRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/members',
    summary: "The project's team: e-mail, name, role, when they joined and were last seen; owners first",
    tag: 'Team',
    access: 'team',
    responses: { 200: { description: 'Members', schema: MemberList } },
    async handle({ services, res }) {
      res.json({ items: await services.members.listMembers(projectOf(res).id) });
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/members/:email',
    summary: "Change a member's role",
    description: 'Takes effect on their next request.',
    tag: 'Team',
    access: 'team',
    permission: 'members.manage',
    params: email,
    body: MemberPatch,
    responses: {
      200: { description: 'The member with the new role', schema: Member },
      ...notFound,
      ...lastOwner,
    },
    async handle({ services, params, body, res, audit }) {
      const { before, after } = await services.members.changeRole(
        projectOf(res).id,
        params.email!,
        body.role,
      );
      if (before.role !== after.role)
        await audit({
          action: 'member.role_changed',
          target: { type: 'member', id: after.email, name: after.name },
          before: { role: before.role },
          after: { role: after.role },
        });
      res.json(after);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/members/:email',
    summary: 'Remove a member from the project',
    description:
      'Their sessions end (open dashboards disconnect); they sign in again to any other project they belong to. Someone left in no project is deleted.',
    tag: 'Team',
    access: 'team',
    permission: 'members.manage',
    params: email,
    responses: { 204: { description: 'Removed' }, ...notFound, ...lastOwner },
    async handle({ services, params, res, audit }) {
      const removed = await services.members.removeMember(projectOf(res).id, params.email!);
      await services.sessions.revokeAllOf(removed.email);
      await audit({
        action: 'member.removed',
        target: { type: 'member', id: removed.email, name: removed.name },
        before: { role: removed.role },
      });
      res.status(204).end();
    },
  }),
];
