import {
  WebhookCreate,
  WebhookCreated,
  WebhookDeliveryList,
  WebhookDeliveryListQuery,
  WebhookList,
} from '@pulse/shared';
import { projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const id = { id: 'Webhook id' };
const notFound = { 404: { description: 'No such webhook in this project' } };

export const webhookRoutes: RouteSpec[] = [
  defineRoute({
    method: 'post',
    path: '/v1/webhooks',
    summary: 'Create a webhook',
    description:
      'Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); the `whsec_` secret is in this answer only. Failed deliveries are retried with exponential backoff for 24 hours. See WEBHOOKS.md.',
    tag: 'Webhooks',
    access: 'team',
    body: WebhookCreate,
    settles: true,
    responses: { 201: { description: 'Created, with its secret', schema: WebhookCreated } },
    async handle({ services, body, res, audit }) {
      const created = await services.webhooks.createWebhook(projectOf(res).id, body);
      // Named by host only: a Slack webhook's path is itself a secret.
      await audit({
        action: 'webhook.created',
        target: { type: 'webhook', id: created.id, name: new URL(created.url).host },
      });
      res.status(201).json(created);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhooks',
    summary: 'List webhooks',
    tag: 'Webhooks',
    access: 'team',
    settles: true,
    responses: { 200: { description: 'Webhooks', schema: WebhookList } },
    async handle({ services, res }) {
      res.json({ items: await services.webhooks.listWebhooks(projectOf(res).id) });
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/webhooks/:id',
    summary: 'Delete a webhook (its pending deliveries are not sent)',
    tag: 'Webhooks',
    access: 'team',
    params: id,
    settles: true,
    responses: { 204: { description: 'Deleted' }, ...notFound },
    async handle({ services, params, res, audit }) {
      await services.webhooks.deleteWebhook(projectOf(res).id, params.id!);
      await audit({ action: 'webhook.deleted', target: { type: 'webhook', id: params.id! } });
      res.status(204).end();
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhooks/:id/deliveries',
    summary: 'Delivery log of a webhook, newest first, with every attempt',
    tag: 'Webhooks',
    access: 'team',
    params: id,
    query: WebhookDeliveryListQuery,
    settles: true,
    responses: { 200: { description: 'Deliveries', schema: WebhookDeliveryList }, ...notFound },
    async handle({ services, params, query, res }) {
      res.json({ items: await services.webhooks.listDeliveries(projectOf(res).id, params.id!, query) });
    },
  }),
];
