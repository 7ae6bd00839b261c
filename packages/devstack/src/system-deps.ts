import { spawnSync } from 'node:child_process';
import { DevstackError } from './ferretdb.js';

/** Debian packages the test suite needs: Chromium for browser tests, Redis for multi-process live tests. */
const PACKAGES: Record<string, string> = { chromium: 'chromium', 'redis-server': 'redis-server' };

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Makes sure the test suite's system packages are there. As root on Debian
 * it installs what is missing with apt-get; elsewhere it says what to install.
 */
export function ensureSystemPackages(log: (line: string) => void = console.error): void {
  const missing = Object.keys(PACKAGES).filter((command) => !has(command));
  if (missing.length === 0) return;
  const packages = missing.map((command) => PACKAGES[command]!);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has('apt-get')) {
    throw new DevstackError(
      `The tests need ${packages.join(' and ')}. Install them (Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}), then run again.`,
    );
  }
  log(`devstack: installing ${packages.join(', ')} with apt-get (first run only)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0)
      throw new DevstackError(
        `apt-get ${args[0]} failed (exit ${run.status}); install ${packages.join(' ')} by hand.`,
      );
  }
}
