import { startTestApi, type TestApi } from '@pulse/api/testing';
import type { Installation } from '@pulse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN } from '../src/i18n/strings.js';
import { type Browser, launchChromium, panel } from './browser.js';

let api: TestApi;
let browser: Browser;
let surveys: Record<'thai' | 'arabic' | 'english', string>;

const THAI_QUESTION = 'คุณจะแนะนำ Acme Analytics ให้เพื่อนมากน้อยแค่ไหน';
const ARABIC_QUESTION = 'ما مدى احتمال أن توصي بـ Acme Analytics لصديق؟';

/** The demo project's API key, from the seeded demo. */
function demoKey(): string {
  const key = api.server.demo?.apiKey;
  if (!key) throw new Error('the test API seeded no demo project');
  return key;
}

beforeAll(async () => {
  api = await startTestApi({ label: 'widget_demo_language', env: { SEED_DEMO: 'true' } });
  browser = await launchChromium();
  const thai = await api.createSurvey(demoKey(), {
    name: 'Thai NPS',
    defaultLocale: 'th',
    texts: { th: { question: THAI_QUESTION } },
  });
  const arabic = await api.createSurvey(demoKey(), {
    name: 'Arabic NPS',
    defaultLocale: 'ar',
    texts: { ar: { question: ARABIC_QUESTION } },
  });
  // The seeded English survey changes last, so it is the fallback for other languages.
  const english = api.server.demo?.surveyId ?? '';
  const touched = await fetch(`${api.url}/v1/surveys/${english}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${demoKey()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Product NPS (English)' }),
  });
  expect(touched.status, 'touching the English survey').toBe(200);
  surveys = { thai: thai.id, arabic: arabic.id, english };
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** The demo page in a browser speaking `locale`: which survey showed, its question and direction. */
async function demoIn(locale: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(`${api.url}/demo`);
  await panel(page).waitFor();
  // demo.js lists the widget's events: `show {"surveyId":"…"}`.
  const shown = await page.locator('#events li', { hasText: 'show' }).first().textContent();
  const seen = {
    surveyId: /"surveyId":"([0-9a-f]{24})"/.exec(shown ?? '')?.[1],
    question: await panel(page).locator('.question').textContent(),
    dir: await panel(page).getAttribute('dir'),
  };
  await context.close();
  return seen;
}

describe("the demo page shows the survey in the visitor's language", () => {
  it('shows an Arabic browser the Arabic survey, right-to-left', async () => {
    expect(await demoIn('ar')).toEqual({ surveyId: surveys.arabic, question: ARABIC_QUESTION, dir: 'rtl' });
  });

  it('shows a Thai browser the Thai survey', async () => {
    expect(await demoIn('th-TH')).toEqual({ surveyId: surveys.thai, question: THAI_QUESTION, dir: 'ltr' });
  });

  it('shows a German browser the most recently changed survey, in the built-in German', async () => {
    const seen = await demoIn('de');
    expect(seen).toMatchObject({ surveyId: surveys.english, dir: 'ltr' });
    expect(seen.question).toBe(BUILT_IN.de?.question);
  });

  it('lists the demo page as where the widget was seen', async () => {
    await demoIn('en');
    const read = async () => {
      const res = await fetch(`${api.url}/v1/project/installation`, {
        headers: { authorization: `Bearer ${demoKey()}` },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as Installation).origins.map((o) => o.origin);
    };
    await expect.poll(read).toContain(new URL(api.url).origin);
  });
});
