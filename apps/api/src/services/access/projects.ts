import type { ProjectCreate, ProjectCreated } from '@pulse/shared';
import type { Models } from '../../db/models.js';
import type { ProjectDoc } from '../../db/project.js';
import { TtlCache } from '../../lib/ttl-cache.js';
import { newApiKey, newPublicKey, sha256 } from './keys.js';

export function createProjectService(models: Models) {
  // Origins and keys change rarely; ten seconds of staleness buys a lookup-free hot path.
  const byPublicKey = new TtlCache<ProjectDoc | null>(10_000);
  const byKeyHash = new TtlCache<ProjectDoc | null>(10_000);

  return {
    async createProject(input: ProjectCreate): Promise<ProjectCreated> {
      const apiKey = newApiKey();
      const doc = await models.Project.create({
        name: input.name,
        origins: input.origins,
        publicKey: newPublicKey(),
        apiKeyHashes: [sha256(apiKey)],
      });
      return { projectId: doc._id.toHexString(), publicKey: doc.publicKey, apiKey };
    },

    findByApiKey(apiKey: string): Promise<ProjectDoc | null> {
      const hash = sha256(apiKey);
      return byKeyHash.get(hash, () =>
        models.Project.findOne({ apiKeyHashes: hash }).lean<ProjectDoc>().exec(),
      );
    },

    findByPublicKey(publicKey: string): Promise<ProjectDoc | null> {
      return byPublicKey.get(publicKey, () =>
        models.Project.findOne({ publicKey }).lean<ProjectDoc>().exec(),
      );
    },

    async findById(projectId: string): Promise<ProjectDoc | null> {
      return models.Project.findById(projectId).lean<ProjectDoc>().exec();
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
