import { describe, expect, it } from 'vitest';
import { pathAllowed, pathMatches } from './url-pattern.js';

describe('pathMatches', () => {
  it('treats * as any run of characters and the rest literally', () => {
    expect(pathMatches('/app/*', '/app/settings/team')).toBe(true);
    expect(pathMatches('/app/*', '/app')).toBe(false);
    expect(pathMatches('/docs/*.html', '/docs/a.html')).toBe(true);
    expect(pathMatches('/docs/*.html', '/docs/axhtml')).toBe(false);
    expect(pathMatches('/a+b(c)', '/a+b(c)')).toBe(true);
    expect(pathMatches('*', '/anything')).toBe(true);
  });
});

describe('pathAllowed', () => {
  it('allows everywhere when include is empty, and exclude wins over include', () => {
    expect(pathAllowed('/x', [], [])).toBe(true);
    expect(pathAllowed('/x', ['/x'], ['/x'])).toBe(false);
    expect(pathAllowed('/y', ['/x'], [])).toBe(false);
  });
});
