import type { Category } from '@pulse/shared/nps';
import { mount, unmount } from 'svelte';
import type { MountUi } from '../core/bridge.js';
import { chooseLocale, isRtl, languageOf, resolveStrings } from '../i18n/locale.js';
import { builtInStrings } from './strings-loader.js';
import { themeCss } from './theme.js';
import Widget from './Widget.svelte';
import css from './widget.css?inline';

/** Only http(s): a survey author's link must not become a javascript: URL in someone's page. */
function webLinks(links: Partial<Record<Category, string>>): Partial<Record<Category, string>> {
  return Object.fromEntries(Object.entries(links).filter(([, href]) => /^https?:\/\//i.test(href)));
}

/**
 * Renders the survey in a shadow root on its own host element. Styles are adopted
 * constructed stylesheets (allowed by a CSP without 'unsafe-inline'), and the host's
 * own box is reset through the CSSOM, beating whatever the page's CSS says about it.
 */
export const mountUi: MountUi = async (context) => {
  const { config } = context;
  const locale = chooseLocale(context.localeHints, Object.keys(config.texts), config.defaultLocale);
  const builtIn = await builtInStrings(languageOf(locale), context.loadScript);
  const strings = resolveStrings(locale, config, builtIn);

  const host = document.createElement('pulse-widget');
  host.style.cssText = 'all:initial!important;display:block!important';
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css + themeCss(config.appearance));
  shadow.adoptedStyleSheets = [sheet];
  document.body.appendChild(host);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    void unmount(app);
    host.remove();
    context.onClose();
  };
  const app = mount(Widget, {
    target: shadow,
    props: {
      strings,
      locale,
      rtl: isRtl(locale),
      links: webLinks(config.thankYouLinks),
      onSubmit: ({ score, comment }) => context.onSubmit({ score, comment, locale }),
      onDismiss: () => {
        context.onDismiss();
        close();
      },
      onClose: close,
    },
  });
  return { close };
};
