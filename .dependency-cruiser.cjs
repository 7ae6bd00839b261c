/**
 * The API's layering, checked by `npm run lint` (dependency-cruiser):
 *
 *   app.ts, server.ts, runtime.ts, cli/, testing/   the composition root: wires everything
 *   routes/, middleware/                            HTTP: parse, call a service, send
 *   live/                                           Socket.io gateway, live bus, event log
 *   services/                                       what the product does (no req/res)
 *   seed/                                           demo data, through the services
 *   db/                                             connection and models
 *   lib/                                            generic primitives, no Pulse knowledge
 *
 * A request flows route → service → model; nothing below imports upward, and
 * services/ and live/ meet only through the interfaces services declare
 * (`services/live-publisher.ts`), plugged together by runtime.ts. Tests may
 * reach across (they build the pieces they test).
 */
const api = '^apps/api/src/';
const notTests = '\\.test\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other, directly or around a loop (type-only imports do not run, so they may).',
      from: { path: '^(apps|packages)/', pathNot: notTests },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'routes-not-to-models',
      severity: 'error',
      comment: 'A route calls a service; it never talks to Mongoose models or the database itself.',
      from: { path: `${api}(routes|middleware)/`, pathNot: notTests },
      to: { path: `${api}db/(?!availability)`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-not-to-http-or-live',
      severity: 'error',
      comment: 'Services never see req/res, routes, the app or the live side (they declare what they need).',
      from: { path: `${api}services/`, pathNot: notTests },
      to: { path: `${api}(routes|middleware|live|cli|seed|testing)/|${api}(app|server|runtime)\\.ts$` },
    },
    {
      name: 'live-not-to-services-or-http',
      severity: 'error',
      comment: 'The live side implements what services declare; it does not import them, nor HTTP.',
      from: { path: `${api}live/`, pathNot: notTests },
      to: { path: `${api}(services|routes|middleware|cli|seed|testing)/|${api}(app|server|runtime)\\.ts$` },
    },
    {
      name: 'db-is-the-floor',
      severity: 'error',
      comment: 'Models and the connection know nothing of services, HTTP or the live side.',
      from: { path: `${api}db/`, pathNot: notTests },
      to: {
        path: `${api}(services|routes|middleware|live|cli|seed|testing)/|${api}(app|server|runtime)\\.ts$`,
      },
    },
    {
      name: 'lib-is-generic',
      severity: 'error',
      comment: 'lib/ holds primitives that know nothing of Pulse: only other lib/ modules and errors.ts.',
      from: { path: `${api}lib/`, pathNot: notTests },
      to: { path: `${api}(?!lib/|errors\\.ts$)` },
    },
    {
      name: 'nothing-imports-the-root',
      severity: 'error',
      comment:
        'Only the composition root (app, server, runtime, CLI, testing) may import app/server/runtime.',
      from: { path: `${api}(routes|middleware|services|live|db|lib|seed)/`, pathNot: notTests },
      to: { path: `${api}(app|server|runtime)\\.ts$` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
