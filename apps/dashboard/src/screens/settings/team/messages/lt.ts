import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Komanda ir prieiga',
  members: 'Nariai',
  you: 'Jūs',
  joined: 'Prisijungė {when}',
  lastSeen: 'Paskutinį kartą matytas {when}',
  neverSeen: 'Dar neprisijungė',
  role: '{who} vaidmuo',
  remove: 'Pašalinti',
  confirmRemove:
    'Pašalinti {who} iš šio projekto? Jo sesijos baigsis iškart; vėliau galėsite pakviesti iš naujo.',
  removeYes: 'Pašalinti narį',
  working: 'Vykdoma…',
  roleHelp: {
    owner: 'Savininkai gali viską: apklausas, komandą, API raktus, šaltinius, webhook’us ir audito žurnalą.',
    agent: 'Agentai tvarko tolesnių veiksmų eilę ir mato visa kita.',
    viewer: 'Stebėtojai gali tik skaityti.',
  },
  refusals: {
    last_owner: 'Projektui reikia savininko: pirmiausia paskirkite savininku ką nors kitą.',
    already_member: 'Šis žmogus jau yra narys: verčiau pakeiskite jo vaidmenį.',
    invite_used: 'Šis kvietimas jau priimtas: žmogus dabar yra narys.',
  },
  invite: {
    title: 'Pakviesti žmogų',
    hint: '„Pulse“ el. laiškų nesiunčia: gausite nuorodą, kurią nusiųsite patys. Ji veikia vieną kartą.',
    email: 'El. paštas',
    role: 'Vaidmuo',
    days: 'Nuoroda galioja',
    daysOption: {
      one: '{count} dieną',
      few: '{count} dienas',
      many: '{count} dienos',
      other: '{count} dienų',
    },
    submit: 'Sukurti kvietimo nuorodą',
    working: 'Kuriama…',
    link: 'Kvietimo nuoroda adresu {email}',
    expires:
      'Ji veikia vieną kartą, iki {when}. Šios nuorodos daugiau nebepamatysite: jei ji dings, pakvieskite iš naujo.',
    done: 'Atlikta, išsiunčiau',
  },
  pending: {
    title: 'Laukiantys kvietimai',
    empty: 'Nėra laukiančių kvietimų.',
    as: 'vaidmuo „{role}“',
    by: 'pakvietė {who}',
    expires: 'Nuoroda galioja iki {when}',
    expired: 'Nuoroda nebegalioja nuo {when}: pakvieskite iš naujo, kad išsiųstumėte naują',
    withdraw: 'Atšaukti',
    confirmWithdraw: 'Atšaukti kvietimą adresu {email}? Jo nuoroda iškart nustos veikti.',
    withdrawYes: 'Atšaukti kvietimą',
  },
} satisfies Translation<typeof en>;
