import { describe, expect, it } from 'vitest';
import { createRouter, hrefOf, inviteTokenOf, locationOf, ROUTES, SETTINGS_ROUTES } from './router.svelte.js';

describe('router', () => {
  it('names a screen for each route and the overview for anything else', () => {
    for (const [route, { hash }] of Object.entries(ROUTES)) expect(locationOf(hash).route).toBe(route);
    expect(locationOf('').route).toBe('overview');
    expect(locationOf('#/nowhere')).toEqual({ route: 'overview', path: [], query: {} });
    expect(locationOf('#/settings/nowhere').route).toBe('overview');
  });

  it('reads the token of an invite link, and nothing else as one', () => {
    expect(inviteTokenOf('#invite=Ab3_x-Y')).toBe('Ab3_x-Y');
    expect(inviteTokenOf('#/settings/team')).toBeNull();
    expect(inviteTokenOf('#invite=')).toBeNull();
    expect(inviteTokenOf('#/invite=abc')).toBeNull();
  });

  it('opens the first settings section for #/settings', () => {
    expect(locationOf('#/settings').route).toBe(SETTINGS_ROUTES[0]);
    expect(locationOf('#/settings/').route).toBe(SETTINGS_ROUTES[0]);
  });

  it('hands the rest of the path and the query to the screen, and builds them back', () => {
    const location = locationOf('#/settings/surveys/65f0c0ffee/texts?lang=th&step=score');
    expect(location).toEqual({
      route: 'surveys',
      path: ['65f0c0ffee', 'texts'],
      query: { lang: 'th', step: 'score' },
    });
    expect(hrefOf('surveys', location.path, location.query)).toBe(
      '#/settings/surveys/65f0c0ffee/texts?lang=th&step=score',
    );
    expect(locationOf(hrefOf('responses', ['a b/c']))).toMatchObject({ route: 'responses', path: ['a b/c'] });
    expect(hrefOf('overview')).toBe('#/');
  });

  it('follows the address bar', () => {
    const source = Object.assign(new EventTarget(), { location: { hash: '#/queue' } });
    const router = createRouter(source);
    expect(router.location.route).toBe('queue');
    source.location.hash = '#/settings/team';
    source.dispatchEvent(new Event('hashchange'));
    expect(router.location.route).toBe('team');
  });
});
