import { pino } from 'pino';

/** The one logger: JSON lines on stdout, secrets redacted. */
export function createLogger(level: string) {
  return pino({
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'apiKey'],
  });
}

export type Logger = ReturnType<typeof createLogger>;
