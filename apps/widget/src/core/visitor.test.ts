import { describe, expect, it } from 'vitest';
import { memoryStore } from './memory-store.js';
import { cleanTraits, identifyVisitor, recordPageView } from './visitor.js';

describe('visitor state', () => {
  it('remembers first sight and the sample draw, and counts page views', () => {
    const store = memoryStore();
    const first = recordPageView(store, 'pk', 1000, () => 0.42);
    const second = recordPageView(store, 'pk', 5000, () => 0.99);
    expect(first).toEqual({ firstSeenAt: 1000, pageViews: 1, sample: 0.42 });
    expect(second).toEqual({ firstSeenAt: 1000, pageViews: 2, sample: 0.42 });
  });

  it('starts a new respondent with a clean throttle history, but keeps it for the same one', () => {
    const base = {
      firstSeenAt: 0,
      pageViews: 3,
      sample: 0.1,
      respondentId: 'u1',
      answeredAt: 5,
      dismissedAt: 6,
    };
    expect(identifyVisitor(base, 'u1', {})).toMatchObject({ answeredAt: 5, dismissedAt: 6 });
    const other = identifyVisitor(base, 'u2', {});
    expect(other.answeredAt).toBeUndefined();
    expect(other.dismissedAt).toBeUndefined();
  });

  it('keeps only traits the API accepts', () => {
    expect(
      cleanTraits({
        plan: 'pro',
        seats: 4,
        admin: true,
        gone: null,
        'a.b': 1,
        $x: 1,
        obj: { a: 1 },
        nan: Number.NaN,
      }),
    ).toEqual({ plan: 'pro', seats: 4, admin: true, gone: null });
  });
});
