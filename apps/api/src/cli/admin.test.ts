import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../testing/database.js';
import { startTestApi } from '../testing/index.js';

const run = promisify(execFile);
const admin = fileURLToPath(new URL('./admin.ts', import.meta.url));
const mongoUrl = testDatabaseUrl('admin_cli');

function cli(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', admin, ...args], {
    env: { ...process.env, MONGO_URL: mongoUrl },
  });
}

describe('admin CLI', () => {
  it('create-project prints the project id, public key and the API key as JSON', async () => {
    const { stdout } = await cli('create-project', '--name', 'Acme', '--origin', 'https://acme.example');
    const created = JSON.parse(stdout);
    expect(created).toEqual({
      projectId: expect.stringMatching(/^[0-9a-f]{24}$/),
      publicKey: expect.stringMatching(/^pk_/),
      apiKey: expect.stringMatching(/^sk_/),
    });
  });

  it('create-member adds a person with a generated password, shown once', async () => {
    const { projectId } = JSON.parse((await cli('create-project', '--name', 'Team')).stdout);
    const { stdout } = await cli(
      'create-member',
      '--project',
      projectId,
      '--email',
      'ana@acme.example',
      '--role',
      'agent',
    );
    expect(stdout).toContain('ana@acme.example');
  });

  it('help lists every command, and help <command> its options with an example, without a database', async () => {
    const env = { ...process.env, MONGO_URL: '' };
    const all = await run(process.execPath, ['--import', 'tsx', admin, 'help'], { env });
    for (const command of ['create-project', 'create-member', 'rebuild-rollups'])
      expect(all.stdout).toContain(command);
    const one = await run(process.execPath, ['--import', 'tsx', admin, 'help', 'create-member'], { env });
    for (const flag of ['--project', '--email', '--role', '--name', '--password'])
      expect(one.stdout).toContain(flag);
    expect(one.stdout).toMatch(/example:\n\s+npm run admin -- create-member --project/);
    const dashed = await run(process.execPath, ['--import', 'tsx', admin, 'rebuild-rollups', '--help'], {
      env,
    });
    expect(dashed.stdout).toContain('--force');
  });

  it('says what re-adding a member changed', async () => {
    const { projectId } = JSON.parse((await cli('create-project', '--name', 'Again')).stdout);
    const add = (role: string) =>
      cli('create-member', '--project', projectId, '--email', 'bo@acme.example', '--role', role);
    const first = await add('agent');
    expect(JSON.parse(first.stdout)).toMatchObject({ change: 'created', password: expect.any(String) });
    const again = await add('agent');
    expect(JSON.parse(again.stdout)).toMatchObject({ change: 'unchanged' });
    expect(JSON.parse(again.stdout).password).toBeUndefined();
    expect(again.stderr).toContain('was already agent of this project; nothing changed');
    const promoted = await add('owner');
    expect(JSON.parse(promoted.stdout)).toMatchObject({ change: 'role_changed', role: 'owner' });
    expect(promoted.stderr).toContain('was agent of this project; now owner');
  });

  it('rebuild-rollups refuses while an API process serves the database, unless forced', async () => {
    const api = await startTestApi({ mongoUrl });
    const project = await api.createProject();
    const survey = await api.createSurvey(project.apiKey);
    await api.answer(project.publicKey, survey.id, { score: 10 });

    const refused = await cli('rebuild-rollups', '--survey', survey.id).catch((err: unknown) => err);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain('an API process is serving this database');
    expect(JSON.parse((await cli('rebuild-rollups', '--survey', survey.id, '--force')).stdout)).toEqual({
      surveyId: survey.id,
      answers: 1,
    });

    await api.close(); // a stopping process retires its heartbeat
    expect(JSON.parse((await cli('rebuild-rollups', '--survey', survey.id)).stdout)).toMatchObject({
      answers: 1,
    });
  });

  it("export-labels writes the team's classification corrections as labelled examples", async () => {
    const api = await startTestApi({ mongoUrl });
    const project = await api.createProject();
    const survey = await api.createSurvey(project.apiKey);
    const { id } = await api.answer(project.publicKey, survey.id, {
      score: 2,
      comment: 'Moving our data to Qualtrics',
      locale: 'en',
    });
    await api.answer(project.publicKey, survey.id, { score: 1, comment: 'Left alone', locale: 'en' });
    const auth = { authorization: `Bearer ${project.apiKey}`, 'content-type': 'application/json' };
    const current = (await (await fetch(`${api.url}/v1/followups/${id}`, { headers: auth })).json()) as {
      version: number;
    };
    const patched = await fetch(`${api.url}/v1/followups/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ version: current.version, churnRisk: true, themes: ['features'] }),
    });
    expect(patched.status).toBe(200);
    await api.close();

    const examples = JSON.parse((await cli('export-labels', '--project', project.projectId)).stdout);
    // In the classifier's corpus format: the training script reads such files (train:classifier -- --add).
    expect(examples).toEqual([
      {
        score: 2,
        comment: 'Moving our data to Qualtrics',
        churn: true,
        themes: ['features'],
        language: 'en',
      },
    ]);
  });

  it('explains a bad option on stderr and exits with 2, without a stack trace', async () => {
    const failure = await cli('create-project', '--name', 'Acme', '--origin', 'acme.example').catch(
      (err: unknown) => err,
    );
    expect(failure).toMatchObject({ code: 2 });
    const { stderr } = failure as { stderr: string };
    expect(stderr).toContain('--origin');
    expect(stderr).not.toMatch(/\n\s+at /);
    const member = await cli('create-member', '--email', 'x').catch((err: unknown) => err);
    expect(member).toMatchObject({ code: 2 });
    // Every mistake is one line.
    expect((member as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    const unknownProject = await cli(
      'create-member',
      '--project',
      'f'.repeat(24),
      '--email',
      'a@b.example',
      '--role',
      'agent',
    ).catch((err: unknown) => err);
    expect(unknownProject).toMatchObject({ code: 2 });
    expect((unknownProject as { stderr: string }).stderr.trim()).toMatch(
      /^create-member: --project: no project f{24}[^\n]*$/,
    );
    const unknownCommand = await cli('create-projet').catch((err: unknown) => err);
    expect(unknownCommand).toMatchObject({ code: 2 });
    expect((unknownCommand as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    // A missing option value and a stray positional are parseArgs errors of other kinds.
    for (const args of [
      ['create-project', '--name'],
      ['create-project', 'Acme'],
    ]) {
      const mistake = await cli(...args).catch((err: unknown) => err);
      expect(mistake, args.join(' ')).toMatchObject({ code: 2 });
      expect((mistake as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    }
  });
});
