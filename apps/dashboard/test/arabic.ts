/** The dashboard's Arabic, as the browser shows it: what the right-to-left journeys look for. */
import { compile } from '../src/lib/i18n/messages.js';
import shellTable from '../src/messages/ar.js';
import type shellEn from '../src/messages/en.js';
import overviewTable from '../src/screens/overview/messages/ar.js';
import type overviewEn from '../src/screens/overview/messages/en.js';
import queueTable from '../src/screens/queue/messages/ar.js';
import type queueEn from '../src/screens/queue/messages/en.js';
import responsesTable from '../src/screens/responses/messages/ar.js';
import type responsesEn from '../src/screens/responses/messages/en.js';

export const shell = compile<typeof shellEn>(shellTable, 'ar');
export const overview = compile<typeof overviewEn>(overviewTable, 'ar');
export const queue = compile<typeof queueEn>(queueTable, 'ar');
export const responses = compile<typeof responsesEn>(responsesTable, 'ar');
