import {
  can,
  Webhook,
  WebhookCreate,
  WebhookCreated,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookDeliveryListQuery,
  WebhookList,
  WebhookUpdate,
} from '@pulse/shared';
import type { Response } from 'express';
import { actorOf, callerOf, projectOf } from '../middleware/auth.js';
import { withoutCredentials } from '../services/webhooks/to-webhook.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const id = { id: 'Webhook id' };
const delivery = { ...id, deliveryId: 'Delivery id (`msg_…`, the `webhook-id` header it was sent with)' };
const notFound = { 404: { description: 'No such webhook in this project' } };
const noDelivery = { 404: { description: 'No such webhook in this project, or no such delivery of it' } };
const paused = '409 `webhook_paused` while the webhook is paused.';

/** Whoever may not manage webhooks reads their URLs without the credential in them. */
const asSeenBy = (res: Response) => (webhook: Webhook) =>
  can(callerOf(res).role, 'webhooks.manage') ? webhook : withoutCredentials(webhook);

export const webhookRoutes: RouteSpec[] = [
  defineRoute({
    method: 'post',
    path: '/v1/webhooks',
    summary: 'Create a webhook',
    description:
      'Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); the `whsec_` secret is in this answer only. `filter` chooses which events get a delivery at all (e.g. `{"categories":["detractor"]}`, `{"churnRisk":true}`, `{"minPriority":"high"}`, `{"themes":["price"]}`; every condition given must hold). Failed deliveries are retried with exponential backoff for 24 hours. See WEBHOOKS.md.',
    tag: 'Webhooks',
    access: 'team',
    body: WebhookCreate,
    settles: true,
    responses: { 201: { description: 'Created, with its secret', schema: WebhookCreated } },
    async handle({ services, body, res }) {
      res.status(201).json(await services.webhooks.createWebhook(projectOf(res).id, body, actorOf(res)));
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
      const items = await services.webhooks.listWebhooks(projectOf(res).id);
      res.json({ items: items.map(asSeenBy(res)) });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhooks/:id',
    summary: 'Read a webhook (without its secret)',
    tag: 'Webhooks',
    access: 'team',
    params: id,
    responses: { 200: { description: 'Webhook', schema: Webhook }, ...notFound },
    async handle({ services, params, res }) {
      res.json(asSeenBy(res)(await services.webhooks.getWebhook(projectOf(res).id, params.id!)));
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/webhooks/:id',
    summary: 'Change a webhook: url, events, format, filter, or pause and resume it',
    description:
      '`{"paused":true}` pauses: events still write their deliveries, shown as `held` in the log, and none is sent; `{"paused":false}` resumes and sends what was held at once, each with a fresh 24 h retry window. A new `filter` replaces the old one and applies to events from then on.',
    tag: 'Webhooks',
    access: 'team',
    params: id,
    body: WebhookUpdate,
    settles: true,
    responses: { 200: { description: 'Changed', schema: Webhook }, ...notFound },
    async handle({ services, params, body, res }) {
      res.json(await services.webhooks.updateWebhook(projectOf(res).id, params.id!, body, actorOf(res)));
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
    async handle({ services, params, res }) {
      await services.webhooks.deleteWebhook(projectOf(res).id, params.id!, actorOf(res));
      res.status(204).end();
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhooks/:id/test',
    summary: 'Send a test delivery',
    description: `Writes a \`webhook.test\` delivery to the outbox; the dispatcher sends it within a poll (WEBHOOK_POLL_MS), signed and retried like any other, and it appears in the delivery log. Follow it with GET …/deliveries/{deliveryId}. ${paused}`,
    tag: 'Webhooks',
    access: 'team',
    params: id,
    responses: {
      202: { description: 'Queued: the delivery, pending', schema: WebhookDelivery },
      409: { description: 'The webhook is paused (`webhook_paused`)' },
      ...notFound,
    },
    async handle({ services, params, res }) {
      res.status(202).json(await services.webhooks.sendTest(projectOf(res).id, params.id!, actorOf(res)));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhooks/:id/deliveries',
    summary: 'Delivery log of a webhook, newest first, with every attempt',
    description:
      'Each attempt has its time, HTTP status (null when no answer came), error and duration. Page on with `cursor` = `nextCursor`.',
    tag: 'Webhooks',
    access: 'team',
    params: id,
    query: WebhookDeliveryListQuery,
    settles: true,
    responses: { 200: { description: 'Deliveries', schema: WebhookDeliveryList }, ...notFound },
    async handle({ services, params, query, res }) {
      res.json(await services.webhooks.listDeliveries(projectOf(res).id, params.id!, query));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/webhooks/:id/deliveries/:deliveryId',
    summary: 'Read one delivery with its attempts',
    tag: 'Webhooks',
    access: 'team',
    params: delivery,
    responses: { 200: { description: 'Delivery', schema: WebhookDelivery }, ...noDelivery },
    async handle({ services, params, res }) {
      res.json(await services.webhooks.getDelivery(projectOf(res).id, params.id!, params.deliveryId!));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/webhooks/:id/deliveries/:deliveryId/retry',
    summary: 'Retry a failed or pending delivery now',
    description: `Due at once, with the same id and body, signed afresh; if it fails again it is retried with backoff for another 24 h. 409 \`already_delivered\` for a delivered one; ${paused}`,
    tag: 'Webhooks',
    access: 'team',
    params: delivery,
    responses: {
      200: { description: 'Due now', schema: WebhookDelivery },
      409: {
        description: 'Delivered already (`already_delivered`), or the webhook is paused (`webhook_paused`)',
      },
      ...noDelivery,
    },
    async handle({ services, params, res }) {
      res.json(
        await services.webhooks.retryDelivery(
          projectOf(res).id,
          params.id!,
          params.deliveryId!,
          actorOf(res),
        ),
      );
    },
  }),
];
