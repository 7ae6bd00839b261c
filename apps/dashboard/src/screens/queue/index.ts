import { defineScreen } from '../screen.js';
import messages from './messages/index.js';
import Queue from './Queue.svelte';

export default defineScreen(Queue, messages);
