import { defineScreen } from '../screen.js';
import messages from './messages/index.js';
import SignIn from './SignIn.svelte';

export default defineScreen(SignIn, messages);
