/**
 * Team and access from the owner's and the agent's side, in Chromium on the seeded demo
 * (setup in journey.ts): who may open and change what, API keys revoked in the dashboard,
 * one-time invite links, allowed origins and the audit log.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../src/lib/router.svelte.js';
import { ar, en } from './access-words.js';
import { signIn } from './browser.js';
import * as shellEn from './english.js';
import {
  api,
  browser,
  demo,
  forgiveConsoleErrors,
  horizontalOverflow,
  setUpJourney,
  watchConsole,
} from './journey.js';

setUpJourney('journey_access');

const PASSWORD = 'correct horse battery staple';

async function member(role: 'owner' | 'agent', label: string, name?: string): Promise<string> {
  const email = `${label}@access.test`;
  await api.server.services.members.addMember({
    projectId: demo.projectId,
    email,
    role,
    password: PASSWORD,
    ...(name ? { name } : {}),
  });
  return email;
}

async function browse(email: string | null, { width = 1280, locale = 'en-US' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  const page = await context.newPage();
  watchConsole(page);
  if (email) await signIn(page, api.url, email, PASSWORD);
  return page;
}

const go = (page: Page, hash: string) => page.goto(`${api.url}/dashboard/${hash}`);
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '').trim();

/** A write from the page's own session, as the dashboard makes it (CSRF header and all). */
const write = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-pulse-csrf': '1' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    { method, path, body },
  );

/** A date as the page's own Intl writes it in a language. */
const dateTimeIn = (page: Page, language: string, iso: string) =>
  page.evaluate(
    ({ language, iso }) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    { language, iso },
  );

const bearer = (secret: string) =>
  fetch(`${api.url}/v1/surveys`, { headers: { authorization: `Bearer ${secret}` } }).then((r) => r.status);

describe('an agent', () => {
  it('is offered no team, keys or audit, gets the owners’ notice on a direct address, and the API refuses its writes with 403', async () => {
    const email = await member('agent', 'agent-refused');
    const page = await browse(email);
    await page.getByTestId('nav-settings').click();
    const sections = await page.getByTestId('settings-nav').locator('a').allTextContents();
    for (const route of ['team', 'keys', 'audit'] as const)
      expect(sections).not.toContain(shellEn.shell.settings[route]);
    for (const route of ['team', 'keys', 'audit'] as const) {
      await go(page, ROUTES[route].hash);
      expect(await page.getByTestId('owners-only').textContent()).toBe(shellEn.shell.settings.ownersOnly);
      expect(
        await page.locator('[data-testid=members], [data-testid=keys], [data-testid=audit]').count(),
      ).toBe(0);
    }
    const refused = [
      await write(page, 'POST', '/v1/api-keys', { name: 'sneaky' }),
      await write(page, 'POST', `/v1/api-keys/${'0'.repeat(24)}/revoke`),
      await write(page, 'PATCH', `/v1/members/${encodeURIComponent(email)}`, { role: 'owner' }),
      await write(page, 'DELETE', `/v1/members/${encodeURIComponent(demo.member!.email)}`),
      await write(page, 'POST', '/v1/invites', { email: 'friend@access.test', role: 'owner' }),
      await write(page, 'PUT', '/v1/project/origins', { origins: [] }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        code: 'forbidden',
        details: { role: 'agent', allowedRoles: ['owner'] },
      });
    }
    forgiveConsoleErrors((e) => e.includes('403'));
    await page.context().close();
  });
});

