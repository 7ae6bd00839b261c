import { defineScreen } from '../../screen.js';
import accessMessages from '../access/messages/index.js';
import Keys from './Keys.svelte';
import messages from './messages/index.js';

export default defineScreen(Keys, messages, accessMessages);
