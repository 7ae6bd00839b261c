import { defineScreen } from '../../screen.js';
import accessMessages from '../access/messages/index.js';
import messages from './messages/index.js';
import Team from './Team.svelte';

export default defineScreen(Team, messages, accessMessages);
