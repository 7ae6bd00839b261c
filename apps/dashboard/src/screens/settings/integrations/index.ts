import { defineScreen } from '../../screen.js';
import Integrations from './Integrations.svelte';
import messages from './messages/index.js';

export default defineScreen(Integrations, messages);
