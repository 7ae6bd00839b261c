import type { RequestHandler, Response } from 'express';
import type { ProjectDoc } from '../db/project.js';
import { HttpError } from '../errors.js';
import type { ProjectService } from '../services/projects.js';

/** Admin routes: `Authorization: Bearer sk_…` resolves to the project it belongs to. */
export function requireApiKey(projects: ProjectService): RequestHandler {
  return async (req, res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'Send your API key as "Authorization: Bearer sk_…".');
    }
    const project = await projects.findByApiKey(match[1]!);
    if (!project) {
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new HttpError(401, 'unauthorized', 'This API key is not valid.');
    }
    res.locals.project = project;
    next();
  };
}

/** The project that `requireApiKey` authenticated. */
export function projectOf(res: Response): ProjectDoc & { id: string } {
  const project = res.locals.project as ProjectDoc | undefined;
  if (!project) throw new Error('projectOf() used on a route without requireApiKey');
  return { ...project, id: project._id.toHexString() };
}
