import { mount, unmount } from 'svelte';
import type { MountUi } from '../core/bridge.js';
import { chooseLocale, isRtl, languageOf, resolveStrings } from '../i18n/locale.js';
import { builtInStrings } from './strings-loader.js';
import { themeCss } from './theme.js';
import Widget from './Widget.svelte';
import css from './widget.css?inline';

function sheet(text: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}

/**
 * Renders the survey in a shadow root on its own host element. Styles are adopted
 * constructed stylesheets (allowed by a CSP without 'unsafe-inline'), and the host's
 * own box is reset through the CSSOM, beating whatever the page's CSS says about it.
 */
export const mountUi: MountUi = async (context) => {
  const { config } = context;
  const locale = chooseLocale(context.localeHints, Object.keys(config.texts), config.defaultLocale);
  const strings = resolveStrings(locale, config, await builtInStrings(languageOf(locale)));

  const host = document.createElement('pulse-widget');
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet(css), sheet(themeCss(config.appearance.brandColor))];
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
      position: config.appearance.position,
      links: config.thankYouLinks,
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
