import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  loading: 'Binubuksan ang iyong imbitasyon…',
  title: 'Sumali sa {project}',
  invitedBy: 'Inimbitahan ka ni {who} na sumali sa {project} sa Pulse bilang {role}.',
  invitedByKey: 'Inimbitahan kang sumali sa {project} sa Pulse bilang {role}.',
  expires: 'Isang beses gagana ang link na ito, hanggang {when}.',
  email: 'E-mail',
  name: 'Iyong pangalan',
  newPassword: 'Pumili ng password',
  passwordHint: {
    one: 'Hindi bababa sa {count} character.',
    other: 'Hindi bababa sa {count} character.',
  },
  currentPassword: 'Ang password mo sa Pulse',
  existing:
    'May Pulse account ka na gamit ang e-mail na ito: ilagay ang password nito. Hindi ito mababago ng pagsali.',
  submit: 'Sumali at mag-sign in',
  working: 'Sumasali…',
  errors: {
    weakPassword: {
      one: 'Pumili ng password na hindi bababa sa {count} character.',
      other: 'Pumili ng password na hindi bababa sa {count} character.',
    },
    wrongPassword: 'Hindi iyan ang password ng iyong Pulse account.',
    alreadyMember: 'Miyembro ka na ng proyektong ito: mag-sign in na lang.',
    limited: 'Sobrang daming subok. Maghintay ng isang minuto, saka subukan ulit.',
    failed: 'Hindi maabot ang Pulse, kaya hindi ka pa nakasali. Tingnan ang koneksyon mo at subukan ulit.',
  },
  unusableTitle: 'Hindi na gumagana ang invite link na ito',
  unusable: {
    invite_used:
      'Nagamit na ito: isang beses lang gumagana ang invite link. Kung ikaw ang sumali, mag-sign in.',
    invite_revoked: 'Binawi ito ng mga may-ari ng proyekto. Humingi sa kanila ng bagong link.',
    invite_expired: 'Nag-expire na ito. Humingi ng bagong link sa nag-imbita sa iyo.',
    invite_not_found: 'Hindi ito wastong invite link. Tiyaking nakopya mo ito nang buo, o humingi ng bago.',
  },
  unreachable:
    'Hindi maabot ang Pulse para basahin ang imbitasyong ito. Tingnan ang koneksyon mo at subukan ulit.',
  retry: 'Subukan ulit',
  signIn: 'Pumunta sa sign-in',
} satisfies Translation<typeof en>;
