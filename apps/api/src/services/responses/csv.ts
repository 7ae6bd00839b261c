import type { Readable } from 'node:stream';
import type { ResponseItem } from '@pulse/shared';
import { stringify } from 'csv-stringify';

const CSV_COLUMNS = [
  'id',
  'createdAt',
  'answeredAt',
  'score',
  'category',
  'comment',
  'locale',
  'respondentId',
  'traits',
  'url',
  'priority',
  'themes',
  'churnRisk',
  'followUpStatus',
] as const;

function csvRow(
  item: ResponseItem,
  followUpStatus: string | undefined,
): Record<(typeof CSV_COLUMNS)[number], unknown> {
  return {
    ...item,
    respondentId: item.respondent.id ?? '',
    traits: item.respondent.traits ? JSON.stringify(item.respondent.traits) : '',
    url: item.context.url ?? '',
    priority: item.classification?.priority ?? '',
    themes: item.classification?.themes.join(' ') ?? '',
    churnRisk: item.classification ? String(item.classification.churnRisk) : '',
    followUpStatus: followUpStatus ?? '',
  };
}

/** Hands batches of answers to `write` until done or `write` says the reader went away. */
export type AnswerSource = (write: (items: ResponseItem[]) => Promise<boolean>) => Promise<void>;

/**
 * A CSV stream of the answers `source` hands over, each with its classification and,
 * for detractors, the status of its follow-up (`statuses`, by answer id). It waits
 * for the reader (backpressure) and stops when the reader goes away.
 */
export function answersCsv(statuses: () => Promise<Map<string, string>>, source: AnswerSource): Readable {
  const csv = stringify({
    header: true,
    columns: [...CSV_COLUMNS],
    // Cells starting with = + - @ are prefixed so spreadsheets don't run them as formulas.
    cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
  });
  const writable = () =>
    new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => () => {
        csv.off('drain', onDrain).off('close', onClose);
        resolve(ok);
      };
      const onDrain = done(true);
      const onClose = done(false);
      csv.once('drain', onDrain).once('close', onClose);
    });

  (async () => {
    const status = await statuses();
    await source(async (items) => {
      for (const item of items) {
        if (csv.destroyed) return false;
        if (!csv.write(csvRow(item, status.get(item.id))) && !(await writable())) return false;
      }
      return !csv.destroyed;
    });
    csv.end();
  })().catch((err: unknown) => csv.destroy(err as Error));
  return csv;
}
