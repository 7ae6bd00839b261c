import { createHash } from 'node:crypto';
import { BUILT_IN } from '../src/i18n/strings.js';

/** Non-ASCII escaped, so the file decodes the same whatever charset a server declares. */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * One classic script per built-in language except English (which pulse-ui.js
 * carries), so a visitor downloads only their own language. pulse-ui.js pins each
 * by a SHA-256 SRI hash: nine of them are embedded there, and SHA-384's extra 20
 * characters each are incompressible bytes in a budgeted file.
 */
export function localeFiles(): Map<string, { fileName: string; source: string; integrity: string }> {
  const files = new Map<string, { fileName: string; source: string; integrity: string }>();
  for (const [language, strings] of Object.entries(BUILT_IN)) {
    if (language === 'en') continue;
    const source = `(window.__pulseStrings??={})[${JSON.stringify(language)}]=${asciiJson(strings)};\n`;
    const integrity = `sha256-${createHash('sha256').update(source).digest('base64')}`;
    files.set(language, { fileName: `locale-${language}.js`, source, integrity });
  }
  return files;
}
