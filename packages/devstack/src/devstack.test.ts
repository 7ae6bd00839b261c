import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DevstackError, startFerretDB } from './ferretdb.js';
import { startRedis } from './redis.js';

/** Sends a raw Redis PING and returns the reply line. */
function redisPing(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().trim());
      socket.end();
    });
    socket.once('error', reject);
  });
}

function accepts(url: string): Promise<boolean> {
  const match = /^mongodb:\/\/([^:/]+):(\d+)/.exec(url)!;
  return new Promise((resolve) => {
    const socket = connect(Number(match[2]), match[1]!, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('devstack', () => {
  it('starts FerretDB on a loopback port and stops it cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devstack-test-'));
    try {
      const db = await startFerretDB(dir);
      expect(db.url).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await accepts(db.url)).toBe(true);
      await db.stop();
      expect(await accepts(db.url)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts a throwaway Redis on loopback', async () => {
    const redis = await startRedis();
    try {
      expect(redis.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
      expect(await redisPing(redis.url)).toBe('+PONG');
    } finally {
      await redis.stop();
    }
  });

  it('reports a clear error when the data directory is unusable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devstack-test-'));
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, '');
    try {
      await expect(startFerretDB(file)).rejects.toThrow(DevstackError);
      await expect(startFerretDB(file)).rejects.toThrow(`Cannot keep FerretDB's data in ${file}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
