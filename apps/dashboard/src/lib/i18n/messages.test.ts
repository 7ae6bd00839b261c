import { describe, expect, it } from 'vitest';
import { compile, isPlural, placeholdersOf } from './messages.js';

const table = {
  title: 'Follow-up queue',
  due: 'Due {when}',
  interval: '{low} to {high} · {answers}',
  answers: { one: '{count} answer', other: '{count} answers' },
  group: { closed: { resolved: 'Resolved {when}' } },
} as const;

describe('compile', () => {
  const en = compile<typeof table>(table, 'en');

  it('keeps a message without placeholders a string, and fills in the others', () => {
    expect(en.title).toBe('Follow-up queue');
    expect(en.due({ when: 'in 3 hours' })).toBe('Due in 3 hours');
    expect(en.interval({ low: '+12', high: '+30', answers: '40 answers' })).toBe('+12 to +30 · 40 answers');
    expect(en.group.closed.resolved({ when: 'now' })).toBe('Resolved now');
  });

  it('formats numbers in the language and picks the plural form of the count', () => {
    expect(en.answers({ count: 1 })).toBe('1 answer');
    expect(en.answers({ count: 12_345 })).toBe('12,345 answers');
    const ru = compile<typeof table>(
      {
        ...table,
        answers: {
          one: '{count} ответ',
          few: '{count} ответа',
          many: '{count} ответов',
          other: '{count} ответа',
        },
      },
      'ru',
    );
    expect([1, 3, 5, 21, 1.5, 12_345].map((count) => ru.answers({ count }))).toEqual([
      '1 ответ',
      '3 ответа',
      '5 ответов',
      '21 ответ',
      '1,5 ответа',
      `${new Intl.NumberFormat('ru').format(12_345)} ответов`, // grouped with a no-break space
    ]);
  });

  it('uses a form that says its number in words, and "other" for a form the table lacks', () => {
    const ar = compile<{ answers: { one: string; two: string; other: string } }>(
      { answers: { one: 'إجابة واحدة', two: 'إجابتان', other: '{count} إجابة' } },
      'ar',
    );
    expect(ar.answers({ count: 1 })).toBe('إجابة واحدة');
    expect(ar.answers({ count: 2 })).toBe('إجابتان');
    // Arabic's "few" (3–10) is missing from this table: "other" stands in.
    expect(ar.answers({ count: 7 })).toBe(`${new Intl.NumberFormat('ar').format(7)} إجابة`);
  });

  it('leaves a placeholder it was not given visible, so a missing argument shows', () => {
    const loose = compile<{ due: string }>({ due: 'Due {when}' }, 'en') as unknown as {
      due: (args: object) => string;
    };
    expect(loose.due({})).toBe('Due {when}');
  });
});

describe('message shapes', () => {
  it('tells a plural from a group of messages', () => {
    expect(isPlural({ one: 'a', other: 'b' })).toBe(true);
    expect(isPlural({ other: 'b' })).toBe(true);
    expect(isPlural({ title: 'a', other: 'b' })).toBe(false);
    expect(isPlural({ one: 'a' })).toBe(false);
    expect(isPlural('other')).toBe(false);
  });

  it('lists the placeholders of a message', () => {
    expect(placeholdersOf('{now} now and {before} before; needs {min}')).toEqual(['now', 'before', 'min']);
    expect(placeholdersOf('No comment')).toEqual([]);
  });
});
