import type { ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyRotated } from '@pulse/shared';
import { Types } from 'mongoose';
import type { ApiKeyDoc } from '../../db/api-key.js';
import { insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import { HttpError, notFound } from '../../errors.js';
import { isObjectId } from '../../lib/object-id.js';
import { oncePerInterval } from '../../lib/once-per-interval.js';
import { newApiKey, sha256 } from './keys.js';

/** `sk_` and the next 6 characters: enough to tell a project's keys apart, useless to an attacker. */
export const prefixOf = (secret: string) => secret.slice(0, 9);

/** What an authenticated API key stands for. */
export interface KeyHolder {
  keyId: string;
  projectId: string;
  prefix: string;
}

const LAST_USED_EVERY_MS = 60_000;

export function toApiKey(doc: ApiKeyDoc, now: number): ApiKey {
  const revokedAt = doc.revokedAt?.getTime();
  return {
    id: doc.keyId,
    name: doc.name,
    prefix: doc.prefix ?? null,
    status: revokedAt === undefined ? 'active' : revokedAt > now ? 'expiring' : 'revoked',
    createdAt: doc.createdAt.toISOString(),
    createdBy: doc.createdBy ?? null,
    lastUsedAt: doc.lastUsedAt?.toISOString() ?? null,
    revokedAt: doc.revokedAt?.toISOString() ?? null,
    rotatedFrom: doc.rotatedFrom ?? null,
  };
}

export function createApiKeyService(models: Models, now: () => number = Date.now) {
  const stampDue = oncePerInterval(LAST_USED_EVERY_MS, now);

  const isLive = (doc: ApiKeyDoc) => !doc.revokedAt || doc.revokedAt.getTime() > now();

  async function insertKey(
    projectId: string,
    fields: { name: string; createdBy: string | null; rotatedFrom?: string },
  ): Promise<ApiKeyCreated> {
    const secret = newApiKey();
    const doc = await models.ApiKey.create({
      _id: sha256(secret),
      keyId: new Types.ObjectId().toHexString(),
      projectId,
      name: fields.name,
      prefix: prefixOf(secret),
      createdAt: new Date(now()),
      createdBy: fields.createdBy,
      rotatedFrom: fields.rotatedFrom ?? null,
    });
    return { ...toApiKey(doc.toObject<ApiKeyDoc>(), now()), secret };
  }

  /** A key of this project by its public id (keys are few per project; a scan on FerretDB). */
  async function findOwned(projectId: string, keyId: string): Promise<ApiKeyDoc> {
    const doc = isObjectId(keyId) ? await models.ApiKey.findOne({ keyId }).lean<ApiKeyDoc>() : null;
    if (!doc || doc.projectId.toHexString() !== projectId) throw notFound('API key');
    return doc;
  }

  const revokedError = (doc: ApiKeyDoc & { revokedAt: Date }) =>
    new HttpError(409, 'key_revoked', 'This key is already revoked.', {
      revokedAt: doc.revokedAt.toISOString(),
    });

  /** Only a key that is neither revoked nor already being replaced may be rotated. */
  function assertRotatable(doc: ApiKeyDoc): void {
    if (!doc.revokedAt) return;
    if (doc.revokedAt.getTime() <= now()) throw revokedError({ ...doc, revokedAt: doc.revokedAt });
    throw new HttpError(
      409,
      'key_expiring',
      'This key was already rotated; rotate its replacement, or revoke this one now.',
      { revokedAt: doc.revokedAt.toISOString() },
    );
  }

  return {
    createKey: (projectId: string, input: ApiKeyCreate, createdBy: string | null) =>
      insertKey(projectId, { name: input.name, createdBy }),

    /**
     * The key a bearer secret stands for, or null (unknown, revoked, or past its
     * grace period). One exact read, never cached: a revocation holds at once, in
     * every process. Stamps `lastUsedAt` at most once a minute.
     */
    async authenticate(secret: string): Promise<KeyHolder | null> {
      if (!secret.startsWith('sk_') || secret.length > 200) return null;
      const doc = await models.ApiKey.findById(sha256(secret)).lean<ApiKeyDoc>();
      if (!doc || !isLive(doc)) return null;
      const prefix = prefixOf(secret);
      if (stampDue(doc.keyId)) {
        // Behind the request: a lost stamp only makes lastUsedAt a minute older.
        void models.ApiKey.updateOne(
          { _id: doc._id },
          { $set: { lastUsedAt: new Date(now()), ...(doc.prefix ? {} : { prefix }) } },
        ).catch(() => undefined);
      }
      return { keyId: doc.keyId, projectId: doc.projectId.toHexString(), prefix };
    },

    /** Every key of the project, revoked ones too, newest first. */
    async listKeys(projectId: string): Promise<ApiKey[]> {
      const docs = await models.ApiKey.find({ projectId }).sort({ createdAt: -1 }).lean<ApiKeyDoc[]>();
      return docs.map((doc) => toApiKey(doc, now()));
    },

    /** Refused from now on (a key in its grace period stops at once). */
    async revokeKey(projectId: string, keyId: string): Promise<ApiKey> {
      const doc = await findOwned(projectId, keyId);
      if (doc.revokedAt && doc.revokedAt.getTime() <= now())
        throw revokedError({ ...doc, revokedAt: doc.revokedAt });
      const revokedAt = new Date(now());
      await models.ApiKey.updateOne({ _id: doc._id }, { $set: { revokedAt } });
      return toApiKey({ ...doc, revokedAt }, now());
    },

    /** A new key with the old one's name; the old one stops after `graceSeconds` (0: now). */
    async rotateKey(
      projectId: string,
      keyId: string,
      graceSeconds: number,
      createdBy: string,
    ): Promise<ApiKeyRotated> {
      const old = await findOwned(projectId, keyId);
      assertRotatable(old);
      const created = await insertKey(projectId, { name: old.name, createdBy, rotatedFrom: old.keyId });
      const revokedAt = new Date(now() + graceSeconds * 1000);
      await models.ApiKey.updateOne({ _id: old._id }, { $set: { revokedAt } });
      return { created, replaced: toApiKey({ ...old, revokedAt }, now()) };
    },

    /**
     * Databases from before keys were documents kept each project's key hashes in
     * `projects.apiKeyHashes`; at start they become keys (named, with no prefix until
     * next used) and the field goes. Safe to run again, and by several processes.
     */
    async adoptLegacyKeys(): Promise<number> {
      const legacy = await models.Project.collection
        .find<{ _id: Types.ObjectId; apiKeyHashes: string[]; createdAt?: Date }>({
          apiKeyHashes: { $exists: true },
        })
        .toArray();
      let adopted = 0;
      for (const project of legacy) {
        const docs = project.apiKeyHashes.map((hash) => ({
          _id: hash,
          keyId: new Types.ObjectId().toHexString(),
          projectId: project._id,
          name: 'API key',
          prefix: null,
          createdAt: project.createdAt ?? new Date(now()),
          createdBy: null,
          lastUsedAt: null,
          revokedAt: null,
          rotatedFrom: null,
        }));
        // One at a time: FerretDB stops a bulk insert at its first duplicate (a rerun after a crash).
        for (const doc of docs) {
          const [verdict] = await insertNew(models.ApiKey.collection, [doc]);
          if (verdict === 'inserted') adopted++;
          else if (verdict !== 'duplicate') throw verdict;
        }
        await models.Project.collection.updateOne({ _id: project._id }, { $unset: { apiKeyHashes: '' } });
      }
      return adopted;
    },
  };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
