import type { Survey } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import { startingSurvey } from './survey-choice.js';

const survey = (id: string, createdAt: string, status: Survey['status']) =>
  ({ id, createdAt, status }) as Survey;
// As the API lists them: newest first.
const surveys = [
  survey('draft', '2026-12-02T10:00:00.000Z', 'paused'),
  survey('live', '2026-11-01T10:00:00.000Z', 'active'),
  survey('old', '2026-10-01T10:00:00.000Z', 'paused'),
];

describe('the survey a screen starts on', () => {
  it('is the first preferred one that exists', () => {
    expect(startingSurvey(surveys, 'gone', 'draft')).toBe('draft');
  });
  it('is otherwise the oldest live survey, not the newest draft', () => {
    expect(startingSurvey(surveys, null, undefined)).toBe('live');
  });
  it('is the oldest when none is live', () => {
    expect(startingSurvey(surveys.filter((s) => s.id !== 'live'))).toBe('old');
  });
});
