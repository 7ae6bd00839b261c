import { type ChildProcess, spawn } from 'node:child_process';

/**
 * Runs a benchmark target script (`script` is its URL) in a process of its own, so
 * the load generator never shares its event loop. Its stdout is piped for the JSON
 * lines it prints; stdin is piped so it can be told to stop.
 * BENCH_PROFILE_DIR=/tmp/p writes a V8 CPU profile per process, to see where the time goes.
 */
export function spawnTarget(script: URL, target: string, env: Record<string, string> = {}): ChildProcess {
  const dir = process.env.BENCH_PROFILE_DIR;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', script.pathname, target], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}
