/** Numbers, dates and names in one language, through Intl; one set per language, built once. */
export function createFormat(language: string) {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(language, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedDecimal = new Intl.NumberFormat(language, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' });
  const hour = new Intl.DateTimeFormat(language, { hour: 'numeric' });
  const languages = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
  const and = new Intl.ListFormat(language, { type: 'conjunction' });

  /** A language tag in words, in this language, as a sentence uses it: `th` → "Thai", "tailandés", "التايلاندية". */
  function languageName(tag: string): string {
    try {
      return languages.of(tag) ?? tag;
    } catch {
      return tag; // not a well-formed tag: shown as it came
    }
  }

  return {
    language,
    count: (n: number) => integer.format(n),
    /** NPS is a whole number from −100 to +100, signed; `—` when there is none. */
    nps: (nps: number | null) => (nps === null ? '—' : signed.format(Math.round(nps))),
    delta: (delta: number) => signedDecimal.format(delta),
    /** A share given in percent (42 → "42%"). */
    share: (pct: number) => percent.format(pct / 100),
    /** "now", "5 minutes ago", "in 3 hours", then a date for anything further than a day. */
    when(iso: string, now = Date.now()): string {
      const seconds = Math.round((Date.parse(iso) - now) / 1000);
      if (Math.abs(seconds) < 45) return relative.format(0, 'second');
      if (Math.abs(seconds) < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (Math.abs(seconds) < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      return dateTime.format(new Date(iso));
    },
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** A chart's time axis: the day of a day bucket, the hour of an hour bucket. */
    axisTime: (ms: number, bucket: 'day' | 'hour') => (bucket === 'hour' ? hour : day).format(new Date(ms)),
    languageName,
    /** The same, standing on its own (a badge, an option): "Tailandés", not "tailandés". */
    languageLabel: (tag: string) => {
      const name = languageName(tag);
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    },
    /** "a, b and c" with this language's separators and conjunction. */
    list: (items: readonly string[]) => and.format(items),
  };
}

export type Format = ReturnType<typeof createFormat>;
