import { describe, expect, it } from 'vitest';
import { createI18n, type Messages } from './i18n.svelte.js';
import { LANGUAGES, type Language } from './languages.js';
import type { Translation } from './messages.js';

type Greeting = { hello: string; answers: { one: string; other: string } };

/** A table whose loaders say what was fetched and can be held back, like a slow network. */
function tableOf(id: string) {
  const fetched: Language[] = [];
  const gates = new Map<Language, () => void>();
  let holding = false;
  const loaders = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      async () => {
        fetched.push(language);
        if (holding) await new Promise<void>((open) => gates.set(language, open));
        const table: Translation<Greeting> = {
          hello: `${id} ${language}`,
          answers: { one: '{count} x', other: '{count} xs' },
        };
        return { default: table };
      },
    ]),
  ) as Messages<Greeting>['loaders'];
  return {
    messages: { id, loaders } satisfies Messages<Greeting>,
    fetched,
    hold: () => (holding = true),
    open: (language: Language) => gates.get(language)?.(),
  };
}

describe('i18n', () => {
  it('fetches a table in the shown language only, once', async () => {
    const i18n = createI18n('de');
    const shell = tableOf('shell');
    await i18n.load(shell.messages);
    await i18n.load(shell.messages);
    expect(i18n.t(shell.messages).hello).toBe('shell de');
    expect(shell.fetched).toEqual(['de']);
  });

  it('refuses to show a table nobody loaded, naming it', () => {
    expect(() => createI18n().t(tableOf('queue').messages)).toThrow(/"queue".*loaded/);
  });

  it('switches every table in use at once, after all of them arrived, and tells the page', async () => {
    const i18n = createI18n('en');
    const shell = tableOf('shell');
    const overview = tableOf('overview');
    await i18n.load(shell.messages, overview.messages);
    const switched: Language[] = [];
    i18n.onSwitch((language) => switched.push(language));
    overview.hold();
    const switching = i18n.use('ar');
    await Promise.resolve();
    // The overview's Arabic has not arrived: everything still shows English.
    expect(i18n.language).toBe('en');
    expect(i18n.t(shell.messages).hello).toBe('shell en');
    overview.open('ar');
    await switching;
    expect(i18n.language).toBe('ar');
    expect([i18n.t(shell.messages).hello, i18n.t(overview.messages).hello]).toEqual([
      'shell ar',
      'overview ar',
    ]);
    expect(i18n.format.language).toBe('ar');
    expect(switched).toEqual(['ar']);
    expect(i18n.t(shell.messages).answers({ count: 2 })).toBe(`${new Intl.NumberFormat('ar').format(2)} xs`);
  });

  it('lets the newest of two quick switches win', async () => {
    const i18n = createI18n('en');
    const shell = tableOf('shell');
    await i18n.load(shell.messages);
    shell.hold();
    const toThai = i18n.use('th');
    const toRussian = i18n.use('ru');
    shell.open('ru');
    await toRussian;
    shell.open('th');
    await toThai;
    expect(i18n.language).toBe('ru');
    expect(i18n.t(shell.messages).hello).toBe('shell ru');
  });

  it('includes a screen that asked for its table while a switch was under way', async () => {
    const i18n = createI18n('en');
    const shell = tableOf('shell');
    const queue = tableOf('queue');
    await i18n.load(shell.messages);
    shell.hold();
    const switching = i18n.use('lt');
    await i18n.load(queue.messages); // the queue opens meanwhile, in English
    expect(i18n.t(queue.messages).hello).toBe('queue en');
    shell.open('lt');
    await switching;
    expect(i18n.t(queue.messages).hello).toBe('queue lt');
  });

  it('fetches a table again after its fetch failed (offline), instead of remembering the failure', async () => {
    const i18n = createI18n('en');
    let fail = true;
    const flaky: Messages<Greeting> = {
      id: 'flaky',
      loaders: Object.fromEntries(
        LANGUAGES.map((l) => [
          l,
          async () => {
            if (fail) throw new TypeError('Failed to fetch dynamically imported module');
            return { default: { hello: 'hi', answers: { one: 'a', other: 'b' } } };
          },
        ]),
      ) as Messages<Greeting>['loaders'],
    };
    await expect(i18n.load(flaky)).rejects.toThrow(/Failed to fetch/);
    fail = false;
    await i18n.load(flaky);
    expect(i18n.t(flaky).hello).toBe('hi');
  });
});
