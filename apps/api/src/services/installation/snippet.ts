import { type InstallSnippet, installSnippet } from '@pulse/shared';
import { HttpError } from '../../errors.js';
import { integrityReader } from './widget-build.js';

const LOADER_FILE = 'pulse.js';

/** The install snippet for this API: its public URL, the SRI hash of the pulse.js it serves, the project's key. */
export function createSnippetService(loaderIntegrity = integrityReader(LOADER_FILE)) {
  return {
    snippetFor(publicKey: string, publicUrl: string): InstallSnippet {
      const integrity = loaderIntegrity();
      if (!integrity) {
        throw new HttpError(
          503,
          'widget_not_built',
          'The widget is not built; run `npm run build -w @pulse/widget`.',
        );
      }
      const scriptUrl = new URL(`widget/v1/${LOADER_FILE}`, `${publicUrl.replace(/\/+$/, '')}/`).href;
      return {
        publicKey,
        scriptUrl,
        integrity,
        snippet: installSnippet({ scriptUrl, integrity, publicKey }),
      };
    },
  };
}

export type SnippetService = ReturnType<typeof createSnippetService>;
