import { defineScreen } from '../screen.js';
import Invitation from './Invitation.svelte';
import messages from './messages/index.js';

export default defineScreen(Invitation, messages);
