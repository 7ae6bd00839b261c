import type { FollowUp } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { correctionPatch } from './correction.js';
import { evidenceOf } from './evidence.js';

const followUp = (patch: Partial<Pick<FollowUp, 'themes' | 'churnRisk'>> = {}) =>
  ({
    themes: ['billing', 'support'],
    churnRisk: true,
    history: [] as FollowUp['history'],
    response: {
      classification: {
        category: 'detractor',
        priority: 'urgent',
        churnRisk: true,
        themes: ['billing', 'support'],
        language: 'en',
        evidence: {
          churn: ['cancel', 'my account'],
          themes: { support: ['no reply'], billing: ['charged twice'] },
        },
      },
    },
    ...patch,
  }) as Pick<FollowUp, 'themes' | 'churnRisk' | 'response' | 'history'>;

describe('evidenceOf', () => {
  it('explains churn first, then each theme in the usual order, in the comment’s words', () => {
    expect(evidenceOf(followUp())).toEqual([
      { flag: 'churn', words: ['cancel', 'my account'] },
      { flag: 'billing', words: ['charged twice'] },
      { flag: 'support', words: ['no reply'] },
    ]);
  });

  it('explains only the flags the follow-up still carries', () => {
    expect(evidenceOf(followUp({ themes: ['support', 'price'], churnRisk: false }))).toEqual([
      { flag: 'support', words: ['no reply'] },
    ]);
  });

  it('says who added a flag the classifier did not raise, from the last correction that turned it on', () => {
    const correction = (actor: string, from: FollowUp['themes'], to: FollowUp['themes'], churn = true) => ({
      at: '2026-12-03T09:00:00.000Z',
      actor,
      change: {
        type: 'classification' as const,
        from: { themes: from, churnRisk: churn, priority: 'urgent' as const },
        to: { themes: to, churnRisk: churn, priority: 'urgent' as const },
      },
    });
    const item = {
      ...followUp({ themes: ['price', 'billing', 'support'] }),
      history: [
        correction('ana@acme.example', ['billing', 'support'], ['price', 'billing', 'support']),
        correction('bo@acme.example', ['price', 'billing', 'support'], ['billing', 'support']),
        correction('cy@acme.example', ['billing', 'support'], ['price', 'billing', 'support']),
      ],
    };
    expect(evidenceOf(item)).toEqual([
      { flag: 'churn', words: ['cancel', 'my account'] },
      { flag: 'price', addedBy: 'cy@acme.example' },
      { flag: 'billing', words: ['charged twice'] },
      { flag: 'support', words: ['no reply'] },
    ]);
  });

  it('has nothing to say for an answer classified before evidence existed', () => {
    const old = followUp();
    const { evidence: _, ...classification } = old.response.classification!;
    expect(evidenceOf({ ...old, response: { ...old.response, classification } })).toEqual([]);
    expect(evidenceOf({ ...old, response: { ...old.response, classification: null } })).toEqual([]);
  });
});

describe('correctionPatch', () => {
  const item = { themes: ['billing', 'support'] as FollowUp['themes'], churnRisk: true };

  it('sends only what differs, themes in the usual order', () => {
    expect(correctionPatch(item, { themes: ['reliability', 'billing'], churnRisk: true })).toEqual({
      themes: ['billing', 'reliability'],
    });
    expect(correctionPatch(item, { themes: ['support', 'billing'], churnRisk: false })).toEqual({
      churnRisk: false,
    });
    expect(correctionPatch(item, { themes: [], churnRisk: false })).toEqual({ themes: [], churnRisk: false });
  });

  it('sends nothing when nothing changed', () => {
    expect(correctionPatch(item, { themes: ['support', 'billing'], churnRisk: true })).toBeNull();
  });
});
