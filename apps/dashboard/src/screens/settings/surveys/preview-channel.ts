/**
 * The editor's side of the preview frame's protocol (apps/widget/README.md, Preview):
 * wait for `pulse:preview-ready`, then post each request; a frame that loads again says
 * ready again and gets the latest request. Only reports from the frame itself, on our
 * own origin, count.
 */
import type { PreviewReport, PreviewRequest, PreviewStep } from '@pulse/shared/contracts';
import type { Category } from '@pulse/shared/nps';
import { type Draft, previewConfig } from './draft.js';

/** What the preview shows of the draft: language, step, category, colour scheme and width. */
export interface PreviewView {
  language: string;
  step: PreviewStep;
  category: Category;
  theme: 'light' | 'dark';
  device: 'phone' | 'desktop';
}

/** The frame's width per device: the widget's phone sheet below 640 px, its panel above. */
export const FRAME_SIZE = {
  phone: { width: 375, height: 667 },
  desktop: { width: 680, height: 560 },
} as const;

export const previewRequestOf = (draft: Draft, view: PreviewView): PreviewRequest => ({
  type: 'pulse:preview',
  config: previewConfig(draft),
  locale: view.language,
  theme: view.theme,
  step: view.step,
  category: view.category,
});

const isReport = (data: unknown): data is PreviewReport =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { type?: unknown }).type === 'string' &&
  (data as { type: string }).type.startsWith('pulse:preview-');

export function connectPreview(frame: HTMLIFrameElement, onReport: (report: PreviewReport) => void) {
  let ready = false;
  let latest: PreviewRequest | undefined;
  const post = () => {
    // A snapshot: the draft is Svelte state, and a frame receives plain data.
    if (ready && latest)
      frame.contentWindow?.postMessage(JSON.parse(JSON.stringify(latest)), location.origin);
  };
  const listener = (event: MessageEvent<unknown>) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow || !isReport(event.data))
      return;
    if (event.data.type === 'pulse:preview-ready') {
      ready = true;
      post();
    }
    onReport(event.data);
  };
  addEventListener('message', listener);
  return {
    show(request: PreviewRequest) {
      latest = request;
      post();
    },
    stop: () => removeEventListener('message', listener),
  };
}
