import { OriginList, OriginsReplace, ProjectInfo, ROLE_PERMISSIONS } from '@pulse/shared';
import { callerOf, projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

/** The project's own settings: what the dashboard's settings screen reads, and its allowed origins. */
export const projectRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/project',
    summary: "The caller's project: name, public key, allowed origins, and the caller's role and permissions",
    description:
      'The dashboard reads `permissions` to hide what the caller cannot do (the same table the API enforces, `ROLE_PERMISSIONS` in packages/shared). An API key acts as an owner.',
    tag: 'Project',
    access: 'team',
    responses: { 200: { description: 'The project', schema: ProjectInfo } },
    async handle({ res }) {
      const project = projectOf(res);
      const caller = callerOf(res);
      res.set('Cache-Control', 'no-store');
      res.json({
        id: project.id,
        name: project.name,
        publicKey: project.publicKey,
        origins: project.origins,
        createdAt: project.createdAt.toISOString(),
        caller:
          caller.kind === 'member'
            ? { kind: 'member', email: caller.email }
            : { kind: 'apiKey', keyId: caller.keyId, prefix: caller.prefix },
        role: caller.role,
        permissions: [...ROLE_PERMISSIONS[caller.role]],
      } satisfies ProjectInfo);
    },
  }),
  defineRoute({
    method: 'put',
    path: '/v1/project/origins',
    summary: 'Replace the origins whose pages may post answers (CORS)',
    description:
      'The whole list, at most 50. Each is an origin (`https://acme.example`, `http://localhost:5173`), stored as browsers send it in `Origin`: host lower-cased, default port dropped, duplicates removed. An empty list lets every site post. Other API processes see the change within 10 seconds.',
    tag: 'Project',
    access: 'team',
    permission: 'origins.manage',
    body: OriginsReplace,
    responses: { 200: { description: 'The origins now allowed', schema: OriginList } },
    async handle({ services, body, res, audit }) {
      const project = projectOf(res);
      const { before, after } = await services.projects.replaceOrigins(project.id, body.origins);
      await audit({
        action: 'project.origins_replaced',
        target: { type: 'project', id: project.id, name: project.name },
        before: { origins: before },
        after: { origins: after },
      });
      res.json({ origins: after });
    },
  }),
];
