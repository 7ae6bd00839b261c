import { defineScreen } from '../screen.js';
import messages from './messages/index.js';
import Responses from './Responses.svelte';

export default defineScreen(Responses, messages);
