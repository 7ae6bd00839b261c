import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'Pagrindinis meniu',
    overview: 'Apžvalga',
    queue: 'Tolesni veiksmai',
    responses: 'Atsakymai',
    settings: 'Nustatymai',
    signOut: 'Atsijungti',
    project: 'Projektas',
    theme: 'Perjungti tamsųjį režimą',
    language: 'Kalba',
  },
  settings: {
    nav: 'Nustatymų skiltys',
    surveys: 'Apklausos',
    team: 'Komanda ir prieiga',
    keys: 'API raktai',
    integrations: 'Integracijos',
    audit: 'Audito žurnalas',
    ownersOnly:
      'Tai gali atidaryti tik projekto savininkai. Jei jums čia ko nors reikia, kreipkitės į savininką.',
  },
  roles: {
    owner: 'Savininkas',
    agent: 'Agentas',
    viewer: 'Stebėtojas (tik skaityti)',
  },
  connection: {
    connecting: 'Jungiamasi…',
    live: 'Tiesiogiai',
    catchingUp: 'Vejamasi…',
    offline: 'Neprisijungta — jungiamasi iš naujo',
    unauthorized: 'Atsijungta — prisijunkite iš naujo',
  },
  states: {
    loading: 'Įkeliama…',
    error: 'Nepavyko įkelti šio rodinio.',
    retry: 'Bandyti dar kartą',
    noProjects: 'Jūsų paskyra dar nepriklauso jokiam projektui. Paprašykite savininko jus pridėti.',
  },
  categories: {
    promoter: 'Rekomenduotojai',
    passive: 'Neutralūs',
    detractor: 'Kritikai',
  },
  category: {
    promoter: 'Rekomenduotojas',
    passive: 'Neutralus',
    detractor: 'Kritikas',
  },
  statuses: {
    open: 'Atviras',
    in_progress: 'Vykdomas',
    resolved: 'Išspręstas',
    dismissed: 'Atmestas',
  },
  priorities: {
    urgent: 'Skubus',
    high: 'Aukštas',
    normal: 'Įprastas',
    low: 'Žemas',
  },
  themes: {
    price: 'Kaina',
    billing: 'Atsiskaitymai',
    support: 'Pagalba',
    reliability: 'Patikimumas',
    performance: 'Greitis',
    usability: 'Patogumas',
    features: 'Funkcijos',
    delivery: 'Pristatymas',
  },
  churnRisk: 'Pasitraukimo rizika',
  score: '{category}, balas {score}',
  answers: {
    one: '{count} atsakymas',
    few: '{count} atsakymai',
    many: '{count} atsakymo',
    other: '{count} atsakymų',
  },
  noComment: 'Be komentaro',
  anonymous: 'Anonimas',
  commentLanguage: 'Parašyta {language} kalba',
} satisfies Translation<typeof en>;
