import type { Express } from 'express';
import type { Connection } from 'mongoose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { inMemoryStores } from './middleware/rate-limit.js';
import { documentedRoutes, documentedStatuses, openApiDocument, openApiPath } from './openapi.js';
import { apiRoutes } from './routes/api-routes.js';
import type { DocumentedRoute } from './routes/hand-mounted-docs.js';
import { permissionOf } from './routes/route-spec.js';
import { listRoutes } from './routes/route-table.js';
import { openRuntime } from './runtime.js';
import type { Services } from './services/index.js';
import { testDatabaseUrl } from './testing/database.js';

/** Served files, not the JSON API: the widget, its demo page, the dashboard, Swagger UI. */
const ASSETS = /^\/(widget|demo|dashboard|docs|favicon\.ico)(\/|$)/;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
}
interface Operation {
  description?: string;
  'x-pulse-permission'?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, unknown>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

let conn: Connection;
let services: Services;
let app: Express;
let doc: Document;
let apiKey: string;
let cookie: string;

beforeAll(async () => {
  const config = loadConfig({
    MONGO_URL: testDatabaseUrl('openapi'),
    BODY_LIMIT: '2kb',
    LOG_LEVEL: 'silent',
  });
  ({ conn, services } = await openRuntime(config.MONGO_URL, createLogger('silent')));
  app = createApp({
    config,
    conn,
    services,
    logger: createLogger('silent'),
    publicUrl: 'http://127.0.0.1',
    rateLimits: inMemoryStores,
  });
  doc = openApiDocument('http://127.0.0.1') as unknown as Document;
  const project = await services.projects.createProject({ name: 'OpenAPI', origins: [] });
  apiKey = project.apiKey;
  const email = 'agent@openapi.test';
  await services.members.addMember({
    projectId: project.projectId,
    email,
    role: 'agent',
    password: 'correct horse battery staple',
  });
  const signedIn = await request(app)
    .post('/v1/session')
    .set('x-pulse-csrf', '1')
    .send({ email, password: 'correct horse battery staple' })
    .expect(201);
  cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
});
afterAll(() => conn?.close());

const mounted = () =>
  listRoutes(app)
    .filter((r) => !ASSETS.test(r.path))
    .flatMap((r) => r.methods.filter((m) => m !== 'options').map((method) => ({ ...r, method })));

const operationOf = (route: { path: string; method: string }) =>
  doc.paths[openApiPath(route.path)]?.[route.method];
const paramsOf = (op: Operation, where: Parameter['in']) =>
  (op.parameters ?? []).filter((p) => p.in === where).map((p) => p.name);
const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_, name) => (name === 'publicKey' ? 'pk_none' : '0'.repeat(24)));

describe('the OpenAPI document against the Express router', () => {
  it('documents every mounted route and method, and mounts every documented one', () => {
    const routes = mounted();
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !operationOf(r)).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing, 'mounted but not in the document').toEqual([]);
    const mountedKeys = new Set(routes.map((r) => `${r.method} ${openApiPath(r.path)}`));
    const unmounted = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => !mountedKeys.has(`${m} ${path}`))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(unmounted, 'in the document but not mounted').toEqual([]);
  });

  it('mounts each API route from the very spec the document is generated from', () => {
    for (const route of mounted()) {
      if (route.path.startsWith('/v1/public') || !route.path.startsWith('/v1')) continue;
      const spec = route.specs.find((s) => s.method === route.method);
      expect(spec, `${route.method} ${route.path} is not mounted from a spec`).toBeDefined();
      expect(apiRoutes).toContain(spec);
      expect(documentedRoutes).toContain(spec);
    }
  });

  it("states each team route's permission and who has it, and the 403 that enforces it", () => {
    for (const route of documentedRoutes.filter((r) => r.access === 'team')) {
      const op = operationOf(route)!;
      const where = `${route.method.toUpperCase()} ${route.path}`;
      const permission = permissionOf(route);
      expect(op['x-pulse-permission'], where).toBe(permission);
      expect(op.description, where).toContain(`Needs \`${permission}\``);
      const refusal = (op.responses['403'] as { description: string }).description;
      if (permission !== 'read') expect(refusal, where).toContain(`lacks "${permission}"`);
    }
    expect(operationOf({ path: '/v1/api-keys', method: 'post' })!.description).toContain(
      'Needs `keys.manage`: owner (API keys act as owners).',
    );
  });

  it('documents every path parameter, query parameter and header a route reads', () => {
    for (const route of documentedRoutes) {
      const op = operationOf(route)!;
      const where = `${route.method.toUpperCase()} ${route.path}`;
      const pathParams = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(paramsOf(op, 'path').sort(), where).toEqual(pathParams.sort());
      const queryKeys = route.query ? Object.keys((route.query as unknown as z.ZodObject).shape) : [];
      expect(paramsOf(op, 'query').sort(), where).toEqual(queryKeys.sort());
      const headers = paramsOf(op, 'header');
      if (route.access === 'team' && route.method !== 'get') expect(headers, where).toContain('x-pulse-csrf');
      if (route.access === 'team') expect(headers, where).toContain('x-pulse-project');
      if (route.body) expect(op.requestBody, where).toBeDefined();
    }
    const answer = doc.paths['/v1/public/responses']!.post!;
    expect(paramsOf(answer, 'header')).toContain('idempotency-key');
    const signIn = doc.paths['/v1/session']!.post!;
    expect(signIn.parameters?.find((p) => p.name === 'x-pulse-csrf')?.required).toBe(true);
  });
});

