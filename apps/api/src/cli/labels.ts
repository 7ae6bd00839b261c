import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isObjectId } from '../lib/object-id.js';
import { correctedExamples } from '../services/followups/corrections.js';
import type { Services } from '../services/index.js';
import { UsageError } from './usage.js';

/** `export-labels`: the team's corrections of the classifier, as labelled examples for the next training run. */
export async function exportLabelsCommand(args: string[], services: Services): Promise<unknown> {
  const { values } = parseArgs({ args, options: { project: { type: 'string' }, out: { type: 'string' } } });
  if (values.project !== undefined && !isObjectId(values.project)) {
    throw new UsageError('--project: not a project id (24 hex characters)');
  }
  const examples = await correctedExamples(services.models, values.project);
  if (!values.out) return examples;
  // npm runs the command in the API's workspace; a relative path means where the person typed it.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  writeFileSync(file, `${JSON.stringify(examples, null, 2)}\n`);
  return { examples: examples.length, file };
}
