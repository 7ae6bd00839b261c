import type { AuditListQuery, AuditTargetType } from '@pulse/shared';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/index.js';
import { type AuditLog, createAuditLog } from './audit.js';

let api: TestApi;
let audit: AuditLog;
/** A project with 120 entries (more than one stored page), which the reading tests share. */
const filled = new Types.ObjectId().toHexString();
beforeAll(async () => {
  api = await startTestApi({ label: 'audit_log' });
  audit = api.server.services.audit;
  await fill(filled, 120);
});
afterAll(() => api.close());

const TYPES: AuditTargetType[] = ['survey', 'member', 'api_key'];
const ACTORS = ['ana@acme.example', 'bo@acme.example', 'api:sk_abc123'];

/** Entry i is by ACTORS[i % 3] on TYPES[floor(i / 3) % 3]: each filter matches a share of them. */
async function fill(projectId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const type = TYPES[Math.floor(i / 3) % 3]!;
    await audit.record(projectId, ACTORS[i % 3]!, {
      action:
        type === 'survey' ? 'survey.updated' : type === 'member' ? 'member.role_changed' : 'api_key.created',
      target: { type, id: `t${i}`, name: `#${i}` },
      after: { i },
    });
  }
}

/** Follows nextCursor to the end, returning the target ids in order. */
async function readAll(projectId: string, q: Omit<AuditListQuery, 'limit' | 'cursor'>, limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await audit.list(projectId, { ...q, limit, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((e) => e.target.id));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 100);
  return ids;
}

const expected = (keep: (i: number) => boolean) =>
  Array.from({ length: 120 }, (_, i) => 119 - i)
    .filter(keep)
    .map((i) => `t${i}`);

describe('the audit log', () => {
  it('pages newest first through every entry, alone and with each filter', async () => {
    const projectId = filled;
    expect(await readAll(projectId, {}, 7)).toEqual(expected(() => true));
    expect(await readAll(projectId, { targetType: 'member' }, 4)).toEqual(
      expected((i) => Math.floor(i / 3) % 3 === 1),
    );
    expect(await readAll(projectId, { actor: 'bo@acme.example' }, 50)).toEqual(expected((i) => i % 3 === 1));
    expect(await readAll(projectId, { targetType: 'api_key', actor: 'api:sk_abc123' }, 3)).toEqual(
      expected((i) => i % 3 === 2 && Math.floor(i / 3) % 3 === 2),
    );
    expect(await readAll(projectId, { actor: 'nobody@acme.example' }, 10)).toEqual([]);
  });

  it('reads a page as the head, the open page and the sealed pages it spans, each by exact _id', async () => {
    const projectId = filled;
    const conn = api.server.services.models.AuditHead.db;
    const reads: { collection: string; method: string; filter: unknown }[] = [];
    conn.set('debug', (collection: string, method: string, filter: unknown) => {
      if (collection.startsWith('audit')) reads.push({ collection, method, filter });
    });
    try {
      // 120 entries: an unfiltered page of 100 from the 110th spans stored pages 0 and 1.
      const first = await audit.list(projectId, { limit: 10 });
      const spanning = await audit.list(projectId, { limit: 100, cursor: first.nextCursor! });
      expect(spanning.items.map((e) => Number(e.id))).toEqual(Array.from({ length: 100 }, (_, i) => 110 - i));
      await audit.list(projectId, { limit: 10, actor: 'ana@acme.example', targetType: 'member' });
    } finally {
      conn.set('debug', false);
    }
    // 120 entries in pages of 50: two sealed, the third open.
    expect(reads.map((r) => r.collection)).toEqual([
      ...['audit_heads', 'audit_open'],
      ...['audit_heads', 'audit_open', 'audit_pages', 'audit_pages'],
      ...['audit_heads', 'audit_open'],
    ]);
    for (const read of reads) {
      expect(read.method).toBe('findOne');
      expect(Object.keys(read.filter as object)).toEqual(['_id']);
      expect(typeof (read.filter as { _id: unknown })._id).toBe('string');
    }
  });

  it('skips a place whose entry was never written (a crash between its writes)', async () => {
    const projectId = new Types.ObjectId().toHexString();
    await fill(projectId, 6);
    // The head counted entry 7, then the process died before writing it anywhere.
    await api.server.services.models.AuditHead.updateOne({ _id: projectId }, { $inc: { all: 1 } });
    await audit.record(projectId, 'ana@acme.example', {
      action: 'survey.deleted',
      target: { type: 'survey', id: 'after-crash' },
    });
    const page = await audit.list(projectId, { limit: 3 });
    expect(page.items.map((e) => [e.id, e.target.id])).toEqual([
      ['8', 'after-crash'],
      ['6', 't5'],
    ]);
    expect(page.nextCursor).not.toBeNull();
  });

  it('seals a page another process sealed first without losing what that one lacked', async () => {
    const projectId = new Types.ObjectId().toHexString();
    await fill(projectId, 50);
    const { AuditPage, AuditOpen } = api.server.services.models;
    const open = await AuditOpen.findById(`${projectId}:all`).lean<{ entries: { n: number }[] }>();
    await AuditPage.create({ _id: `${projectId}:all:0`, entries: open!.entries.slice(0, 10) });
    await fill(projectId, 1);
    const sealed = await AuditPage.findById(`${projectId}:all:0`).lean<{ entries: { n: number }[] }>();
    expect(sealed!.entries.map((e) => e.n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    const all = await audit.list(projectId, { limit: 100 });
    expect(all.items.map((e) => Number(e.id))).toEqual(Array.from({ length: 51 }, (_, i) => 51 - i));
  });

  it("with both filters, looks at a bounded window of the actor's entries per page and says where to go on", async () => {
    const narrow = createAuditLog(api.server.services.models, { narrowedWindow: 10 });
    const byAna = { targetType: 'member', actor: 'ana@acme.example' } as const;
    // Ana's entries are 0, 3, 6, …; a third of them are on members.
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await narrow.list(filled, { ...byAna, limit: 50, ...(cursor ? { cursor } : {}) });
      pages.push(page.items.map((e) => e.target.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toHaveLength(4);
    expect(pages.every((p) => p.length <= 10)).toBe(true);
    expect(pages.flat()).toEqual(expected((i) => i % 3 === 0 && Math.floor(i / 3) % 3 === 1));
  });

  it('keeps projects apart, and numbers entries without gaps when recorded at once', async () => {
    const a = new Types.ObjectId().toHexString();
    const b = new Types.ObjectId().toHexString();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        audit.record(i % 2 ? a : b, 'ana@acme.example', {
          action: 'survey.created',
          target: { type: 'survey', id: `s${i}` },
        }),
      ),
    );
    const page = await audit.list(a, { limit: 100 });
    expect(page.items.map((e) => e.id)).toEqual(['10', '9', '8', '7', '6', '5', '4', '3', '2', '1']);
    expect(page.items.every((e) => Number(e.target.id.slice(1)) % 2 === 1)).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it('refuses a cursor made with other filters, or not made here', async () => {
    const projectId = filled;
    const { nextCursor } = await audit.list(projectId, { limit: 5, targetType: 'survey' });
    await expect(audit.list(projectId, { limit: 5, cursor: nextCursor! })).rejects.toMatchObject({
      status: 400,
      code: 'invalid_cursor',
    });
    await expect(audit.list(projectId, { limit: 5, cursor: 'garbage' })).rejects.toMatchObject({
      code: 'invalid_cursor',
    });
  });
});
