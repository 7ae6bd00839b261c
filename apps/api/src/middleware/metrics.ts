import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the product reports beside HTTP timings, read at each scrape. */
export interface ProductProbes {
  derived(): {
    backlog: number;
    recovering: { processes: number; answers: number };
    failures: number;
    failingForMs: number;
  };
  reconciled(): {
    last: {
      at: Date;
      driftAnswers: number;
      missingFollowUps: number;
      orphanFollowUps: number;
      unindexedAnswers: number;
    } | null;
    repairedTotal: number;
  };
  webhookOutbox(): Promise<{ pending: number; held: number; failed: number }>;
}

/** A gauge whose value is read from the probes at each scrape. */
function probe(registry: Registry, name: string, help: string, read: () => number): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      this.set(read());
    },
  });
}

function productGauges(registry: Registry, probes: ProductProbes): void {
  probe(
    registry,
    'pulse_derived_backlog_answers',
    'Answers stored whose rollups, follow-ups, webhooks and live events this process has still to do',
    () => probes.derived().backlog,
  );
  probe(
    registry,
    'pulse_recovery_answers',
    'Answers in the open journal entries of stopped processes this process is finishing',
    () => probes.derived().recovering.answers,
  );
  probe(
    registry,
    'pulse_derived_failures_total',
    'Failed attempts of derived work so far (each is retried; see pulse_derived_failing_seconds)',
    () => probes.derived().failures,
  );
  probe(
    registry,
    'pulse_derived_failing_seconds',
    'How long the oldest derived work has been failing and retrying (0 when none is)',
    () => probes.derived().failingForMs / 1000,
  );
  const reconciled = () => probes.reconciled().last;
  probe(
    registry,
    'pulse_reconcile_drift_answers',
    'At the last reconciliation: answers by which rollups differed from the stored answers (then repaired)',
    () => reconciled()?.driftAnswers ?? 0,
  );
  probe(
    registry,
    'pulse_reconcile_missing_followups',
    'At the last reconciliation: detractor answers that had no follow-up (then opened)',
    () => reconciled()?.missingFollowUps ?? 0,
  );
  probe(
    registry,
    'pulse_reconcile_orphan_followups',
    'At the last reconciliation: follow-ups whose answer is not stored',
    () => reconciled()?.orphanFollowUps ?? 0,
  );
  probe(
    registry,
    'pulse_reconcile_unindexed_answers',
    'At the last reconciliation: answers missing from the responses explorer index (then indexed)',
    () => reconciled()?.unindexedAnswers ?? 0,
  );
  probe(
    registry,
    'pulse_reconcile_repaired_rollups_total',
    'Rollups the reconciler has repaired since this process started',
    () => probes.reconciled().repairedTotal,
  );
  probe(
    registry,
    'pulse_reconcile_last_run_timestamp_seconds',
    'When the last reconciliation finished (0: none yet)',
    () => (reconciled()?.at.getTime() ?? 0) / 1000,
  );
  new Gauge({
    name: 'pulse_webhook_deliveries',
    help: 'Webhook deliveries still to be sent (pending), waiting while their webhook is paused (held) and given up after 24 h (failed)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      // Scrapes must work while the database is away (that is when they matter): keep the last values.
      const outbox = await probes.webhookOutbox().catch(() => null);
      if (!outbox) return;
      this.set({ status: 'pending' }, outbox.pending);
      this.set({ status: 'held' }, outbox.held);
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
