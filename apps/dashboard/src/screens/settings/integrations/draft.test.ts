import type { Webhook } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import {
  createBodyOf,
  draftOf,
  emptyDraft,
  filterOf,
  filterParts,
  patchOf,
  problemsOf,
  shownAddress,
} from './draft.js';

const webhook: Webhook = {
  id: 'a'.repeat(24),
  projectId: 'b'.repeat(24),
  url: 'https://hooks.example.com/pulse',
  events: ['followup.created'],
  format: 'standard',
  filter: { categories: ['detractor'], minPriority: 'high' },
  paused: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the webhook draft', () => {
  it('turns chosen conditions into the filter the API stores, in a fixed order, and none into {}', () => {
    expect(filterOf(emptyDraft())).toEqual({});
    expect(
      filterOf({
        ...emptyDraft(),
        categories: ['promoter', 'detractor'],
        churnRisk: true,
        minPriority: 'urgent',
        themes: ['support', 'price'],
      }),
    ).toEqual({
      categories: ['detractor', 'promoter'],
      churnRisk: true,
      minPriority: 'urgent',
      themes: ['price', 'support'],
    });
  });

  it('refuses before sending an address that is not http(s) and a webhook without events', () => {
    expect(problemsOf({ ...emptyDraft(), url: 'ftp://x.example', events: [] })).toEqual(['url', 'events']);
    expect(problemsOf({ ...emptyDraft(), url: 'not a url' })).toEqual(['url']);
    expect(problemsOf({ ...emptyDraft(), url: ' https://hooks.example.com/x ' })).toEqual([]);
  });

  it('creates with the trimmed address and events in the API’s order', () => {
    expect(
      createBodyOf({
        ...emptyDraft(),
        url: ' https://x.example/h ',
        events: ['followup.updated', 'response.created'],
      }),
    ).toEqual({
      url: 'https://x.example/h',
      format: 'standard',
      events: ['response.created', 'followup.updated'],
      filter: {},
    });
  });

  it('patches only what changed, the filter whole, and nothing when nothing changed', () => {
    expect(patchOf(webhook, draftOf(webhook))).toBeNull();
    expect(patchOf(webhook, { ...draftOf(webhook), churnRisk: true })).toEqual({
      filter: { categories: ['detractor'], churnRisk: true, minPriority: 'high' },
    });
    expect(
      patchOf(webhook, { ...draftOf(webhook), events: ['response.created', 'followup.created'] }),
    ).toEqual({
      events: ['response.created', 'followup.created'],
    });
    expect(patchOf(webhook, { ...draftOf(webhook), categories: [], minPriority: '' })).toEqual({
      filter: {},
    });
  });

  it('names the filter’s conditions for the card', () => {
    expect(filterParts(webhook.filter)).toEqual([
      { kind: 'categories', values: ['detractor'] },
      { kind: 'minPriority', value: 'high' },
    ]);
    expect(filterParts({})).toEqual([]);
  });

  it('shows a Slack URL by its host only, since the URL is what lets anyone post to the channel', () => {
    expect(shownAddress({ url: 'https://hooks.slack.com/services/T0/B0/secret', format: 'slack' })).toBe(
      'hooks.slack.com/…',
    );
    expect(shownAddress(webhook)).toBe(webhook.url);
  });
});
