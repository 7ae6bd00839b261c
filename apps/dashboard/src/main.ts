import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { directionOf, i18n, type Language } from './lib/i18n/index.js';
import { initialLanguage } from './lib/i18n/languages.js';
import { applyTheme, initialTheme } from './lib/theme.js';
import shell from './messages/index.js';

function applyLanguage(language: Language) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

applyTheme(initialTheme());
i18n.onSwitch(applyLanguage);
// The shell's table comes first, in the language this browser last showed (the member's
// own choice, from the session, may switch it right after).
await i18n.use(initialLanguage(localStorage, navigator.languages));
applyLanguage(i18n.language);
await i18n.load(shell);
mount(App, { target: document.getElementById('app')! });
