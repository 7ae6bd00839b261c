// pulse-ui.js: loaded by pulse.js only when a survey is about to show.
import { mountUi } from './mount.js';

window.__pulseMountUi = mountUi;
