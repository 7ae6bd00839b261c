import { Installation, InstallSnippet } from '@pulse/shared';
import { projectOf } from '../middleware/auth.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

/** What the survey editor's install panel shows: the snippet to paste, and whether a site has loaded it. */
export const installationRoutes: RouteSpec[] = [
  defineRoute({
    method: 'get',
    path: '/v1/project/installation',
    summary: 'Where and when the widget was last loaded ("installation seen")',
    description:
      "The last 5 site origins whose pages fetched this project's widget config (the `Origin`, else the `Referer`, of the loader's request), newest first, with whether answers from there are allowed. Recorded at most once a minute per origin, so `lastSeenAt` may lag by up to a minute; behind a shared cache only the cache's own fetches count.",
    tag: 'Installation',
    access: 'team',
    responses: { 200: { description: 'Where the widget was seen', schema: Installation } },
    async handle({ services, res }) {
      res.json(await services.installations.installation(projectOf(res)));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/project/snippet',
    summary: 'The install snippet, with the SRI hash of the loader this API serves',
    description:
      "The `<script>` tag for this API's public URL (`PUBLIC_URL`) and this project's public key, exactly as the README shows it. The hash is that of the pulse.js being served; it changes with each widget release, so sites paste the snippet again after an upgrade.",
    tag: 'Installation',
    access: 'team',
    responses: {
      200: { description: 'The snippet and its parts', schema: InstallSnippet },
      503: { description: 'The widget is not built (`widget_not_built`), or the database is unreachable' },
    },
    handle({ services, publicUrl, res }) {
      res.json(services.snippets.snippetFor(projectOf(res).publicKey, publicUrl));
    },
  }),
];
