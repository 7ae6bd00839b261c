import { z } from 'zod';
import { OBJECT_ID_PATTERN } from './names.js';

/** `{ error: { code, message, details? } }`: the one error shape every route sends. */
export const ErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ObjectId = z.string().regex(OBJECT_ID_PATTERN, 'must be a 24-character hex id');

/** BCP 47 language tag, kept short: `en`, `pt-BR`, `zh-Hant`. */
export const Locale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/, 'must be a language tag such as "en" or "pt-BR"');
export type Locale = z.infer<typeof Locale>;

export const ScoreSchema = z.number().int().min(0).max(10);
export const CategorySchema = z.enum(['detractor', 'passive', 'promoter']);

/** Keys that MongoDB would read as operators or paths are refused at the edge. */
export const SafeKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[^$.]+$/, 'may not contain "$" or "."')
  .refine((key) => !key.includes('\u0000'), 'may not contain the NUL character');

export const IsoDate = z.iso.datetime({ offset: true });
