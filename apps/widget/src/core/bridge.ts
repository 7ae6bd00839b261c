import type { SurveyLook } from '@pulse/shared/contracts';

/**
 * The seam between the loader (pulse.js) and the survey UI (pulse-ui.js): two
 * separately loaded scripts, so the loader hands the UI everything it needs and
 * the UI reports back through callbacks. Delivery stays in the loader. The preview
 * frame (src/preview/) mounts the same UI through this seam, with callbacks that send nothing.
 */
export interface UiContext {
  /** The loader passes the survey config it fetched; the preview an editor's draft. */
  config: SurveyLook;
  /** Language tags in order of preference: data-locale, identify traits, navigator.languages. */
  localeHints: readonly string[];
  /**
   * Runs a classic script that sits beside pulse.js, pinned by its SRI hash; settles
   * once it ran or failed. The loader's own, lent so pulse-ui.js need not carry another.
   */
  loadScript(file: string, integrity: string): Promise<void>;
  onSubmit(answer: { score: number; comment: string; locale: string }): void;
  onDismiss(): void;
  onClose(): void;
}

export interface UiHandle {
  close(): void;
}

export type MountUi = (context: UiContext) => Promise<UiHandle>;

/** `ready` reports the eligibility decision for this page view (handy when a survey does not show). */
export type PulseEvent = 'show' | 'submit' | 'dismiss' | 'ready';

/** The public `window.Pulse` API. */
export interface PulseApi {
  identify(id: string, traits?: Record<string, unknown>): void;
  show(): void;
  hide(): void;
  reset(): void;
  on(event: PulseEvent, handler: (detail?: unknown) => void): () => void;
}

/** What the snippet's stub leaves behind before pulse.js arrives. */
export interface PulseStub {
  q?: [keyof PulseApi, unknown[]][];
}

declare global {
  interface Window {
    Pulse?: PulseApi | PulseStub;
    /** Set by pulse-ui.js when it has loaded. */
    __pulseMountUi?: MountUi;
  }
}
