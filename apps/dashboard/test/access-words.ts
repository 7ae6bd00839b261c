/** The team, API keys, audit and invitation screens' words in English and Arabic, as journeys look for them. */
import { compile } from '../src/lib/i18n/messages.js';
import invitationAr from '../src/screens/invitation/messages/ar.js';
import invitationEn from '../src/screens/invitation/messages/en.js';
import auditAr from '../src/screens/settings/audit/messages/ar.js';
import auditEn from '../src/screens/settings/audit/messages/en.js';
import keysAr from '../src/screens/settings/keys/messages/ar.js';
import keysEn from '../src/screens/settings/keys/messages/en.js';
import teamAr from '../src/screens/settings/team/messages/ar.js';
import teamEn from '../src/screens/settings/team/messages/en.js';

export const en = {
  team: compile<typeof teamEn>(teamEn, 'en'),
  keys: compile<typeof keysEn>(keysEn, 'en'),
  audit: compile<typeof auditEn>(auditEn, 'en'),
  invitation: compile<typeof invitationEn>(invitationEn, 'en'),
};
export const ar = {
  team: compile<typeof teamEn>(teamAr, 'ar'),
  keys: compile<typeof keysEn>(keysAr, 'ar'),
  audit: compile<typeof auditEn>(auditAr, 'ar'),
  invitation: compile<typeof invitationEn>(invitationAr, 'ar'),
};
