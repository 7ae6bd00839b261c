import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Koponan at access',
  members: 'Mga miyembro',
  you: 'Ikaw',
  joined: 'Sumali {when}',
  lastSeen: 'Huling nakita {when}',
  neverSeen: 'Hindi pa nakakapasok',
  role: 'Tungkulin ni {who}',
  remove: 'Alisin',
  confirmRemove:
    'Alisin si {who} sa proyektong ito? Matatapos agad ang mga session niya; puwede mo siyang imbitahan ulit mamaya.',
  removeYes: 'Alisin ang miyembro',
  working: 'Ginagawa…',
  roleHelp: {
    owner: 'Kaya ng mga may-ari ang lahat: survey, koponan, API key, origin, webhook at ang talaan ng audit.',
    agent: 'Inaasikaso ng mga ahente ang pila ng follow-up at nakikita ang lahat ng iba pa.',
    viewer: 'Pagtingin lang ang kaya ng mga tagatingin.',
  },
  refusals: {
    last_owner: 'Kailangan ng proyekto ng may-ari: gawin munang may-ari ang ibang tao.',
    already_member: 'Miyembro na ang taong ito: palitan na lang ang tungkulin niya.',
    invite_used: 'Natanggap na ang imbitasyong ito: miyembro na ang tao.',
  },
  invite: {
    title: 'Mag-imbita ng tao',
    hint: 'Hindi nagpapadala ng e-mail ang Pulse: may link kang ikaw mismo ang magpapadala. Isang beses lang ito gagana.',
    email: 'E-mail',
    role: 'Tungkulin',
    days: 'Gagana ang link nang',
    daysOption: {
      one: '{count} araw',
      other: '{count} araw',
    },
    submit: 'Gumawa ng invite link',
    working: 'Ginagawa…',
    link: 'Invite link para kay {email}',
    expires:
      'Isang beses itong gagana, hanggang {when}. Hindi mo na makikita ulit ang link na ito: kapag nawala, mag-imbita ulit.',
    done: 'Tapos, naipadala ko na',
  },
  pending: {
    title: 'Mga naghihintay na imbitasyon',
    empty: 'Walang imbitasyong naghihintay.',
    as: 'bilang {role}',
    by: 'inimbitahan ni {who}',
    expires: 'Gagana ang link hanggang {when}',
    expired: 'Nag-expire ang link {when}: mag-imbita ulit para magpadala ng bago',
    withdraw: 'Bawiin',
    confirmWithdraw: 'Bawiin ang imbitasyon para kay {email}? Titigil agad ang link nito.',
    withdrawYes: 'Bawiin ang imbitasyon',
  },
} satisfies Translation<typeof en>;