/** Requests a fuzzer would send, per route; each answer's status must be documented. */
function probesOf(route: DocumentedRoute) {
  const path = concrete(route.path);
  const probes: { what: string; send: () => request.Test }[] = [];
  const call = () => request(app)[route.method](path);
  probes.push({ what: 'no credentials', send: () => call() });
  probes.push({ what: 'API key', send: () => call().set('authorization', `Bearer ${apiKey}`).send({}) });
  probes.push({ what: 'invalid API key', send: () => call().set('authorization', 'Bearer sk_nope') });
  if (route.method !== 'get') {
    probes.push({ what: 'session without CSRF header', send: () => call().set('cookie', cookie).send({}) });
    probes.push({
      what: 'session from another site',
      send: () =>
        call().set('cookie', cookie).set('x-pulse-csrf', '1').set('origin', 'https://evil.example').send({}),
    });
  }
  probes.push({
    what: 'member of several projects naming a foreign one',
    send: () => call().set('cookie', cookie).set('x-pulse-project', 'f'.repeat(24)),
  });
  probes.push({
    what: 'unknown query parameter',
    send: () => call().set('authorization', `Bearer ${apiKey}`).query({ zz: '1' }),
  });
  if (route.body) {
    const auth = (t: request.Test) =>
      t
        .set('authorization', `Bearer ${apiKey}`)
        .set('x-pulse-csrf', '1')
        .set('idempotency-key', crypto.randomUUID());
    probes.push({
      what: 'invalid JSON',
      send: () => auth(call()).set('content-type', 'application/json').send('{"a":'),
    });
    probes.push({
      what: 'body over BODY_LIMIT',
      send: () =>
        auth(call())
          .set('content-type', 'application/json')
          .send(JSON.stringify({ a: 'x'.repeat(5000) })),
    });
    probes.push({
      what: 'unsupported charset',
      send: () => auth(call()).set('content-type', 'application/json; charset=koi8-r').send('{}'),
    });
    probes.push({ what: 'unknown key', send: () => auth(call()).send({ zz: 1 }) });
  }
  return probes;
}

describe('what the document says', () => {
  it('links its JSON from /docs and states the refinements JSON Schema cannot see', () => {
    const full = openApiDocument('http://127.0.0.1') as unknown as {
      info: { description: string };
      paths: Document['paths'];
    };
    expect(full.info.description).toContain('(http://127.0.0.1/openapi.json)');
    const bodyOf = (path: string, method: string) =>
      JSON.stringify(full.paths[path]![method]!.requestBody!.content['application/json']!.schema);
    expect(bodyOf('/v1/webhooks', 'post')).toContain('"uniqueItems":true');
    expect(bodyOf('/v1/surveys', 'post')).toContain('"minProperties":1');
    expect(bodyOf('/v1/followups/{id}', 'patch')).toContain('"minProperties":2');
  });
});

describe('every status a route answers is in the document', () => {
  it('for a fuzzer-like set of requests to every documented operation', async () => {
    const undocumented: string[] = [];
    for (const route of documentedRoutes) {
      const documented = Object.keys(documentedStatuses(route)).map(Number);
      const op = operationOf(route)!;
      expect(Object.keys(op.responses).map(Number).sort()).toEqual(documented.sort());
      for (const probe of probesOf(route)) {
        const res = await probe.send();
        if (!documented.includes(res.status))
          undocumented.push(
            `${route.method.toUpperCase()} ${route.path} (${probe.what}): ${res.status} ${res.text.slice(0, 120)}`,
          );
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('answers an unknown method on a known path with 405 and Allow', async () => {
    for (const { path, methods } of listRoutes(app).filter((r) => !ASSETS.test(r.path))) {
      const real = methods.filter((m) => m !== 'options');
      if (real.length === 0) continue;
      const res = await request(app).put(concrete(path)).set('authorization', `Bearer ${apiKey}`);
      if (real.includes('put')) continue;
      expect(res.status, `PUT ${path}`).toBe(405);
      expect(res.body.error.code).toBe('method_not_allowed');
      const allow = String(res.headers.allow).split(', ');
      for (const m of real) expect(allow, path).toContain(m.toUpperCase());
    }
    // A path nobody mounted is still 404, and so is a route that passes a request on.
    expect((await request(app).put('/v1/nothing-here')).status).toBe(404);
    expect((await request(app).get('/widget/v1/missing.js')).status).not.toBe(405);
  });
});
