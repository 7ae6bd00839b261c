import { describe, expect, it } from 'vitest';
import { listQueryOf, queryOf, sameList, viewOf, windowOf } from './explorer-query.js';

const SURVEY = '0123456789abcdef01234567';

describe('the explorer’s view in the address', () => {
  it('reads every filter back from the query it wrote', () => {
    const view = viewOf({
      survey: SURVEY,
      period: '7d',
      category: 'detractor',
      locale: 'pt-BR',
      trait: 'plan=pro',
      theme: 'billing',
      churnRisk: 'true',
      hasComment: 'false',
      q: ' refund ',
      answer: 'a'.repeat(24),
    });
    expect(view).toEqual({
      survey: SURVEY,
      period: '7d',
      category: 'detractor',
      locale: 'pt-BR',
      trait: 'plan=pro',
      theme: 'billing',
      churnRisk: 'true',
      hasComment: 'false',
      q: 'refund',
      answer: 'a'.repeat(24),
    });
    expect(viewOf(queryOf(view))).toEqual(view);
  });

  it('leaves out what is not a valid value, rather than sending it to be refused', () => {
    expect(
      viewOf({
        survey: 'x',
        period: 'year',
        category: 'fan',
        trait: 'nokey',
        theme: 'weather',
        churnRisk: 'maybe',
        q: '  ',
      }),
    ).toEqual({ period: 'all' });
    expect(viewOf({ period: 'custom', from: '2026-02-10', to: '2026-02-01' })).toEqual({ period: 'all' });
  });

  it('writes only what differs from the defaults', () => {
    expect(queryOf({ period: 'all' })).toEqual({});
    expect(queryOf({ period: '30d', q: 'slow' })).toEqual({ period: '30d', q: 'slow' });
  });

  it('lists the same answers whichever answer is open', () => {
    expect(sameList({ period: 'all', q: 'x', answer: 'a'.repeat(24) }, { period: 'all', q: 'x' })).toBe(true);
    expect(sameList({ period: 'all', q: 'x' }, { period: 'all', q: 'y' })).toBe(false);
  });
});

describe('the period’s window', () => {
  const now = new Date('2026-03-10T15:42:00.000Z');

  it('counts whole UTC days and hours as the overview does, the last one still filling', () => {
    expect(windowOf({ period: '7d' }, now)).toEqual({ from: '2026-03-04T00:00:00.000Z' });
    expect(windowOf({ period: '24h' }, now)).toEqual({ from: '2026-03-09T16:00:00.000Z' });
    expect(windowOf({ period: 'all' }, now)).toEqual({});
  });

  it('includes a custom range’s last day', () => {
    expect(windowOf({ period: 'custom', from: '2026-03-01', to: '2026-03-02' }, now)).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-03T00:00:00.000Z',
    });
  });

  it('asks the list and the export for the same filters, yes/no as booleans', () => {
    expect(
      listQueryOf({ period: '7d', churnRisk: 'false', hasComment: 'true', q: 'slow' }, { from: 'F' }),
    ).toEqual({
      from: 'F',
      churnRisk: false,
      hasComment: true,
      q: 'slow',
    });
  });
});
