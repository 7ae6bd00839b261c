import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '@pulse/api/testing';
import type { ProjectCreated } from '@pulse/shared';

export const PASSWORD = 'correct horse battery staple';

export interface Fixture {
  api: TestApi;
  project: ProjectCreated;
  surveyId: string;
}

/** The e-mail of the fixture's member with a role. */
export const emailOf = (role: string, label: string) => `${role}@${label.replace(/[^a-z0-9]/gi, '-')}.test`;

/** A real API with one project, one survey and an owner, an agent and a viewer (see emailOf). */
export async function startFixture(
  label: string,
  options: Parameters<typeof startTestApi>[0] = {},
): Promise<Fixture> {
  const api = await startTestApi({ label, ...options });
  const project = await api.createProject({ name: `Project ${label}` });
  const surveyId = (await api.createSurvey(project.apiKey, { name: `Survey ${label}` })).id;
  for (const role of ['owner', 'agent', 'viewer'] as const) {
    await api.server.services.members.addMember({
      projectId: project.projectId,
      email: emailOf(role, label),
      role,
      password: PASSWORD,
    });
  }
  return { api, project, surveyId };
}

/** Posts an answer the way the widget does. */
export async function postAnswer(
  url: string,
  project: { publicKey: string },
  surveyId: string,
  answer: { score: number; comment?: string; locale?: string },
): Promise<string> {
  const res = await fetch(`${url}/v1/public/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ publicKey: project.publicKey, surveyId, ...answer }),
  });
  if (res.status !== 201) throw new Error(`answer not stored: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** Signs in over HTTP and returns the Cookie header value. */
export async function sessionCookie(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 201) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** Polls until `check` holds; fails with `what` after the timeout. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
