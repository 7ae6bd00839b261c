import type { ErrorRequestHandler, RequestHandler } from 'express';
import { databaseUnavailable, isDatabaseUnavailable } from '../db/availability.js';
import { HttpError } from '../errors.js';

/** Body-parser failures carry a `type`; they are the client's doing, so 4xx. */
const PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'invalid_json', 'The body is not valid JSON.'],
  'entity.too.large': [413, 'body_too_large', 'The body is larger than this API accepts.'],
  'encoding.unsupported': [415, 'unsupported_encoding', 'The body encoding is not supported.'],
  'charset.unsupported': [415, 'unsupported_charset', 'The body charset is not supported.'],
};

/** JSON the parser refused only because it is not an object or array (`null`, `3`, `"x"`). */
function isBareJsonValue(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}`);
};

/** The one place errors become `{ error: { code, message, details? } }`. */
export const errorHandler: ErrorRequestHandler = (cause: unknown, req, res, _next) => {
  // The database being away is nobody's bug: a 503 the client can retry, logged once as a warning.
  const err = isDatabaseUnavailable(cause) ? databaseUnavailable(cause) : cause;
  if (err instanceof HttpError && err.status === 503 && err.cause !== undefined)
    req.log?.warn({ err: err.cause }, 'database unavailable');
  let status = 500;
  let body: { code: string; message: string; details?: unknown } = {
    code: 'internal_error',
    message: 'Something went wrong on our side; it has been logged.',
  };
  const parserError =
    err && typeof err === 'object' && 'type' in err ? PARSER_ERRORS[String(err.type)] : undefined;
  if (err instanceof HttpError) {
    status = err.status;
    body = {
      code: err.code,
      message: err.message,
      ...(err.details === undefined ? {} : { details: err.details }),
    };
  } else if (parserError) {
    [status, body.code, body.message] = parserError;
    if (body.code === 'invalid_json' && isBareJsonValue((err as { body?: unknown }).body))
      body.message = 'The body must be a JSON object.';
  } else if (err instanceof URIError) {
    // The router could not percent-decode a path parameter ("/v1/followups/%ZZ"): the client's URL.
    status = 400;
    body = { code: 'invalid_path', message: 'The URL holds a malformed percent-encoding.' };
  } else {
    req.log?.error({ err }, 'unhandled error');
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (err instanceof HttpError && err.headers) res.set(err.headers);
  res.status(status).json({ error: body });
};
