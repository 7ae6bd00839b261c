/**
 * Message tables as plain data, and what a component calls. A message is a string whose
 * `{name}` placeholders are filled in, or a plural: one string per plural category of the
 * language (Intl.PluralRules picks it from `count`). No message syntax to parse at run
 * time, so no formatting library in the bundle; Intl does the language rules.
 */

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A plural message: `other` always, and every other category the language has. */
export type Plural = { readonly other: string } & { readonly [C in PluralCategory]?: string };

/** A screen's messages: strings and plurals, grouped by what they label. */
export interface Table {
  readonly [key: string]: string | Plural | Table;
}

/** A translation has exactly the keys of the English table; each message in its own words. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Translation<T[K]>;
};

/** The placeholder names of a message: `'{low} to {high}'` → `'low' | 'high'`. */
type Params<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Params<Rest> : never;
type Args<P extends string> = { readonly [K in P]: string | number };

/**
 * What a component reads: a string, or a function of the placeholders (a number is
 * formatted in the language, so pass counts as numbers and pre-formatted text as strings).
 */
export type Compiled<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? [Params<T[K]>] extends [never]
      ? string
      : (args: Args<Params<T[K]>>) => string
    : T[K] extends Plural
      ? (args: Args<Params<T[K][keyof T[K]]>> & { readonly count: number }) => string
      : Compiled<T[K]>;
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a message uses, for the tables' tests. */
export const placeholdersOf = (message: string): string[] =>
  [...message.matchAll(PLACEHOLDER)].map((m) => m[1]!);

export function isPlural(value: unknown): value is Plural {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Plural).other === 'string' &&
    Object.keys(value).every((k) => (PLURAL_CATEGORIES as readonly string[]).includes(k))
  );
}

type Fill = (args: Readonly<Record<string, string | number>>) => string;

function filler(message: string, number: Intl.NumberFormat): Fill {
  return (args) =>
    message.replace(PLACEHOLDER, (whole, name: string) => {
      const value = args[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
}

/** Turns a table into what components call, for one language. */
export function compile<T>(table: Translation<T>, language: string): Compiled<T> {
  const number = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);
  const walk = (node: Table): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (typeof value === 'string')
          return [key, placeholdersOf(value).length > 0 ? filler(value, number) : value];
        if (isPlural(value)) {
          const forms = Object.fromEntries(
            Object.entries(value).map(([category, form]) => [category, filler(form as string, number)]),
          );
          const pick: Fill = (args) => {
            const category = plurals.select(Number(args.count)) as PluralCategory;
            return (forms[category] ?? forms.other!)(args);
          };
          return [key, pick];
        }
        return [key, walk(value as Table)];
      }),
    );
  return walk(table as Table) as Compiled<T>;
}