describe('API keys', () => {
  it('creates a key whose secret is shown once; revoked in the dashboard, it gets 401 on the API', async () => {
    const page = await browse(await member('owner', 'keys-owner'));
    await go(page, ROUTES.keys.hash);
    await page.getByTestId('key-name').fill('Nightly export');
    await page.getByTestId('key-create').click();
    const revealed = page.getByTestId('revealed');
    await revealed.waitFor();
    expect(await revealed.textContent()).toContain(en.keys.secret.warning);
    const secret = await page.getByTestId('secret-value').inputValue();
    expect(secret).toMatch(/^sk_/);
    expect(await bearer(secret)).toBe(200);

    const row = page.locator('[data-testid=api-key]', { hasText: 'Nightly export' });
    expect(await row.textContent()).toContain(`${secret.slice(0, 9)}…`);
    await page.getByTestId('secret-done').click();
    await revealed.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    await row.getByTestId('revoke').click();
    expect(await row.textContent()).toContain(en.keys.confirmRevoke({ name: 'Nightly export' }));
    await row.getByTestId('confirm').click();
    await page.locator('[data-testid=api-key][data-status=revoked]', { hasText: 'Nightly export' }).waitFor();
    expect(await bearer(secret)).toBe(401);
    // Reloaded, it is still listed as revoked, with nothing left to do to it.
    await page.reload();
    const after = page.locator('[data-testid=api-key]', { hasText: 'Nightly export' });
    await after.waitFor();
    expect(await after.getAttribute('data-status')).toBe('revoked');
    expect(await after.getByTestId('revoke').count()).toBe(0);
    await page.context().close();
  });

  it('rotates a key: the new secret once, and how long the old one keeps working', async () => {
    const page = await browse(await member('owner', 'keys-rotate'));
    await go(page, ROUTES.keys.hash);
    await page.getByTestId('key-name').fill('Web server');
    await page.getByTestId('key-create').click();
    const old = await page.getByTestId('secret-value').inputValue();
    await page.getByTestId('secret-done').click();
    const row = page.locator('[data-testid=api-key][data-status=active]', { hasText: 'Web server' });
    await row.getByTestId('rotate').click();
    await row.getByTestId('grace').selectOption('hour');
    await row.getByTestId('confirm').click();
    await page.getByTestId('revealed').waitFor();
    const secret = await page.getByTestId('secret-value').inputValue();
    expect(secret).not.toBe(old);
    const keys = (await page.evaluate(() => fetch('/v1/api-keys').then((r) => r.json()))) as {
      items: { name: string; status: string; revokedAt: string }[];
    };
    const replaced = keys.items.find((k) => k.name === 'Web server' && k.status === 'expiring')!;
    expect(Date.parse(replaced.revokedAt) - Date.now()).toBeGreaterThan(3_000_000);
    expect(await page.getByTestId('old-key-stops').textContent()).toBe(
      en.keys.secret.oldStops({ when: await dateTimeIn(page, 'en', replaced.revokedAt) }),
    );
    expect(await bearer(old)).toBe(200);
    expect(await bearer(secret)).toBe(200);
    await page.locator('[data-testid=api-key][data-status=expiring]', { hasText: 'Web server' }).waitFor();
    await page.context().close();
  });
});

describe('allowed origins', () => {
  it('shows which entry is not an origin, and saves the list once it is right', async () => {
    const page = await browse(await member('owner', 'origins-owner'));
    await go(page, ROUTES.keys.hash);
    const card = page.locator('[data-testid=origins][data-status=ready]');
    await card.waitFor();
    const count = await card.getByTestId('origin').count();
    await card.getByTestId('origin-add').click();
    await card.getByTestId('origin').nth(count).locator('input').fill('shop.example.com/checkout');
    await card.getByTestId('origin-add').click();
    await card
      .getByTestId('origin')
      .nth(count + 1)
      .locator('input')
      .fill('https://Shop.Example.com:443');
    await card.getByTestId('origins-save').click();
    const wrong = card.getByTestId('origin').nth(count);
    await wrong.getByTestId('origin-error').waitFor();
    expect(await wrong.getByTestId('origin-error').textContent()).toBe(en.keys.origins.invalid);
    expect(
      await card
        .getByTestId('origin')
        .nth(count + 1)
        .getByTestId('origin-error')
        .count(),
    ).toBe(0);
    forgiveConsoleErrors((e) => e.includes('400'));

    await wrong.locator('input').fill('https://shop.example.com');
    await card.getByTestId('origins-save').click();
    await card.getByTestId('origins-saved').waitFor();
    const saved = await card
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(saved.filter((o) => o === 'https://shop.example.com')).toHaveLength(1);
    await page.context().close();
  });
});

