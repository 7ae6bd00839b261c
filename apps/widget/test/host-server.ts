import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a host page is dressed: each flag makes the page harder on the widget. */
export interface HostVariant {
  publicKey: string;
  /** CSP without 'unsafe-inline'/'unsafe-eval', allowing only self and the API origin. */
  csp?: boolean;
  /** Global CSS that would wreck any widget it could reach. */
  hostile?: boolean;
  rtl?: boolean;
  locale?: string;
  /** Calls made through the stub before pulse.js loads. */
  identify?: { id: string; traits?: Record<string, unknown> };
}

const HOSTILE_CSS = `
* { all: unset !important; }
html, body { display: block !important; font: 32px/3 serif !important; color: red !important; }
button, input, textarea, div, label, fieldset { display: none !important; }
pulse-widget { display: none !important; visibility: hidden !important; }
p { display: block !important; }
`;

/** Registers the stub, records Pulse events and CSP violations for the test to read. */
const HOST_JS = `
window.Pulse = window.Pulse || (function () {
  var q = [], stub = { q: q };
  ['identify', 'show', 'hide', 'reset', 'on'].forEach(function (m) {
    stub[m] = function () { q.push([m, [].slice.call(arguments)]); };
  });
  return stub;
})();
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
window.__events = [];
['show', 'submit', 'dismiss', 'ready'].forEach(function (name) {
  window.Pulse.on(name, function (detail) { window.__events.push({ name: name, detail: detail }); });
});
var config = document.currentScript.dataset;
if (config.identify) {
  var who = JSON.parse(config.identify);
  window.Pulse.identify(who.id, who.traits);
}
`;

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(apiUrl: string, v: HostVariant): string {
  const locale = v.locale ? ` data-locale="${attr(v.locale)}"` : '';
  const identify = v.identify ? ` data-identify="${attr(JSON.stringify(v.identify))}"` : '';
  return `<!doctype html>
<html lang="en"${v.rtl ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
${v.hostile ? '<link rel="stylesheet" href="/hostile.css">' : ''}
<script src="/host.js"${identify}></script>
<script async src="${apiUrl}/widget/v1/pulse.js" data-project="${attr(v.publicKey)}" data-api="${apiUrl}"${locale}></script>
</head>
<body>
<main><h1>Host page</h1><p id="para">Some host content.</p><input id="host-input" aria-label="Host input"></main>
</body>
</html>`;
}

export interface HostServer {
  origin: string;
  url(variant: HostVariant, path?: string): string;
  close(): Promise<void>;
}

/**
 * Host pages on their own loopback origin, so the widget talks to the API
 * cross-origin (CORS) exactly as on a customer's site.
 */
export async function startHostServer(apiUrl: string): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/host.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(HOST_JS);
      return;
    }
    if (url.pathname === '/hostile.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(HOSTILE_CSS);
      return;
    }
    const raw = url.searchParams.get('v');
    if (!raw) {
      res.writeHead(404).end();
      return;
    }
    const variant = JSON.parse(raw) as HostVariant;
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    };
    if (variant.csp) {
      headers['content-security-policy'] = [
        "default-src 'none'",
        `script-src 'self' ${apiUrl}`,
        "style-src 'self'",
        `connect-src ${apiUrl}`,
        "img-src 'self'",
        "base-uri 'none'",
      ].join('; ');
    }
    res.writeHead(200, headers).end(page(apiUrl, variant));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (variant, path = '/app/settings') =>
      `${origin}${path}?v=${encodeURIComponent(JSON.stringify(variant))}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
