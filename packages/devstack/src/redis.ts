import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { DevstackError } from './ferretdb.js';
import { type Service, stopProcess } from './process.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** A throwaway Redis on loopback, without persistence, for tests and local runs. */
export async function startRedis(): Promise<Service> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new DevstackError(
      'redis-server is needed for the multi-process live tests. Install it (apt-get install -y redis-server) or set REDIS_URL.',
    );
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--loglevel',
      'notice',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DevstackError('Redis did not start within 15 s.')), 15_000);
    child.once('exit', (code) =>
      reject(new DevstackError(`redis-server exited during start (code ${code}).`)),
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}
