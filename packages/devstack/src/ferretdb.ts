import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './paths.js';
import { type Service, stopProcess } from './process.js';

const moduleDir = fileURLToPath(new URL('../ferretdb/', import.meta.url));

/** The pinned wrapper module's sources decide the binary's name, so a bump rebuilds it. */
function binaryPath(): string {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(moduleDir + file));
  return `${cacheDir}/ferretdb-v1.24.2-${hash.digest('hex').slice(0, 12)}`;
}

export class DevstackError extends Error {}

/** Builds FerretDB once into .cache/; later calls reuse the binary. */
export function ensureFerretBinary(log: (line: string) => void = console.error): string {
  const target = binaryPath();
  if (existsSync(target)) return target;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) {
    throw new DevstackError(
      'Go is needed once to build the embedded database (FerretDB v1.24.2). ' +
        'Install Go 1.24 or newer (https://go.dev/doc/install), or set MONGO_URL to a MongoDB you run.',
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  log('devstack: building FerretDB v1.24.2 from the pinned Go module (first run only, about 2 minutes)…');
  // Build to a temporary name and rename, so a parallel run never sees half a binary.
  const temp = `${target}.${process.pid}.tmp`;
  const build = spawnSync('go', ['build', '-trimpath', '-o', temp, '.'], {
    cwd: moduleDir,
    env: { ...process.env, CGO_ENABLED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    throw new DevstackError(
      `Building FerretDB failed (go build exited with ${build.status}). ` +
        'Check the Go output above, or set MONGO_URL to a MongoDB you run.',
    );
  }
  renameSync(temp, target);
  return target;
}

/** A running FerretDB; fault tests also kill it outright and start it again on the same port and data. */
export interface FerretDB extends Service {
  port: number;
  /** SIGKILL, as a crash would: no clean shutdown. Resolves once the process is gone. */
  kill(): Promise<void>;
}

/**
 * Starts FerretDB on loopback (a free port unless `port` is given) with SQLite
 * files in `dataDir`. Resolves once it accepts connections (the wrapper prints
 * its URI only then).
 */
export async function startFerretDB(
  dataDir: string,
  { port = 0 }: { port?: number } = {},
): Promise<FerretDB> {
  const binary = ensureFerretBinary();
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new DevstackError(`Cannot keep FerretDB's data in ${dataDir}: ${(err as Error).message}`);
  }
  const child = spawn(binary, ['-listen', `127.0.0.1:${port}`, '-sqlite-dir', dataDir, '-watch-stdin'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DevstackError('FerretDB did not start within 30 s.')), 30_000);
    child.once('error', (err) => reject(new DevstackError(`FerretDB could not start: ${err.message}`)));
    child.once('exit', (code) => reject(new DevstackError(`FerretDB exited during start (code ${code}).`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    port: Number(new URL(url).port),
    stop: () => stopProcess(child),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
