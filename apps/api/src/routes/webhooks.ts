import { WebhookCreate, WebhookDeliveryListQuery } from '@pulse/shared';
import { Router } from 'express';
import { projectOf } from '../middleware/auth.js';
import { parseInput } from '../middleware/validate.js';
import type { Services } from '../services/index.js';

export function webhooksRouter(services: Services): Router {
  const router = Router();
  const { webhooks } = services;

  router.post('/', async (req, res) => {
    const input = parseInput(WebhookCreate, req.body, 'webhook');
    res.status(201).json(await webhooks.createWebhook(projectOf(res).id, input));
  });

  router.get('/', async (_req, res) => {
    res.json({ items: await webhooks.listWebhooks(projectOf(res).id) });
  });

  router.delete('/:id', async (req, res) => {
    await webhooks.deleteWebhook(projectOf(res).id, req.params.id);
    res.status(204).end();
  });

  router.get('/:id/deliveries', async (req, res) => {
    const query = parseInput(WebhookDeliveryListQuery, req.query, 'query');
    res.json({ items: await webhooks.listDeliveries(projectOf(res).id, req.params.id, query) });
  });

  return router;
}
