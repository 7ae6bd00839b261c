/**
 * Pulse admin CLI. Prints JSON on stdout (for scripts), messages on stderr; every
 * mistake is one line on stderr and exit code 2. `npm run admin -- help [command]`
 * lists the commands and their options (cli/help.ts).
 *
 * It talks to MONGO_URL, or to the embedded database that `npm start` runs.
 */

import { parseArgs } from 'node:util';
import { ProjectCreate } from '@pulse/shared';
import { HttpError } from '../errors.js';
import { isObjectId } from '../lib/object-id.js';
import { createLogger } from '../logger.js';
import { openRuntime } from '../runtime.js';
import type { Services } from '../services/index.js';
import { liveProcessBeats } from '../services/ingest/recovery.js';
import { rebuildRollups } from '../services/summaries/rollups.js';
import { HELP, helpText } from './help.js';
import { exportLabelsCommand } from './labels.js';
import { createMemberCommand } from './members.js';
import { UsageError, usageError } from './usage.js';

type Command = (args: string[], services: Services) => Promise<unknown>;

const commands: Record<string, Command> = {
  'create-member': createMemberCommand,
  'export-labels': exportLabelsCommand,
  async 'create-project'(args, services) {
    const { values } = parseArgs({
      args,
      options: { name: { type: 'string' }, origin: { type: 'string', multiple: true } },
    });
    const input = ProjectCreate.safeParse({ name: values.name, origins: values.origin ?? [] });
    if (!input.success) {
      throw usageError(input.error, (field) => (field === 'origins' ? 'origin' : field));
    }
    return services.projects.createProject(input.data);
  },

  async 'rebuild-rollups'(args, services) {
    const { values } = parseArgs({
      args,
      options: { survey: { type: 'string' }, force: { type: 'boolean', default: false } },
    });
    if (!values.survey || !isObjectId(values.survey)) throw new UsageError('--survey <surveyId> is required');
    // The recount starts from zero, so answers another process stores meanwhile could be lost or doubled.
    const beats = await liveProcessBeats(services.models);
    if (beats.length > 0 && !values.force) {
      const ago = Math.round((Date.now() - Math.max(...beats.map((b) => b.getTime()))) / 1000);
      throw new UsageError(
        `an API process is serving this database (last heartbeat ${ago} s ago); answers it stores during the recount could be counted twice or lost. Stop it first, or pass --force.`,
      );
    }
    return { surveyId: values.survey, answers: await rebuildRollups(services.models, values.survey) };
  },
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (name === 'help' || name === '--help' || name === '-h' || args.includes('--help')) {
    const topic = name === 'help' || name === '--help' || name === '-h' ? args[0] : name;
    if (topic && !HELP[topic]) {
      console.error(`help: no command "${topic}"; the commands are ${Object.keys(HELP).join(', ')}`);
      return 2;
    }
    console.log(helpText(topic));
    return 0;
  }
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(
      `${name ? `unknown command "${name}"` : 'no command'}: use one of ${Object.keys(commands).join(', ')} (npm run admin -- help)`,
    );
    return 2;
  }
  const mongoUrl = process.env.MONGO_URL;
  if (!mongoUrl) {
    console.error(
      'MONGO_URL is not set. Run through `npm run admin`, which finds or starts the embedded database.',
    );
    return 2;
  }
  const { conn, services } = await openRuntime(mongoUrl, createLogger('warn'));
  try {
    console.log(JSON.stringify(await command(args, services), null, 2));
    return 0;
  } catch (err) {
    // node:util parseArgs reports every command-line mistake with an ERR_PARSE_ARGS_* code.
    const parseError =
      err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS_');
    // A refusal by the services (unknown project, weak password) is the caller's mistake too.
    const refused = err instanceof HttpError && err.status < 500;
    if (err instanceof UsageError || parseError || refused) {
      console.error(`${name}: ${err.message.replaceAll('\n', ' ')} (npm run admin -- help ${name})`);
      return 2;
    }
    throw err;
  } finally {
    await conn.close();
  }
}

process.exitCode = await main();
