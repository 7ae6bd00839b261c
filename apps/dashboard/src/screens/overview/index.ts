import { defineScreen } from '../screen.js';
import messages from './messages/index.js';
import Overview from './Overview.svelte';

export default defineScreen(Overview, messages);
