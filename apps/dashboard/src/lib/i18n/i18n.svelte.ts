import { createFormat, type Format } from './format.js';
import { type Language, SOURCE_LANGUAGE } from './languages.js';
import { type Compiled, compile, type Translation } from './messages.js';

/** One table's loaders, one per language: each a dynamic import, so only the chosen one is fetched. */
export type Loaders<T> = Record<Language, () => Promise<{ default: Translation<T> }>>;

/** The messages a screen (or the shell) owns, under a name unique in the app. */
export interface Messages<T> {
  readonly id: string;
  readonly loaders: Loaders<T>;
}

interface Shown {
  language: Language;
  tables: ReadonlyMap<Messages<unknown>, unknown>;
  format: Format;
}

/**
 * The language the dashboard speaks and the tables loaded for it. Tables are fetched
 * the first time a screen asks for them; switching language fetches every table
 * asked for so far and then switches all at once, so nothing shows half translated.
 */
export function createI18n(initial: Language = SOURCE_LANGUAGE) {
  let shown = $state.raw<Shown>({ language: initial, tables: new Map(), format: createFormat(initial) });
  /** Every table asked for, to fetch again in a new language. */
  const used = new Set<Messages<unknown>>();
  const compiled = new Map<string, Promise<unknown>>();
  const listeners = new Set<(language: Language) => void>();
  // The newest switch wins: a slower earlier one must not land after a later one.
  let turn = 0;

  function fetchTable(messages: Messages<unknown>, language: Language): Promise<unknown> {
    const key = `${messages.id}:${language}`;
    let table = compiled.get(key);
    if (!table) {
      table = messages.loaders[language]().then((module) => compile(module.default, language));
      // A failed fetch (offline) is tried again the next time, not remembered.
      table.catch(() => compiled.delete(key));
      compiled.set(key, table);
    }
    return table;
  }

  async function tablesFor(language: Language, wanted: Iterable<Messages<unknown>>) {
    const list = [...wanted];
    const tables = await Promise.all(list.map((m) => fetchTable(m, language)));
    return new Map(list.map((m, i) => [m, tables[i]]));
  }

  return {
    get language() {
      return shown.language;
    },
    /** Numbers, dates and names in the shown language. */
    get format() {
      return shown.format;
    },
    /** A table in the shown language; `load` it first (a screen's loader does). */
    t<T>(messages: Messages<T>): Compiled<T> {
      const table = shown.tables.get(messages as Messages<unknown>);
      if (!table) throw new Error(`Messages "${messages.id}" are shown before they were loaded.`);
      return table as Compiled<T>;
    },
    /** Fetches tables in the shown language (a screen's, before it shows). */
    async load(...wanted: Messages<unknown>[]): Promise<void> {
      for (const m of wanted) used.add(m);
      const missing = wanted.filter((m) => !shown.tables.has(m));
      if (missing.length === 0) return;
      const { language } = shown;
      const tables = await tablesFor(language, missing);
      // Switched meanwhile: the switch fetched these too, as they were already in `used`.
      if (shown.language !== language) return;
      shown = { ...shown, tables: new Map([...shown.tables, ...tables]) };
    },
    /** Speaks `language` from now on, once every table in use is there in it. */
    async use(language: Language): Promise<void> {
      const mine = ++turn;
      if (language === shown.language) return;
      const tables = await tablesFor(language, used);
      // A screen may have asked for its table while these were fetched.
      for (let late = [...used].filter((m) => !tables.has(m)); late.length > 0; ) {
        for (const [m, table] of await tablesFor(language, late)) tables.set(m, table);
        late = [...used].filter((m) => !tables.has(m));
      }
      if (mine !== turn) return;
      shown = { language, tables, format: createFormat(language) };
      for (const listener of listeners) listener(language);
    },
    /** Called after every switch (the page sets `lang` and `dir` on <html>). */
    onSwitch(listener: (language: Language) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type I18n = ReturnType<typeof createI18n>;
