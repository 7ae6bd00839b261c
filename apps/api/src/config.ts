import { z } from 'zod';

/** Environment, parsed once at start; everything else imports the result. */
const Env = z.object({
  MONGO_URL: z
    .string({ error: 'MONGO_URL is required (npm start sets it to the embedded database)' })
    .regex(/^mongodb(\+srv)?:\/\//, 'MONGO_URL must be a mongodb:// or mongodb+srv:// URL'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Public base URL of the API, for links printed and the demo page; defaults to http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest JSON body accepted; an answer with a 2,000-character comment is far below it. */
  BODY_LIMIT: z.string().default('32kb'),
  /** Answers per minute accepted from one client IP on the public routes. */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Express "trust proxy": set when running behind a reverse proxy so client IPs are right. */
  TRUST_PROXY: z.string().optional(),
  /** Seed a demo project, survey and sample answers at start when the database has none. */
  SEED_DEMO: z.stringbool().default(false),
  /** Most answers written in one group commit; 1 turns group commit off (benchmarks compare both). */
  INGEST_MAX_BATCH: z.coerce.number().int().min(1).max(5_000).default(500),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** A client must have sent its request headers within this long (slowloris guard). */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(10_000),
  /** …and its whole request within this long. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** How often rollups and follow-ups are checked against the stored answers (0: never). */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
  /** How often the webhook dispatcher looks for deliveries that are due. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1000),
  /** Wait after a webhook's first failed attempt; doubles after each further failure (retries for 24 h). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(30_000),
  /** Encrypts webhook signing secrets in the database (any string of 32+ characters; keep it stable). */
  SECRET_KEY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(32, 'SECRET_KEY must be at least 32 characters').optional(),
  ),
  /** Let webhooks post to loopback, private and link-local addresses (receivers on your own network). */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.stringbool().default(false),
});

export type Config = z.infer<typeof Env>;

const HeadersBeforeRequest = (env: Config) => env.HEADERS_TIMEOUT_MS <= env.REQUEST_TIMEOUT_MS;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.refine(HeadersBeforeRequest, {
    path: ['HEADERS_TIMEOUT_MS'],
    message: 'HEADERS_TIMEOUT_MS may not exceed REQUEST_TIMEOUT_MS',
  }).safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
