import type { ProjectCreated, Role } from '@pulse/shared';
import request from 'supertest';
import type { TestApi } from './index.js';

export const TEAM_PASSWORD = 'correct horse battery staple';
/** What every cookie write carries. */
export const CSRF = { 'x-pulse-csrf': '1' } as const;

export type SignedIn = ReturnType<typeof request.agent>;

export interface TestTeam {
  project: ProjectCreated;
  /** `Authorization` with the project's first API key. */
  key: { authorization: string };
  emails: Record<Role, string>;
  /** A signed-in dashboard session per role. */
  as: Record<Role, SignedIn>;
}

/** Signs in over HTTP; the agent keeps the session cookie. */
export async function signIn(api: TestApi, email: string, password = TEAM_PASSWORD): Promise<SignedIn> {
  const agent = request.agent(api.url);
  const res = await agent.post('/v1/session').set(CSRF).send({ email, password });
  if (res.status !== 201) throw new Error(`sign-in of ${email}: ${res.status} ${res.text}`);
  return agent;
}

/** A project of its own with an owner, an agent and a viewer, each signed in. */
export async function createTeam(api: TestApi, name = 'Team'): Promise<TestTeam> {
  const project = await api.createProject({ name });
  const tag = project.projectId.slice(-8);
  const emails = {
    owner: `owner-${tag}@team.test`,
    agent: `agent-${tag}@team.test`,
    viewer: `viewer-${tag}@team.test`,
  } satisfies Record<Role, string>;
  const as = {} as Record<Role, SignedIn>;
  for (const [role, email] of Object.entries(emails) as [Role, string][]) {
    await api.server.services.members.addMember({
      projectId: project.projectId,
      email,
      role,
      password: TEAM_PASSWORD,
      name: `${role} ${tag}`,
    });
    as[role] = await signIn(api, email);
  }
  return { project, key: { authorization: `Bearer ${project.apiKey}` }, emails, as };
}

/** A fresh session's `Cookie` header value, for clients other than supertest (sockets). */
export async function sessionCookie(api: TestApi, email: string, password = TEAM_PASSWORD): Promise<string> {
  const res = await fetch(`${api.url}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
