const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat('en', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const signedDecimal = new Intl.NumberFormat('en', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

export const formatCount = (n: number) => integer.format(n);
export const formatNps = (nps: number | null) => (nps === null ? '—' : signed.format(Math.round(nps)));
export const formatDelta = (delta: number) => signedDecimal.format(delta);
export const formatShare = (pct: number) => `${integer.format(pct)}%`;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "just now", "5 minutes ago", then a date for anything older than a day. */
export function formatWhen(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Math.abs(seconds) < 45) return relative.format(0, 'second').replace('now', 'just now');
  if (Math.abs(seconds) < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  return dateTime.format(new Date(iso));
}

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
