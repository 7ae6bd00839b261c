import type { PulseEvent } from './bridge.js';

type Handler = (detail?: unknown) => void;

/** `Pulse.on(...)`; a throwing host handler never breaks the widget. */
export function createEmitter() {
  const handlers = new Map<PulseEvent, Set<Handler>>();
  return {
    on(event: PulseEvent, handler: Handler): () => void {
      const set = handlers.get(event) ?? new Set<Handler>();
      set.add(handler);
      handlers.set(event, set);
      return () => set.delete(handler);
    },
    emit(event: PulseEvent, detail?: unknown): void {
      for (const handler of handlers.get(event) ?? []) {
        try {
          handler(detail);
        } catch (err) {
          reportError(err);
        }
      }
    },
  };
}
