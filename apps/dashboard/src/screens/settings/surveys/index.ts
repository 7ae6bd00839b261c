import { defineScreen } from '../../screen.js';
import messages from './messages/index.js';
import Surveys from './Surveys.svelte';

export default defineScreen(Surveys, messages);
