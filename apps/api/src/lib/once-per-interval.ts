/**
 * Per key, says yes at most once per `intervalMs`: for "last used" stamps that
 * need not be exact, so a busy key costs one write a minute instead of one per
 * request. In memory, per process (several processes may each write once).
 */
export function oncePerInterval(intervalMs: number, now: () => number = Date.now, maxKeys = 10_000) {
  const last = new Map<string, number>();
  return (key: string): boolean => {
    const t = now();
    const previous = last.get(key);
    if (previous !== undefined && t - previous < intervalMs) return false;
    // Forgetting everything only means one extra write per key.
    if (last.size >= maxKeys) last.clear();
    last.set(key, t);
    return true;
  };
}
