import { describe, expect, it } from 'vitest';
import { originErrors, originsToSend } from './origins.js';

describe('allowed origins being edited', () => {
  it('sends the filled entries, trimmed, remembering where each was', () => {
    expect(originsToSend([' https://a.example ', '', 'https://b.example', '  '])).toEqual({
      origins: ['https://a.example', 'https://b.example'],
      from: [0, 2],
    });
  });

  it('puts each refused entry back where it was in the draft', () => {
    const details = { issues: [{ path: ['origins', 1], message: 'must be an origin' }] };
    expect(originErrors(details, [0, 2])).toEqual({ entries: new Set([2]), list: false });
  });

  it('says when the list as a whole was refused', () => {
    const tooMany = { issues: [{ path: ['origins'], message: 'Too big' }] };
    expect(originErrors(tooMany, [0])).toEqual({ entries: new Set(), list: true });
    expect(originErrors(undefined, [0]).list).toBe(true);
  });
});
