import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serverJs = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
export const logDir = fileURLToPath(new URL('../../../../.cache/fault-logs/', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true or `ms` passes; throws `what` on timeout. */
export async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await sleep(100);
  }
}

/**
 * The built API (`dist/server.js`) as its own process on a fixed loopback port,
 * so it can be killed with SIGKILL and started again where clients expect it.
 */
export class ApiProcess {
  private child: ChildProcess | null = null;
  readonly url: string;

  constructor(
    private readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts it; resolves with the milliseconds until it answered HTTP (any status). */
  async start(): Promise<number> {
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(`${logDir}${this.name}.log`, { flags: 'a' });
    const started = performance.now();
    const child = spawn(process.execPath, [serverJs], {
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        LOG_LEVEL: 'warn',
        PUBLIC_RATE_LIMIT: '1000000',
        WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
        WEBHOOK_POLL_MS: '200',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    await until(
      async () => (await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(1_000) })).status > 0,
      20_000,
      `${this.name} listening on ${this.url}`,
    );
    return performance.now() - started;
  }

  /** SIGKILL: no shutdown hook runs, in-flight requests are cut, queued derived work is lost. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
