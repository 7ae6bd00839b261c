import { can, type Permission, ROLE_PERMISSIONS, type Role, rolesWith } from '@pulse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';
import { CSRF, createTeam, type TestTeam } from '../testing/team.js';
import { apiRoutes } from './api-routes.js';
import { defineRoute, permissionOf, type RouteSpec } from './route-spec.js';

let api: TestApi;
let team: TestTeam;

beforeAll(async () => {
  api = await startTestApi({ label: 'permissions' });
  team = await createTeam(api);
});
afterAll(() => api.close());

const teamRoutes = apiRoutes.filter((r) => r.access === 'team');
const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_, name) => (name === 'email' ? 'nobody%40team.test' : '0'.repeat(24)));

function call(who: Role, route: RouteSpec) {
  const agent = team.as[who];
  const path = concrete(route.path);
  return route.method === 'get' ? agent.get(path) : agent[route.method](path).set(CSRF).send({});
}

describe('the permission table', () => {
  it('gives owners everything, agents the follow-ups and reading, viewers reading only', () => {
    expect(ROLE_PERMISSIONS.owner).toContain('members.manage');
    expect(ROLE_PERMISSIONS.agent).toEqual(['read', 'followups.work']);
    expect(ROLE_PERMISSIONS.viewer).toEqual(['read']);
    expect(rolesWith('followups.work')).toEqual(['owner', 'agent']);
    expect(rolesWith('audit.read')).toEqual(['owner']);
  });

  it('names a permission for every team route, and refuses to mount a write that names none', () => {
    const byPermission = new Map<Permission, string[]>();
    for (const route of teamRoutes) {
      const permission = permissionOf(route)!;
      byPermission.set(permission, [
        ...(byPermission.get(permission) ?? []),
        `${route.method} ${route.path}`,
      ]);
    }
    expect(byPermission.get('keys.manage')).toContain('post /v1/api-keys/:id/revoke');
    expect(byPermission.get('webhooks.manage')).toContain('delete /v1/webhooks/:id');
    expect(byPermission.get('followups.work')).toEqual(['patch /v1/followups/:id']);
    const unnamed = defineRoute({
      method: 'post',
      path: '/v1/things',
      summary: 'x',
      tag: 'Things',
      access: 'team',
      responses: {},
      handle: () => undefined,
    });
    expect(() => permissionOf(unnamed)).toThrow(/POST \/v1\/things changes something/);
  });
});

describe('every team route enforces its permission', () => {
  for (const role of ['agent', 'viewer'] as const) {
    it(`answers a ${role} 403 naming the permission on every route its role lacks`, async () => {
      const refused: string[] = [];
      for (const route of teamRoutes) {
        const permission = permissionOf(route)!;
        if (can(role, permission)) continue;
        const res = await call(role, route);
        if (res.status !== 403 || res.body.error?.details?.permission !== permission)
          refused.push(`${route.method} ${route.path}: ${res.status} ${res.text.slice(0, 100)}`);
      }
      expect(refused, 'routes that did not refuse').toEqual([]);
    });

    it(`lets a ${role} past the permission check on every route its role has`, async () => {
      const wronglyRefused: string[] = [];
      for (const route of teamRoutes) {
        if (!can(role, permissionOf(route)!)) continue;
        const res = await call(role, route);
        if (res.status === 403)
          wronglyRefused.push(`${route.method} ${route.path}: ${res.text.slice(0, 100)}`);
      }
      expect(wronglyRefused).toEqual([]);
    });
  }

  it('lets an owner and an API key past it on every route', async () => {
    const refused: string[] = [];
    for (const route of teamRoutes) {
      const owner = await call('owner', route);
      const path = concrete(route.path);
      const byKey =
        route.method === 'get'
          ? await team.as.owner.get(path).set(team.key)
          : await team.as.owner[route.method](path).set(team.key).send({});
      for (const [who, res] of [
        ['owner', owner],
        ['API key', byKey],
      ] as const)
        if (res.status === 403)
          refused.push(`${who}: ${route.method} ${route.path}: ${res.text.slice(0, 100)}`);
    }
    expect(refused).toEqual([]);
  });
});
