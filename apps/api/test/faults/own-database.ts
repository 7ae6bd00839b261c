import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FerretDB, startFerretDB } from '@pulse/devstack';

/** A FerretDB of the test's own, which it can kill outright and start again on the same port and files. */
export function ownDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-fault-db-'));
  let db: FerretDB | undefined;
  let port = 0;
  return {
    get url() {
      return `mongodb://127.0.0.1:${port}/faults`;
    },
    async start(): Promise<void> {
      db = await startFerretDB(dir, { port });
      port = db.port;
    },
    /** SIGKILL, as a crash or an OOM kill would. */
    kill: () => db?.kill() ?? Promise.resolve(),
    async remove(): Promise<void> {
      await db?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
