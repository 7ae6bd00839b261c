import type { AuditListQuery, AuditTargetType } from '@pulse/shared';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryId } from '../../db/audit.js';
import { startTestApi, type TestApi } from '../../testing/index.js';
import type { AuditLog } from './audit.js';

let api: TestApi;
let audit: AuditLog;
beforeAll(async () => {
  api = await startTestApi({ label: 'audit_log' });
  audit = api.server.services.audit;
});
afterAll(() => api.close());

const TYPES: AuditTargetType[] = ['survey', 'member', 'api_key'];
const ACTORS = ['ana@acme.example', 'bo@acme.example', 'api:sk_abc123'];

/** 90 entries: entry i by ACTORS[i % 3] on TYPES[floor(i / 3) % 3], so every filter matches 10 or 30. */
async function fill(projectId: string) {
  for (let i = 0; i < 90; i++) {
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
  Array.from({ length: 90 }, (_, i) => 89 - i)
    .filter(keep)
    .map((i) => `t${i}`);

describe('the audit log', () => {
  it('pages newest first through every entry, alone and with each filter', async () => {
    const projectId = new Types.ObjectId().toHexString();
    await fill(projectId);
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

  it('reads only by exact _id, a fixed number of reads per page however long the log', async () => {
    const projectId = new Types.ObjectId().toHexString();
    await fill(projectId);
    const conn = api.server.services.models.AuditEntry.db;
    const reads: { collection: string; method: string; filter: unknown }[] = [];
    conn.set('debug', (collection: string, method: string, filter: unknown) => {
      if (collection.startsWith('audit')) reads.push({ collection, method, filter });
    });
    try {
      const first = await audit.list(projectId, { limit: 10, actor: 'ana@acme.example' });
      await audit.list(projectId, { limit: 10, actor: 'ana@acme.example', cursor: first.nextCursor! });
    } finally {
      conn.set('debug', false);
    }
    // Per page: the head, 10 refs, 10 entries.
    expect(reads).toHaveLength(2 * 21);
    for (const read of reads) {
      expect(read.method).toBe('findOne');
      expect(Object.keys(read.filter as object)).toEqual(['_id']);
      expect(typeof (read.filter as { _id: unknown })._id).toBe('string');
    }
  });

  it('skips an entry that is missing (a crash between its writes) instead of failing the page', async () => {
    const projectId = new Types.ObjectId().toHexString();
    await fill(projectId);
    await api.server.services.models.AuditEntry.deleteOne({ _id: auditEntryId(projectId, 89) });
    const page = await audit.list(projectId, { limit: 3 });
    expect(page.items.map((e) => e.target.id)).toEqual(['t89', 't87']);
    expect(page.nextCursor).not.toBeNull();
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
    const projectId = new Types.ObjectId().toHexString();
    await fill(projectId);
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
