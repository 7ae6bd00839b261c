import { describe, expect, it } from 'vitest';
import { createRouter, ROUTES, routeOf } from './router.svelte.js';

describe('router', () => {
  it('names a screen for each route and the overview for anything else', () => {
    for (const [route, hash] of Object.entries(ROUTES)) expect(routeOf(hash)).toBe(route);
    expect(routeOf('')).toBe('overview');
    expect(routeOf('#/nowhere')).toBe('overview');
  });

  it('follows the address bar', () => {
    const source = Object.assign(new EventTarget(), { location: { hash: '#/queue' } });
    const router = createRouter(source);
    expect(router.route).toBe('queue');
    source.location.hash = '#/';
    source.dispatchEvent(new Event('hashchange'));
    expect(router.route).toBe('overview');
  });
});
