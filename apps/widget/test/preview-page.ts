import type { PreviewReport, PreviewRequest } from '@pulse/shared';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

/**
 * A stand-in for the dashboard's survey editor, served on the API's origin (as the
 * dashboard is): a text field and the preview frame, with every report the frame posts
 * recorded. Playwright answers the URL itself, so the page needs no route of the API.
 */
const EDITOR_PATH = '/test-editor';

const editorHtml = (width: number) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Survey editor</title></head>
<body>
<input id="editor" aria-label="Question">
<iframe id="preview" title="Preview" src="/widget/v1/preview.html" width="${width}" height="700"></iframe>
<script>
window.__reports = [];
addEventListener('message', function (e) {
  if (e.origin === location.origin && e.source === document.getElementById('preview').contentWindow) window.__reports.push(e.data);
});
</script>
</body></html>`;

export interface Editor {
  page: Page;
  frame: Frame;
  /** Posts a request the way the dashboard does and resolves with the frame's answer to it. */
  preview(request: PreviewRequest): Promise<PreviewReport>;
  reports(): Promise<PreviewReport[]>;
}

/** Serves the editor stand-in from inside the browser, to every page of the context (popups too). */
export async function routeEditor(context: BrowserContext, apiUrl: string, width: number): Promise<void> {
  await context.route(`${apiUrl}${EDITOR_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: editorHtml(width) }),
  );
}

export const editorUrl = (apiUrl: string) => `${apiUrl}${EDITOR_PATH}`;

/** Waits until the editor's page holds more than `count` reports; resolves with the next one. */
async function nextReport(page: Page, count: number): Promise<PreviewReport> {
  const handle = await page.waitForFunction(
    (n) => (window as unknown as { __reports: unknown[] }).__reports[n],
    count,
  );
  return (await handle.jsonValue()) as PreviewReport;
}

export async function openEditor(
  browser: Browser,
  apiUrl: string,
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<Editor> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await routeEditor(context, apiUrl, options.width ?? 1280);
  await page.goto(editorUrl(apiUrl));
  const ready = await nextReport(page, 0);
  if (ready.type !== 'pulse:preview-ready') throw new Error(`the frame said ${JSON.stringify(ready)} first`);
  const frame = page.frames().find((f) => f.url().endsWith('/widget/v1/preview.html'));
  if (!frame) throw new Error('no preview frame');
  const reports = () => page.evaluate(() => (window as unknown as { __reports: PreviewReport[] }).__reports);
  return {
    page,
    frame,
    reports,
    async preview(request) {
      const count = (await reports()).length;
      await page.evaluate((message) => {
        const frame = document.getElementById('preview') as HTMLIFrameElement;
        frame.contentWindow?.postMessage(message, location.origin);
      }, request);
      return nextReport(page, count);
    },
  };
}
