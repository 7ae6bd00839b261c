import { readFileSync } from 'node:fs';
import { installSnippet } from '@pulse/shared';
import { describe, expect, it } from 'vitest';
import { integrityOf } from '../scripts/integrity.js';
import { BUDGETS, measureWidget } from '../scripts/measure.js';

describe('widget size (gzip -9 of dist/)', () => {
  const sizes = measureWidget();

  it(`keeps the loader within its ${BUDGETS.loader}-byte budget`, () => {
    expect(sizes.loader).toBeLessThanOrEqual(BUDGETS.loader);
  });

  it(`keeps loader + UI + the largest language file within the ${BUDGETS.loaderPlusUi}-byte budget`, () => {
    expect(sizes.loaderPlusUi).toBeLessThanOrEqual(BUDGETS.loaderPlusUi);
  });
});

describe('what host pages load', () => {
  // The preview frame validates its messages with zod; nothing a host page runs may.
  it.each(['pulse.js', 'pulse-ui.js', 'locale-ar.js'])('%s carries no schema library', (file) => {
    expect(readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8')).not.toContain('ZodError');
  });

  it('preview.js does, which is why no host page loads it', () => {
    expect(readFileSync(new URL('../dist/preview.js', import.meta.url), 'utf8')).toContain('ZodError');
  });
});

describe('install snippets', () => {
  // The build is deterministic, so a snippet whose hash differs from this build's would
  // make every browser refuse the script: the READMEs must move with the widget.
  it.each(['../../../README.md', '../README.md'])(
    '%s carries the snippet the API gives, with the SRI hash of this build of pulse.js',
    (readme) => {
      const text = readFileSync(new URL(readme, import.meta.url), 'utf8');
      expect(text).toContain(
        installSnippet({
          scriptUrl: 'https://YOUR-PULSE-HOST/widget/v1/pulse.js',
          integrity: integrityOf('pulse.js'),
          publicKey: 'pk_…',
        }),
      );
    },
  );
});
