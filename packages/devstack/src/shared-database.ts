import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dataDir } from './paths.js';

/**
 * The persistent database has one server at a time (SQLite has one writer);
 * its URL sits in .data/ferretdb.url while it runs, so a second command (the
 * admin CLI beside `npm start`) connects to it instead of starting another.
 */
const urlFile = `${dataDir}/ferretdb.url`;

export function publishSharedDatabase(url: string): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(urlFile, url);
}

export function unpublishSharedDatabase(): void {
  rmSync(urlFile, { force: true });
}

/** The URL of a shared database that still accepts connections, if any. */
export async function runningSharedDatabase(): Promise<string | null> {
  let url: string;
  try {
    url = readFileSync(urlFile, 'utf8').trim();
  } catch {
    return null;
  }
  const match = /^mongodb:\/\/([^:/]+):(\d+)/.exec(url);
  if (!match) return null;
  const alive = await new Promise<boolean>((resolve) => {
    const socket = connect(Number(match[2]), match[1]!, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
  });
  return alive ? url : null;
}
