import type { Installation } from '@pulse/shared';
import type { InstallationDoc } from '../../db/installation.js';
import type { Models } from '../../db/models.js';
import type { Logger } from '../../logger.js';

/** A (project, origin) is written at most this often, however many visitors load the widget. */
export const SIGHTING_INTERVAL_MS = 60_000;
/** Origins remembered per project, most recent first. */
export const ORIGINS_KEPT = 5;
/** Bounds the in-memory "last written" marks; past it they start over (a few extra writes). */
const MARKS_KEPT = 10_000;

/**
 * The site a config fetch came from: its `Origin` (sent with every cross-origin fetch),
 * else the origin of its `Referer` (a same-origin GET carries no `Origin`). Only http(s).
 */
export function siteOriginOf(origin: string | undefined, referer: string | undefined): string | undefined {
  for (const candidate of [origin, referer]) {
    if (!candidate || candidate === 'null' || !URL.canParse(candidate)) continue;
    const url = new URL(candidate);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  }
  return undefined;
}

/**
 * "Installation seen": remembers where and when loaders fetched a project's config,
 * cheaply. A fetch only marks memory; the first fetch of a (project, origin) in a minute
 * also starts a write, off the request's path. Writes of one project run one at a time,
 * and sightings that arrive meanwhile go into the next, so a burst of new origins costs
 * a few writes, not one each. Several processes may each write once a minute; a sighting
 * lost to their overlap (FerretDB updates are read-then-write) is written again a
 * minute later.
 */
export function createInstallationService(models: Models, logger: Logger, now: () => number = Date.now) {
  const written = new Map<string, number>();
  const pending = new Map<string, Map<string, number>>();
  const writing = new Set<string>();

  async function merge(projectId: string, seen: Map<string, number>): Promise<void> {
    const doc = await models.Installation.findById(projectId).lean<InstallationDoc>();
    // Every sighting oldest first, then newest first by time: of two in the same
    // millisecond, the one recorded later counts as newer.
    const sightings = [
      ...(doc?.origins ?? []).map((o) => ({ origin: o.origin, at: o.lastSeenAt.getTime() })).reverse(),
      ...[...seen].map(([origin, at]) => ({ origin, at })),
    ];
    const latest = new Map<string, number>();
    for (const { origin, at } of sightings) {
      const last = Math.max(at, latest.get(origin) ?? 0);
      latest.delete(origin);
      latest.set(origin, last);
    }
    const origins = [...latest]
      .reverse()
      .sort((a, b) => b[1] - a[1])
      .slice(0, ORIGINS_KEPT)
      .map(([origin, at]) => ({ origin, lastSeenAt: new Date(at) }));
    await models.Installation.updateOne({ _id: projectId }, { $set: { origins } }, { upsert: true });
  }

  async function writeAll(projectId: string): Promise<void> {
    writing.add(projectId);
    try {
      for (let seen = pending.get(projectId); seen; seen = pending.get(projectId)) {
        pending.delete(projectId);
        await merge(projectId, seen).catch((err: unknown) =>
          logger.warn({ err, projectId }, 'could not record where the widget was seen; retried in a minute'),
        );
      }
    } finally {
      writing.delete(projectId);
    }
  }

  return {
    /** A loader fetched this project's config from `origin` (see siteOriginOf). Never waits, never throws. */
    recordFetch(projectId: string, origin: string | undefined): void {
      if (!origin) return;
      const key = `${projectId} ${origin}`;
      const at = now();
      if (at - (written.get(key) ?? Number.NEGATIVE_INFINITY) < SIGHTING_INTERVAL_MS) return;
      if (written.size >= MARKS_KEPT) written.clear();
      written.set(key, at);
      const seen = pending.get(projectId) ?? new Map<string, number>();
      pending.set(projectId, seen.set(origin, at));
      if (!writing.has(projectId)) void writeAll(projectId);
    },

    /** Where the project's widget was seen, newest first, each origin checked against the allowed ones. */
    async installation(project: {
      _id: { toHexString(): string };
      origins: string[];
    }): Promise<Installation> {
      const doc = await models.Installation.findById(project._id.toHexString()).lean<InstallationDoc>();
      const origins = (doc?.origins ?? []).map((o) => ({
        origin: o.origin,
        lastSeenAt: o.lastSeenAt.toISOString(),
        // The rule answers are held to (services/ingest): no allowed origins means any.
        allowed: project.origins.length === 0 || project.origins.includes(o.origin),
      }));
      return { origins, lastSeenAt: origins[0]?.lastSeenAt ?? null };
    },
  };
}

export type InstallationService = ReturnType<typeof createInstallationService>;
