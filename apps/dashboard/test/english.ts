/**
 * The dashboard's English, as the browser shows it: what journey tests look for on screen
 * (a changed wording then changes the test with it, not break it).
 */
import { createFormat } from '../src/lib/i18n/format.js';
import { compile } from '../src/lib/i18n/messages.js';
import shellTable from '../src/messages/en.js';
import overviewTable from '../src/screens/overview/messages/en.js';
import queueTable from '../src/screens/queue/messages/en.js';
import responsesTable from '../src/screens/responses/messages/en.js';
import integrationsTable from '../src/screens/settings/integrations/messages/en.js';
import signInTable from '../src/screens/sign-in/messages/en.js';

export const shell = compile<typeof shellTable>(shellTable, 'en');
export const signIn = compile<typeof signInTable>(signInTable, 'en');
export const overview = compile<typeof overviewTable>(overviewTable, 'en');
export const queue = compile<typeof queueTable>(queueTable, 'en');
export const responses = compile<typeof responsesTable>(responsesTable, 'en');
export const integrations = compile<typeof integrationsTable>(integrationsTable, 'en');
export const format = createFormat('en');
