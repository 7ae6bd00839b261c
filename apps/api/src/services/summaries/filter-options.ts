import type { FilterOptions, FilterOptionsQuery, Survey } from '@pulse/shared';
import { Types } from 'mongoose';
import type { Models } from '../../db/models.js';
import { responseFilter } from './answer-filter.js';

/**
 * The languages the dashboard's filter offers: those of every answer in the
 * period (not only the answers a page has loaded) and those the survey speaks.
 * One `$group` by locale: a scan on FerretDB, an index-backed match on MongoDB.
 */
export async function filterOptions(
  models: Models,
  survey: Survey,
  q: FilterOptionsQuery,
): Promise<FilterOptions> {
  const groups = await models.Response.aggregate<{ _id: string | null }>([
    // aggregate() does not cast like find(): the id must already be an ObjectId.
    { $match: { ...responseFilter({ surveyId: survey.id, ...q }), surveyId: new Types.ObjectId(survey.id) } },
    { $group: { _id: '$locale' } },
  ]);
  const locales = new Set(Object.keys(survey.texts));
  for (const { _id } of groups) if (_id) locales.add(_id);
  return { locales: [...locales].sort() };
}
