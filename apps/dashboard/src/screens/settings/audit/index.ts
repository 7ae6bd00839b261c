import { defineScreen } from '../../screen.js';
import accessMessages from '../access/messages/index.js';
import Audit from './Audit.svelte';
import messages from './messages/index.js';

export default defineScreen(Audit, messages, accessMessages);
