import type { Survey } from '@pulse/shared/contracts';
import { describe, expect, it } from 'vitest';
import {
  addLanguage,
  completenessOf,
  draftOf,
  newDraft,
  previewConfig,
  problemsOf,
  removeLanguage,
  toCreate,
  toPatch,
} from './draft.js';
import { builtInText } from './widget-texts.js';

const saved: Survey = {
  id: '64b7f0c2a1b2c3d4e5f60718',
  projectId: '64b7f0c2a1b2c3d4e5f60719',
  name: 'Arabic NPS',
  status: 'active',
  defaultLocale: 'ar',
  texts: { ar: { question: 'ما مدى احتمال أن توصي بنا؟', followUp: { detractor: 'ما الذي أزعجك؟' } } },
  throttle: {
    minDaysBetweenAsks: 30,
    minDaysAfterDismiss: 60,
    sampleRate: 0.5,
    delayAfterFirstSeenSeconds: 0,
    minPageViews: 2,
    urlInclude: ['/app/*'],
    urlExclude: [],
  },
  appearance: { brandColor: '#0f766e', position: 'bottom-left' },
  thankYouLinks: { promoter: 'https://example.com/review' },
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

describe('a draft and back', () => {
  it('saves exactly what was loaded: no blank text, no empty link, every setting kept', () => {
    const create = toCreate(draftOf(saved));
    expect(create).toEqual({
      name: 'Arabic NPS',
      status: 'active',
      defaultLocale: 'ar',
      texts: saved.texts,
      throttle: saved.throttle,
      appearance: saved.appearance,
      thankYouLinks: saved.thankYouLinks,
    });
  });

  it('patches every field at the version it was read, leaving the status to publish and pause', () => {
    const patch = toPatch(draftOf(saved), saved.version);
    expect(patch.version).toBe(4);
    expect(patch).not.toHaveProperty('status');
    expect(patch.texts).toEqual(saved.texts);
  });

  it('trims texts and leaves out the blank ones, which the widget fills in itself', () => {
    const draft = newDraft('th');
    draft.name = '  Thai NPS ';
    draft.texts.th!.question = '  คุณจะแนะนำเราไหม  ';
    draft.texts.th!['thankYou.passive'] = '   ';
    const create = toCreate(draft);
    expect(create.name).toBe('Thai NPS');
    expect(create.texts).toEqual({ th: { question: 'คุณจะแนะนำเราไหม' } });
    expect(create.status, 'a new survey waits to be published').toBe('paused');
    expect(previewConfig(draft).texts).toEqual(create.texts);
  });
});

describe('languages', () => {
  it('adds a blank language once, and removing the default moves it to the first one left', () => {
    let draft = addLanguage(draftOf(saved), 'th');
    expect(addLanguage(draft, 'th')).toBe(draft);
    expect(draft.languages).toEqual(['ar', 'th']);
    expect(completenessOf(draft.texts.th!).state).toBe('missing');
    draft = removeLanguage(draft, 'ar');
    expect(draft.languages).toEqual(['th']);
    expect(draft.defaultLocale).toBe('th');
    expect(draft.texts).not.toHaveProperty('ar');
  });

  it('keeps the last language', () => {
    const only = newDraft('en');
    expect(removeLanguage(only, 'en')).toBe(only);
  });

  it('marks a language complete, on built-in texts, or missing its question', () => {
    const draft = draftOf(saved);
    expect(completenessOf(draft.texts.ar!)).toMatchObject({ state: 'builtIn' });
    expect(completenessOf(draft.texts.ar!).blank).toHaveLength(9);
    const full = Object.fromEntries(
      Object.keys(draft.texts.ar!).map((k) => [k, 'x']),
    ) as typeof draft.texts.ar;
    expect(completenessOf(full!)).toEqual({ state: 'complete', blank: [] });
    expect(completenessOf(newDraft('ar').texts.ar!).state).toBe('missing');
  });
});

describe('problems before a save', () => {
  it('names each: the name, a question per language, the colour and a link', () => {
    const draft = addLanguage(newDraft('en'), 'ar');
    draft.appearance.brandColor = 'teal';
    draft.thankYouLinks.detractor = 'javascript:alert(1)';
    draft.thankYouLinks.promoter = 'https://example.com';
    expect(problemsOf(draft)).toEqual([
      { code: 'name' },
      { code: 'question', language: 'en' },
      { code: 'question', language: 'ar' },
      { code: 'colour' },
      { code: 'link', category: 'detractor' },
    ]);
  });
});

describe('built-in texts', () => {
  it('come from the widget’s own tables, per language, English for one it lacks', () => {
    expect(builtInText('ar', 'question')).toBe('ما مدى احتمال أن توصي بنا لصديق أو زميل؟');
    expect(builtInText('th', 'followUp.detractor')).toBe('เราควรปรับปรุงเรื่องใดบ้าง');
    expect(builtInText('ja', 'submit')).toBe('Send');
  });
});
