import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'Pangunahin',
    overview: 'Pangkalahatang-tanaw',
    queue: 'Mga follow-up',
    responses: 'Mga sagot',
    settings: 'Mga setting',
    signOut: 'Mag-sign out',
    project: 'Proyekto',
    theme: 'Lumipat sa dark mode o light mode',
    language: 'Wika',
  },
  settings: {
    nav: 'Mga seksiyon ng setting',
    surveys: 'Mga survey',
    team: 'Koponan at access',
    keys: 'Mga API key',
    integrations: 'Mga integrasyon',
    audit: 'Talaan ng audit',
    ownersOnly:
      'Ang mga may-ari lang ng proyekto ang makakapagbukas nito. Magtanong sa isang may-ari kung may kailangan ka rito.',
  },
  roles: {
    owner: 'May-ari',
    agent: 'Ahente',
    viewer: 'Tagatingin (pagbasa lang)',
  },
  connection: {
    connecting: 'Kumokonekta…',
    live: 'Live',
    catchingUp: 'Humahabol…',
    offline: 'Offline — kumokonekta muli',
    unauthorized: 'Naka-sign out — mag-sign in muli',
  },
  states: {
    loading: 'Naglo-load…',
    error: 'Hindi ma-load ang view na ito.',
    retry: 'Subukan muli',
    noProjects: 'Wala pang proyekto ang account mo. Hilingin sa isang may-ari na idagdag ka.',
  },
  categories: {
    promoter: 'Mga promoter',
    passive: 'Mga passive',
    detractor: 'Mga detractor',
  },
  category: {
    promoter: 'Promoter',
    passive: 'Passive',
    detractor: 'Detractor',
  },
  statuses: {
    open: 'Bukas',
    in_progress: 'Ginagawa',
    resolved: 'Nalutas',
    dismissed: 'Ibinasura',
  },
  priorities: {
    urgent: 'Apurahan',
    high: 'Mataas',
    normal: 'Karaniwan',
    low: 'Mababa',
  },
  themes: {
    price: 'Presyo',
    billing: 'Pagsingil',
    support: 'Suporta',
    reliability: 'Pagiging maaasahan',
    performance: 'Bilis',
    usability: 'Dali ng paggamit',
    features: 'Mga feature',
    delivery: 'Paghahatid',
  },
  churnRisk: 'Panganib na umalis',
  score: '{category}, marka {score}',
  answers: {
    one: '{count} sagot',
    other: '{count} sagot',
  },
  noComment: 'Walang komento',
  anonymous: 'Anonimo',
  commentLanguage: 'Nakasulat sa {language}',
} satisfies Translation<typeof en>;
