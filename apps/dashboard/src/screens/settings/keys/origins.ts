/**
 * The allowed origins as a list being edited: what is sent (filled entries only), and the
 * API's refusal put back on the entries it was about.
 */

/** The entries to send, trimmed and without the empty ones, and where each came from in the draft. */
export function originsToSend(draft: readonly string[]): { origins: string[]; from: number[] } {
  const origins: string[] = [];
  const from: number[] = [];
  draft.forEach((entry, index) => {
    const origin = entry.trim();
    if (origin === '') return;
    origins.push(origin);
    from.push(index);
  });
  return { origins, from };
}

/**
 * The draft entries a 400 names (`details.issues[].path` is `['origins', i]` for entry i of
 * what was sent), and whether it refused the list as a whole (too many).
 */
export function originErrors(
  details: unknown,
  from: readonly number[],
): { entries: Set<number>; list: boolean } {
  const issues = (details as { issues?: { path?: unknown[] }[] } | undefined)?.issues ?? [];
  const entries = new Set<number>();
  let list = false;
  for (const { path = [] } of issues) {
    const index = path[0] === 'origins' ? path[1] : undefined;
    const entry = typeof index === 'number' ? from[index] : undefined;
    if (entry === undefined) list = true;
    else entries.add(entry);
  }
  return { entries, list: list || issues.length === 0 };
}
