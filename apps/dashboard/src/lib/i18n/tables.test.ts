/**
 * Every message table of the app, English and its nine translations: the same keys, every
 * message written, the same placeholders, and each plural with exactly the forms its
 * language has (Intl.PluralRules: Arabic six, Russian and Lithuanian four, Thai one…).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Messages } from './i18n.svelte.js';
import { LANGUAGES, SOURCE_LANGUAGE } from './languages.js';
import { isPlural, PLURAL_CATEGORIES, type Plural, placeholdersOf, type Table } from './messages.js';

const tables = import.meta.glob<Table>(
  ['../../messages/*.ts', '../../screens/**/messages/*.ts', '!**/index.ts'],
  {
    eager: true,
    import: 'default',
  },
);
const indexes = import.meta.glob<Messages<unknown>>(
  ['../../messages/index.ts', '../../screens/**/messages/index.ts'],
  {
    eager: true,
    import: 'default',
  },
);

/** folder → language → table */
const byFolder = new Map<string, Map<string, Table>>();
for (const [path, table] of Object.entries(tables)) {
  const [, folder, language] = /^(.*)\/([a-z]{2})\.ts$/.exec(path)!;
  if (!byFolder.has(folder!)) byFolder.set(folder!, new Map());
  byFolder.get(folder!)!.set(language!, table);
}
const folders = [...byFolder.keys()].sort();

type Leaf = { path: string; value: string | Plural };
function leaves(table: Table, prefix = ''): Leaf[] {
  return Object.entries(table).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || isPlural(value)) return [{ path, value }];
    return leaves(value as Table, path);
  });
}
const texts = (value: string | Plural) => (typeof value === 'string' ? [value] : Object.values(value));
const placeholders = (value: string | Plural) => new Set(texts(value).flatMap(placeholdersOf));

describe('message tables', () => {
  it('are found: the shell, sign-in, overview, queue and every settings screen', () => {
    expect(folders.length).toBeGreaterThanOrEqual(10);
    expect(folders).toEqual(expect.arrayContaining(['../../messages', '../../screens/queue/messages']));
  });

  it.each(folders)('%s has one table per language and an index naming them all', (folder) => {
    const files = readdirSync(fileURLToPath(new URL(`${folder}/`, import.meta.url))).sort();
    expect(files).toEqual([...LANGUAGES.map((l) => `${l}.ts`), 'index.ts'].sort());
    const index = indexes[`${folder}/index.ts`]!;
    expect(Object.keys(index.loaders).sort()).toEqual([...LANGUAGES].sort());
  });

  it('have one id per screen', () => {
    const ids = Object.values(indexes).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(folders)('%s: English writes every message, plurals with one and other', (folder) => {
    for (const { path, value } of leaves(byFolder.get(folder)!.get(SOURCE_LANGUAGE)!)) {
      for (const text of texts(value)) expect(text.trim(), path).not.toBe('');
      if (typeof value !== 'string') expect(Object.keys(value).sort(), path).toEqual(['one', 'other']);
    }
  });

  describe.each(LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE))('%s', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it.each(folders)('%s: the keys of English, each message written, placeholders kept', (folder) => {
      const english = leaves(byFolder.get(folder)!.get(SOURCE_LANGUAGE)!);
      const translated = leaves(byFolder.get(folder)!.get(language)!);
      expect(translated.map((l) => l.path)).toEqual(english.map((l) => l.path));
      english.forEach(({ path, value: source }, i) => {
        const { value } = translated[i]!;
        expect(typeof value, `${path} is a plural exactly when English's is`).toBe(typeof source);
        for (const text of texts(value)) {
          expect(text.trim(), `${path} is empty`).not.toBe('');
          expect(text.replace(/\{\w+\}/g, ''), `${path}: a brace that is no placeholder`).not.toMatch(/[{}]/);
        }
        const wanted = placeholders(source);
        if (typeof value === 'string') {
          expect(placeholders(value), path).toEqual(wanted);
          return;
        }
        // A form may say its number in words ("إجابة واحدة"), but never names a placeholder English lacks.
        expect(Object.keys(value).sort(), `${path}: the plural forms of ${language}`).toEqual(
          [...categories].sort(),
        );
        for (const form of Object.values(value))
          for (const name of placeholdersOf(form)) expect(wanted, `${path}: {${name}}`).toContain(name);
        expect(placeholders(value.other), `${path}: "other" says everything`).toEqual(wanted);
      });
    });
  });

  it('knows every plural category a language can have', () => {
    for (const language of LANGUAGES)
      for (const c of new Intl.PluralRules(language).resolvedOptions().pluralCategories)
        expect(PLURAL_CATEGORIES).toContain(c);
  });
});
