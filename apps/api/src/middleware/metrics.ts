import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the product reports beside HTTP timings, read at each scrape. */
export interface ProductProbes {
  derivedBacklog(): number;
  webhookOutbox(): Promise<{ pending: number; failed: number }>;
}

function productGauges(registry: Registry, probes: ProductProbes): void {
  new Gauge({
    name: 'pulse_derived_backlog_answers',
    help: 'Answers stored whose rollups, follow-ups and webhooks this process has still to do',
    registers: [registry],
    collect() {
      this.set(probes.derivedBacklog());
    },
  });
  new Gauge({
    name: 'pulse_webhook_deliveries',
    help: 'Webhook deliveries still to be sent (pending) and given up after 24 h (failed)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const outbox = await probes.webhookOutbox();
      this.set({ status: 'pending' }, outbox.pending);
      this.set({ status: 'failed' }, outbox.failed);
    },
  });
}

export function createMetrics(probes?: ProductProbes) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  if (probes) productGauges(registry, probes);
  const duration = new Histogram({
    name: 'pulse_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  /** Labels use the matched route pattern, never the raw path, to keep cardinality bounded. */
  const middleware: RequestHandler = (req, res, next) => {
    const end = duration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
  return { registry, middleware };
}
