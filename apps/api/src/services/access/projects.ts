import type { ProjectCreate, ProjectCreated } from '@pulse/shared';
import type { Models } from '../../db/models.js';
import type { ProjectDoc } from '../../db/project.js';
import { notFound } from '../../errors.js';
import { isObjectId } from '../../lib/object-id.js';
import { TtlCache } from '../../lib/ttl-cache.js';
import type { ApiKeyService } from './api-keys.js';
import { newPublicKey } from './keys.js';

export function createProjectService(models: Models, apiKeys: ApiKeyService) {
  // The widget's hot path: ten seconds of staleness buys a lookup-free answer; this
  // process forgets an entry at once when its origins change.
  const byPublicKey = new TtlCache<ProjectDoc | null>(10_000);

  return {
    /** A project and its first API key (whose secret is in the answer only). */
    async createProject(input: ProjectCreate): Promise<ProjectCreated> {
      const doc = await models.Project.create({
        name: input.name,
        origins: input.origins,
        publicKey: newPublicKey(),
      });
      const projectId = doc._id.toHexString();
      const key = await apiKeys.createKey(projectId, { name: 'Default key' }, null);
      return { projectId, publicKey: doc.publicKey, apiKey: key.secret };
    },

    findByPublicKey(publicKey: string): Promise<ProjectDoc | null> {
      return byPublicKey.get(publicKey, () =>
        models.Project.findOne({ publicKey }).lean<ProjectDoc>().exec(),
      );
    },

    async findById(projectId: string): Promise<ProjectDoc | null> {
      if (!isObjectId(projectId)) return null;
      return models.Project.findById(projectId).lean<ProjectDoc>().exec();
    },

    /** Replaces the origins whose pages may post answers; returns them before and after. */
    async replaceOrigins(
      projectId: string,
      origins: string[],
    ): Promise<{ before: string[]; after: string[] }> {
      const project = await models.Project.findById(projectId).lean<ProjectDoc>();
      if (!project) throw notFound('Project');
      await models.Project.updateOne({ _id: project._id }, { $set: { origins } });
      byPublicKey.delete(project.publicKey);
      return { before: project.origins, after: origins };
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
