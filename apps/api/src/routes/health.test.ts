import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'health' });
});
afterAll(() => api.close());

describe('operations routes', () => {
  it('reports liveness and readiness (database reachable)', async () => {
    expect((await request(api.url).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(api.url).get('/readyz')).body).toEqual({
      status: 'ready',
      database: 'ok',
      derived: { pendingAnswers: 0, recoveringProcesses: 0 },
    });
  });

  it('exposes Prometheus metrics, the derived-work backlog and the webhook outbox among them', async () => {
    const project = await api.createProject();
    const survey = await api.createSurvey(project.apiKey);
    // Nothing listens on port 9, so the delivery stays pending (its retry is minutes away).
    await request(api.url)
      .post('/v1/webhooks')
      .set('Authorization', `Bearer ${project.apiKey}`)
      .send({ url: 'http://127.0.0.1:9/hook', events: ['response.created'] })
      .expect(201);
    await api.answer(project.publicKey, survey.id, { score: 9 });
    await api.server.services.ingest.settle();

    const res = await request(api.url).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('pulse_http_request_duration_seconds');
    expect(res.text).toMatch(/^pulse_derived_backlog_answers 0$/m);
    expect(res.text).toMatch(/^pulse_webhook_deliveries\{status="pending"\} 1$/m);
    expect(res.text).toMatch(/^pulse_webhook_deliveries\{status="failed"\} 0$/m);
  });

  it('serves an OpenAPI 3.1 document generated from the contracts, and the reference page', async () => {
    const doc = await request(api.url).get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.body.paths['/v1/public/responses'].post.responses).toHaveProperty('409');
    const schemas = JSON.stringify(doc.body);
    expect(schemas).toContain('"maximum":10');
    const page = await request(api.url).get('/docs/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui');
  });

  it('sets security headers', async () => {
    const res = await request(api.url).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await request(api.url).get('/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
