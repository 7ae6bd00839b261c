import { Router } from 'express';

/** Serves the built widget and the demo page; filled in with the widget. */
export function widgetAssetsRouter(_options: { demoPublicKey?: () => Promise<string | undefined> } = {}): Router {
  return Router();
}
