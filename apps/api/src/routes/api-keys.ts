import { ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyList, ApiKeyRotate, ApiKeyRotated } from '@pulse/shared';
import { actorOf, projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const id = { id: 'API key id (not the secret)' };
const notFound = { 404: { description: 'No such API key in this project' } };

export const apiKeyRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/api-keys',
    summary: "The project's API keys, newest first, revoked ones too (never their secrets)",
    tag: 'API keys',
    access: 'team',
    permission: 'keys.manage',
    responses: { 200: { description: 'API keys', schema: ApiKeyList } },
    async handle({ services, res }) {
      res.json({ items: await services.apiKeys.listKeys(projectOf(res).id) });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/api-keys',
    summary: 'Create an API key; its secret is in this answer only',
    description:
      'Send it as `Authorization: Bearer sk_…`. A key acts as an owner of the project. Only a hash of the secret is stored; `prefix` tells keys apart.',
    tag: 'API keys',
    access: 'team',
    permission: 'keys.manage',
    body: ApiKeyCreate,
    responses: { 201: { description: 'Created, with its secret', schema: ApiKeyCreated } },
    async handle({ services, body, res, audit }) {
      const key = await services.apiKeys.createKey(projectOf(res).id, body, actorOf(res));
      await audit({
        action: 'api_key.created',
        target: { type: 'api_key', id: key.id, name: key.name },
        after: { prefix: key.prefix },
      });
      res.status(201).json(key);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/api-keys/:id/revoke',
    summary: 'Revoke an API key: from now on it gets 401',
    description:
      'In every API process at once (keys are not cached). A key in its rotation grace period stops at once too. Revoked keys stay listed.',
    tag: 'API keys',
    access: 'team',
    permission: 'keys.manage',
    params: id,
    responses: {
      200: { description: 'Revoked', schema: ApiKey },
      409: { description: 'Already revoked (`key_revoked`)' },
      ...notFound,
    },
    async handle({ services, params, res, audit }) {
      const key = await services.apiKeys.revokeKey(projectOf(res).id, params.id!);
      await audit({
        action: 'api_key.revoked',
        target: { type: 'api_key', id: key.id, name: key.name },
        after: { prefix: key.prefix },
      });
      res.json(key);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/api-keys/:id/rotate',
    summary:
      'Rotate an API key: a new secret under the same name; the old key stops now or after a grace period',
    description:
      'With `gracePeriodSeconds` (up to 7 days) the old key keeps working until its `revokedAt` (status `expiring`), so deployments can switch over; 0, the default, revokes it at once (after a leak). A key already revoked or already rotated is 409.',
    tag: 'API keys',
    access: 'team',
    permission: 'keys.manage',
    params: id,
    body: ApiKeyRotate,
    responses: {
      201: { description: 'The new key (with its secret) and the old one', schema: ApiKeyRotated },
      409: { description: 'Already revoked (`key_revoked`) or already rotated (`key_expiring`)' },
      ...notFound,
    },
    async handle({ services, params, body, res, audit }) {
      const rotated = await services.apiKeys.rotateKey(
        projectOf(res).id,
        params.id!,
        body.gracePeriodSeconds,
        actorOf(res),
      );
      const { created, replaced } = rotated;
      await audit({
        action: 'api_key.rotated',
        target: { type: 'api_key', id: replaced.id, name: replaced.name },
        before: { prefix: replaced.prefix },
        after: { newKeyId: created.id, prefix: created.prefix, oldKeyStopsAt: replaced.revokedAt },
      });
      res.status(201).json(rotated);
    },
  }),
];
