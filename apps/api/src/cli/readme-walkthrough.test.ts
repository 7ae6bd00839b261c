import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/index.js';

const run = promisify(execFile);
const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'readme' });
});
afterAll(() => api.close());

describe("the README's curl walk-through", () => {
  it('stores one answer for two posts with one key, using only node and curl (no uuidgen)', async () => {
    const block = /## Try the API with curl\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'the walk-through block').toBeDefined();
    // From the widget's read on: the steps before it make the keys this test makes itself.
    const steps = block!.slice(block!.indexOf('curl -s $API/v1/public/projects'));
    const project = await api.createProject({ name: 'Acme', origins: [] });
    const survey = await api.createSurvey(project.apiKey);
    const script = `set -e\nKEY=${project.apiKey}; PK=${project.publicKey}; API=${api.url}; SURVEY=${survey.id}\n${steps}`;
    const { stdout } = await run('bash', ['-c', script], { env: { PATH: '/usr/bin:/bin' } });
    const statuses = stdout.match(/HTTP\/1\.1 \d+/g);
    expect(statuses).toEqual(['HTTP/1.1 201', 'HTTP/1.1 200']);
    expect(await api.countResponses(survey.id)).toBe(1);
    expect(stdout).toContain('"comparison"');
  });
});
