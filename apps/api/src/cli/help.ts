/** What `npm run admin -- help [command]` prints: each command's options with an example. */
export interface CommandHelp {
  summary: string;
  options: [flag: string, meaning: string][];
  example: string;
}

export const HELP: Record<string, CommandHelp> = {
  'create-project': {
    summary: 'Create a project; prints its id, public key (pk_…) and API key (sk_…, shown once).',
    options: [
      ['--name <text>', 'the project name (required)'],
      ['--origin <url>', 'a site allowed to post answers, e.g. https://acme.example (repeatable)'],
    ],
    example: 'npm run admin -- create-project --name Acme --origin https://acme.example',
  },
  'create-member': {
    summary:
      'Give a person a role in a project: new people get a generated password (shown once); running it again changes the role and says what changed.',
    options: [
      ['--project <id>', 'the project id that create-project printed (required)'],
      ['--email <address>', 'their e-mail, which they sign in with (required)'],
      [
        '--role owner|agent|viewer',
        'owners manage the project (surveys, team, keys, origins, webhooks); agents work the queue; viewers only read (required)',
      ],
      ['--name <text>', 'the name shown to colleagues'],
      ['--password <text>', 'instead of a generated one (it stays in your shell history)'],
    ],
    example: 'npm run admin -- create-member --project 65f0… --email ana@acme.example --role agent',
  },
  'export-labels': {
    summary:
      "Write the team's corrections of the classifier (themes, churn flag set on follow-ups) as labelled examples for the next training run.",
    options: [
      ['--project <id>', 'only this project (default: every project)'],
      [
        '--out <file>',
        'write them to this JSON file (default: print them); files in packages/shared/eval/data/corrections/ join the next training run',
      ],
    ],
    example: 'npm run admin -- export-labels --out packages/shared/eval/data/corrections/2026-12.json',
  },
  'rebuild-rollups': {
    summary:
      "Recount a survey's NPS counters from its answers. Refuses while an API process serves the database.",
    options: [
      ['--survey <id>', 'the survey id (required)'],
      [
        '--force',
        'run even though an API process is serving (answers it stores meanwhile may be miscounted)',
      ],
    ],
    example: 'npm run admin -- rebuild-rollups --survey 65f1…',
  },
};

export function helpText(command?: string): string {
  const usage =
    'usage: npm run admin -- <command> [options]   (npm run admin -- help <command> for its options)';
  if (!command) {
    const width = Math.max(...Object.keys(HELP).map((c) => c.length));
    const lines = Object.entries(HELP).map(([name, h]) => `  ${name.padEnd(width)}  ${h.summary}`);
    return [usage, '', 'commands:', ...lines].join('\n');
  }
  const h = HELP[command]!;
  const width = Math.max(...h.options.map(([flag]) => flag.length));
  return [
    `npm run admin -- ${command} [options]`,
    '',
    h.summary,
    '',
    'options:',
    ...h.options.map(([flag, meaning]) => `  ${flag.padEnd(width)}  ${meaning}`),
    '',
    'example:',
    `  ${h.example}`,
  ].join('\n');
}
