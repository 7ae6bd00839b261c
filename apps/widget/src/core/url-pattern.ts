/**
 * `*` matches any run of characters (slashes included); everything else is literal.
 * A pattern is matched against the whole path, so `/settings/*` does not match `/settings`.
 */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Empty include means everywhere; exclude always wins. */
export function pathAllowed(path: string, include: readonly string[], exclude: readonly string[]): boolean {
  if (exclude.some((p) => pathMatches(p, path))) return false;
  return include.length === 0 || include.some((p) => pathMatches(p, path));
}
