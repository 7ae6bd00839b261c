/**
 * No text a person reads is written into markup: every word comes from a message table, so
 * every language gets it. Checks each component's template (not its <script> or <style>):
 * text between tags, the attributes a person sees or hears (title, aria-label, placeholder…),
 * and strings an expression there puts on screen (`{busy ? 'Saving' : label}`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);
const VISIBLE = new Set([
  'title',
  'alt',
  'label',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
]);
/** A word in any script; digits, punctuation and symbols (·, —, ☀) may be written as they are. */
const WORDS = /\p{L}/u;

type Node = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The strings an expression can evaluate to and show: literals, and the branches of ?:, ?? and ||. */
function shownStrings(expression: Node): string[] {
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string' ? [expression.value] : [];
    case 'TemplateLiteral':
      return (expression.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked);
    case 'ConditionalExpression':
      return [...shownStrings(expression.consequent as Node), ...shownStrings(expression.alternate as Node)];
    case 'LogicalExpression':
      return [...shownStrings(expression.left as Node), ...shownStrings(expression.right as Node)];
    case 'TSAsExpression':
      return shownStrings(expression.expression as Node);
    default:
      return [];
  }
}

/** Words written into a component's template, each with where it is. */
function hardCodedText(source: string): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    if (WORDS.test(text)) found.push(`${where}: ${JSON.stringify(text.trim())}`);
  };
  const checkValue = (value: unknown, where: string) => {
    for (const part of Array.isArray(value) ? value : [value]) {
      if (!isNode(part)) continue;
      if (part.type === 'Text') check(part.data as string, where);
      if (part.type === 'ExpressionTag')
        for (const s of shownStrings(part.expression as Node)) check(s, where);
    }
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (!isNode(value)) {
      if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
    } else if (value.type === 'Text') check(value.data as string, 'text');
    else if (value.type === 'ExpressionTag') checkValue(value, 'text');
    else if (value.type === 'Attribute') {
      if (VISIBLE.has(value.name as string)) checkValue(value.value, `${String(value.name)}=`);
    } else if (value.type !== 'Comment') Object.values(value).forEach(visit);
  };
  visit(parse(source, { modern: true }).fragment);
  return found;
}

const components = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.svelte'));

describe('markup', () => {
  it('finds the words a check must catch, and lets symbols and messages through', () => {
    expect(hardCodedText('<p title="Hint">Hello <b>{name}</b></p>')).toEqual([
      'title=: "Hint"',
      'text: "Hello"',
    ]);
    expect(
      hardCodedText('<button aria-label={busy ? "Saving" : t.save}>{open ? t.close : "Open"}</button>'),
    ).toEqual(['aria-label=: "Saving"', 'text: "Open"']);
    expect(
      hardCodedText('<span class="x" data-testid="due">{t.due} · {n}% — ☀</span><!-- a note -->'),
    ).toEqual([]);
  });

  it.each(components)('%s shows only words from message tables', (file) => {
    expect(hardCodedText(readFileSync(new URL(file, src), 'utf8'))).toEqual([]);
  });
});