describe('invites', () => {
  it('makes a link that works once: the invitee sets a password and is signed in with the role given, then the link says it was used', async () => {
    const owner = await member('owner', 'inviter', 'Ines Inviter');
    const page = await browse(owner);
    await go(page, ROUTES.team.hash);
    await page.getByTestId('invite-email').fill('newcomer@access.test');
    await page.getByTestId('invite-role').selectOption('agent');
    await page.getByTestId('invite-submit').click();
    const link = await page.getByTestId('invite-link-value').inputValue();
    expect(link).toMatch(/\/dashboard\/#invite=[\w-]+$/);
    const invites = (await page.evaluate(() => fetch('/v1/invites').then((r) => r.json()))) as {
      items: { email: string; expiresAt: string }[];
    };
    const { expiresAt } = invites.items.find((i) => i.email === 'newcomer@access.test')!;
    expect(Math.round((Date.parse(expiresAt) - Date.now()) / 86_400_000)).toBe(7);
    expect(await page.getByTestId('invite-created').textContent()).toContain(
      en.team.invite.expires({ when: await dateTimeIn(page, 'en', expiresAt) }),
    );
    await page.locator('[data-testid=invite]', { hasText: 'newcomer@access.test' }).waitFor();

    const invitee = await browse(null, { width: 375 });
    await invitee.goto(link);
    const form = invitee.getByTestId('invitation');
    await form.waitFor();
    expect(plain(await invitee.getByTestId('invited-by').textContent())).toBe(
      en.invitation.invitedBy({
        who: 'Ines Inviter',
        project: 'Acme Analytics (demo)',
        role: shellEn.shell.roles.agent,
      }),
    );
    expect(await horizontalOverflow(invitee)).toBeLessThanOrEqual(0);
    await invitee.locator('input[name=name]').fill('Nora Newcomer');
    await invitee.locator('input[name=password]').fill('my own long passphrase');
    await invitee.getByTestId('invite-accept').click();
    await invitee.getByTestId('main-nav').waitFor();
    expect(new URL(invitee.url()).hash).toBe('#/');
    const session = (await invitee.evaluate(() => fetch('/v1/session').then((r) => r.json()))) as {
      member: { email: string; name: string };
      projects: { projectId: string; role: string }[];
    };
    expect(session.member).toMatchObject({ email: 'newcomer@access.test', name: 'Nora Newcomer' });
    expect(session.projects).toEqual([expect.objectContaining({ projectId: demo.projectId, role: 'agent' })]);
    // As an agent, the owners' sections are not offered.
    await invitee.getByTestId('nav-settings').click();
    expect(await invitee.getByTestId('settings-nav').locator('a').allTextContents()).not.toContain(
      shellEn.shell.settings.team,
    );

    // The owner sees the newcomer among the members, no longer among the invites.
    await page.reload();
    await page.locator('[data-testid=member][data-role=agent]', { hasText: 'Nora Newcomer' }).waitFor();
    expect(await page.locator('[data-testid=invite]', { hasText: 'newcomer@access.test' }).count()).toBe(0);

    const again = await browse(null);
    await again.goto(link);
    const unusable = again.getByTestId('invite-unusable');
    await unusable.waitFor();
    expect(await unusable.getAttribute('data-reason')).toBe('invite_used');
    expect(await unusable.textContent()).toBe(en.invitation.unusable.invite_used);
    await again.getByTestId('invite-sign-in').click();
    await again.locator('input[name=email]').waitFor();
    forgiveConsoleErrors((e) => e.includes('410'));
    for (const p of [page, invitee, again]) await p.context().close();
  });

  it('withdraws a pending invite after confirming; its link then says so, in Arabic too', async () => {
    const page = await browse(await member('owner', 'withdrawer'));
    await go(page, ROUTES.team.hash);
    await page.getByTestId('invite-email').fill('maybe@access.test');
    await page.getByTestId('invite-submit').click();
    const link = await page.getByTestId('invite-link-value').inputValue();
    await page.getByTestId('invite-done').click();
    const pending = page.locator('[data-testid=invite]', { hasText: 'maybe@access.test' });
    await pending.getByTestId('invite-withdraw').click();
    await pending.getByTestId('confirm').click();
    await pending.waitFor({ state: 'detached' });

    const invitee = await browse(null, { locale: 'ar' });
    await invitee.goto(link);
    const unusable = invitee.getByTestId('invite-unusable');
    await unusable.waitFor();
    expect(await unusable.textContent()).toBe(ar.invitation.unusable.invite_revoked);
    expect(await invitee.evaluate(() => document.documentElement.dir)).toBe('rtl');
    forgiveConsoleErrors((e) => e.includes('410'));
    for (const p of [page, invitee]) await p.context().close();
  });

  it('changes a member’s role and removes a member after confirming', async () => {
    const target = await member('agent', 'changed', 'Carla Changed');
    const page = await browse(await member('owner', 'changer'));
    await go(page, ROUTES.team.hash);
    const row = page.locator(`[data-testid=member][data-email="${target}"]`);
    await row.getByTestId('member-role').selectOption('viewer');
    await page.locator(`[data-testid=member][data-email="${target}"][data-role=viewer]`).waitFor();
    await row.getByTestId('member-remove').click();
    expect(await row.textContent()).toContain(en.team.confirmRemove({ who: 'Carla Changed' }));
    await row.getByTestId('confirm').click();
    await row.waitFor({ state: 'detached' });
    const members = (await page.evaluate(() => fetch('/v1/members').then((r) => r.json()))) as {
      items: { email: string }[];
    };
    expect(members.items.map((m) => m.email)).not.toContain(target);
    await page.context().close();
  });
});

describe('the audit log', () => {
  it('tells each change as a sentence, filters by what it is about and by who, and speaks Arabic', async () => {
    const email = await member('owner', 'auditor', 'Aude Auditor');
    const page = await browse(email);
    await go(page, ROUTES.keys.hash);
    await page.getByTestId('key-name').fill('Audited key');
    await page.getByTestId('key-create').click();
    await page.getByTestId('revealed').waitFor();
    await go(page, ROUTES.audit.hash);
    const first = page.getByTestId('audit-entry').first();
    await first.waitFor();
    expect(plain(await first.locator('.sentence').textContent())).toBe(
      plain(en.audit.actions['api_key.created']({ actor: 'Aude Auditor', target: 'Audited key' })),
    );
    const at = await first.locator('time').getAttribute('datetime');
    expect(await first.locator('time').textContent()).toBe(await dateTimeIn(page, 'en', at!));

    await page.getByTestId('audit-target').selectOption('member');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=audit-entry]')].every((e) =>
        e.getAttribute('data-action')?.startsWith('member.'),
      ),
    );
    await page.getByTestId('audit-target').selectOption('');
    await page.getByTestId('audit-actor').selectOption(email);
    await page.locator('[data-testid=audit-entry][data-action="api_key.created"]').first().waitFor();
    const actions = await page
      .getByTestId('audit-entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual(['api_key.created']);

    await page.getByTestId('language').selectOption('ar');
    await page.locator('html[dir=rtl]').waitFor();
    await page.getByTestId('audit').locator('h1', { hasText: ar.audit.title }).waitFor();
    expect(plain(await page.getByTestId('audit-entry').first().locator('.sentence').textContent())).toBe(
      plain(ar.audit.actions['api_key.created']({ actor: 'Aude Auditor', target: 'Audited key' })),
    );
    expect(await page.getByTestId('audit-entry').first().locator('time').textContent()).toBe(
      await dateTimeIn(page, 'ar', at!),
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
