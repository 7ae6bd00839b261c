import type { FollowUpChange } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { createFormat } from '../../lib/i18n/format.js';
import { compile } from '../../lib/i18n/messages.js';
import shellEn from '../../messages/en.js';
import { actorName, describeChange, type HistoryWords } from './history.js';
import queueEn from './messages/en.js';

const words = (language: string): HistoryWords => ({
  history: compile<typeof queueEn>(queueEn, language).history,
  shell: compile<typeof shellEn>(shellEn, language),
  format: createFormat(language),
});
const en = words('en');

describe('a follow-up history in words', () => {
  it('tells each kind of change', () => {
    const told = (change: FollowUpChange) => describeChange(change, en);
    expect(told({ type: 'opened', priority: 'urgent' })).toBe('Opened with priority Urgent');
    expect(told({ type: 'status', from: 'open', to: 'in_progress' })).toBe(
      'Status changed from Open to In progress',
    );
    expect(told({ type: 'assignee', from: null, to: 'ana@x.test' })).toBe('Assigned to ana@x.test');
    expect(told({ type: 'assignee', from: 'ana@x.test', to: null })).toBe('Unassigned ana@x.test');
    expect(told({ type: 'assignee', from: 'a@x.test', to: 'b@x.test' })).toBe(
      'Reassigned from a@x.test to b@x.test',
    );
    expect(told({ type: 'note', noteId: 'n1' })).toBe('Added a note');
  });

  it('says only what a correction changed', () => {
    const was = { themes: ['billing' as const], churnRisk: true, priority: 'urgent' as const };
    expect(
      describeChange(
        {
          type: 'classification',
          from: was,
          to: { themes: ['support', 'reliability'], churnRisk: false, priority: 'high' },
        },
        en,
      ),
    ).toBe(
      'Corrected the classification: themes from Billing to Support and Reliability, churn risk removed, and priority from Urgent to High',
    );
    expect(describeChange({ type: 'classification', from: was, to: { ...was, themes: [] } }, en)).toBe(
      'Corrected the classification: themes from Billing to none',
    );
  });

  it('names the system and API keys, and members by their e-mail', () => {
    expect(actorName('system', en)).toBe('Pulse');
    expect(actorName('api', en)).toBe('API key');
    expect(actorName('ana@x.test', en)).toBe('ana@x.test');
  });
});
