import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installSnippet } from '@pulse/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpError } from '../../errors.js';
import { createSnippetService } from './snippet.js';
import { integrityReader } from './widget-build.js';

const widget = mkdtempSync(join(tmpdir(), 'pulse-widget-'));
mkdirSync(join(widget, 'dist'));
afterAll(() => rmSync(widget, { recursive: true, force: true }));

const sha384 = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

describe('integrityReader', () => {
  it('is the SHA-384 of the built file, and follows a rebuild', () => {
    const read = integrityReader('pulse.js', widget);
    expect(read(), 'before a build').toBeUndefined();
    writeFileSync(join(widget, 'dist', 'pulse.js'), 'console.log(1)');
    expect(read()).toBe(sha384('console.log(1)'));
    writeFileSync(join(widget, 'dist', 'pulse.js'), 'console.log(22)');
    // A rebuild within the same millisecond still differs in size; set the time apart anyway.
    utimesSync(join(widget, 'dist', 'pulse.js'), new Date(), new Date(Date.now() + 5_000));
    expect(read()).toBe(sha384('console.log(22)'));
  });
});

describe('the snippet service', () => {
  it("gives the README's snippet for this API's public URL, the served loader's hash and the public key", () => {
    const integrity = sha384('loader');
    const snippets = createSnippetService(() => integrity);
    const answer = snippets.snippetFor('pk_test', 'https://pulse.acme.example/');
    expect(answer).toEqual({
      publicKey: 'pk_test',
      scriptUrl: 'https://pulse.acme.example/widget/v1/pulse.js',
      integrity,
      snippet: installSnippet({
        scriptUrl: 'https://pulse.acme.example/widget/v1/pulse.js',
        integrity,
        publicKey: 'pk_test',
      }),
    });
    expect(answer.snippet).toBe(
      [
        '<script async src="https://pulse.acme.example/widget/v1/pulse.js"',
        `        integrity="${integrity}" crossorigin="anonymous"`,
        '        data-project="pk_test"></script>',
      ].join('\n'),
    );
    // An API under a path keeps it.
    expect(snippets.snippetFor('pk_test', 'https://acme.example/pulse').scriptUrl).toBe(
      'https://acme.example/pulse/widget/v1/pulse.js',
    );
  });

  it('answers 503 widget_not_built before the widget is built', () => {
    const snippets = createSnippetService(() => undefined);
    const refusal = (() => {
      try {
        snippets.snippetFor('pk_test', 'https://pulse.acme.example');
      } catch (err) {
        return err;
      }
    })();
    expect(refusal).toBeInstanceOf(HttpError);
    expect(refusal).toMatchObject({ status: 503, code: 'widget_not_built' });
  });
});
