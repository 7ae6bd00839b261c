/**
 * devstack [--system-deps] [--db] [--redis] [--ephemeral] -- <command…>
 *
 * --system-deps first makes sure Chromium and redis-server are installed.
 * Runs a command with the services it needs: the embedded FerretDB (unless
 * MONGO_URL is set, which always wins) and Redis (unless REDIS_URL is set).
 * Exports MONGO_URL / REDIS_URL to the command, stops the services after it,
 * and exits with the command's exit code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevstackError, startFerretDB } from './ferretdb.js';
import { dataDir } from './paths.js';
import type { Service } from './process.js';
import { startRedis } from './redis.js';
import { publishSharedDatabase, runningSharedDatabase, unpublishSharedDatabase } from './shared-database.js';
import { ensureSystemPackages } from './system-deps.js';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const flags = new Set(split === -1 ? args : args.slice(0, split));
const command = split === -1 ? [] : args.slice(split + 1);

if (command.length === 0) {
  console.error('usage: devstack [--system-deps] [--db] [--redis] [--ephemeral] -- <command> [args…]');
  process.exit(2);
}

const services: Service[] = [];
const cleanups: (() => void)[] = [];
const env = { ...process.env };

async function stopAll(): Promise<void> {
  await Promise.all(services.map((s) => s.stop()));
  for (const cleanup of cleanups) cleanup();
}

try {
  if (flags.has('--system-deps')) ensureSystemPackages();
  if (flags.has('--db') && !env.MONGO_URL) {
    if (flags.has('--ephemeral')) {
      // Tests and benchmarks get a throwaway directory.
      const dir = mkdtempSync(join(tmpdir(), 'pulse-ferretdb-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const db = await startFerretDB(dir);
      services.push(db);
      env.MONGO_URL = db.url;
    } else {
      // `npm start` keeps its data in .data/; `npm run admin` beside it shares that server.
      const shared = await runningSharedDatabase();
      if (shared) {
        env.MONGO_URL = shared;
      } else {
        const db = await startFerretDB(join(dataDir, 'ferretdb'));
        services.push(db);
        env.MONGO_URL = db.url;
        publishSharedDatabase(db.url);
        cleanups.push(unpublishSharedDatabase);
      }
    }
    console.error(`devstack: database at ${env.MONGO_URL}`);
  }
  if (flags.has('--redis') && !env.REDIS_URL) {
    const redis = await startRedis();
    services.push(redis);
    env.REDIS_URL = redis.url;
    console.error(`devstack: Redis listening at ${redis.url}`);
  }
} catch (err) {
  await stopAll();
  console.error(err instanceof DevstackError ? `devstack: ${err.message}` : err);
  process.exit(1);
}

const [bin, ...rest] = command as [string, ...string[]];
const child = spawn(bin, rest, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', async (code, signal) => {
  await stopAll();
  process.exit(code ?? (signal ? 1 : 0));
});
