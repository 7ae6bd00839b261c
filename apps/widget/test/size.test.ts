import { describe, expect, it } from 'vitest';
import { BUDGETS, measureWidget, REGRESSION_CEILING } from '../scripts/measure.js';

describe('widget size (gzip -9 of dist/)', () => {
  const sizes = measureWidget();

  it(`keeps the loader within its ${BUDGETS.loader}-byte budget`, () => {
    expect(sizes.loader).toBeLessThanOrEqual(BUDGETS.loader);
  });

  it(`keeps loader + UI + one language under the ${REGRESSION_CEILING.loaderPlusUi}-byte regression ceiling`, () => {
    expect(sizes.loaderPlusUi).toBeLessThanOrEqual(REGRESSION_CEILING.loaderPlusUi);
  });
});
