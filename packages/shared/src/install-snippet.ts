/**
 * The one `<script>` tag a site pastes; the API's snippet endpoint, `npm run sri` and
 * the READMEs (checked by the widget's size test) all print this text.
 */
export function installSnippet(tag: { scriptUrl: string; integrity: string; publicKey: string }): string {
  return [
    `<script async src="${tag.scriptUrl}"`,
    `        integrity="${tag.integrity}" crossorigin="anonymous"`,
    `        data-project="${tag.publicKey}"></script>`,
  ].join('\n');
}
