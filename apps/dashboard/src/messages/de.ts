import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'Hauptnavigation',
    overview: 'Übersicht',
    queue: 'Nachverfolgung',
    responses: 'Antworten',
    settings: 'Einstellungen',
    signOut: 'Abmelden',
    project: 'Projekt',
    theme: 'Dunkelmodus umschalten',
    language: 'Sprache',
  },
  settings: {
    nav: 'Bereiche der Einstellungen',
    surveys: 'Umfragen',
    team: 'Team & Zugriff',
    keys: 'API-Schlüssel',
    integrations: 'Integrationen',
    audit: 'Änderungsprotokoll',
    ownersOnly:
      'Nur die Inhaber des Projekts können das öffnen. Wende dich an einen Inhaber, wenn du hier etwas brauchst.',
  },
  roles: {
    owner: 'Inhaber',
    agent: 'Agent',
    viewer: 'Betrachter (nur lesen)',
  },
  connection: {
    connecting: 'Verbinde…',
    live: 'Live',
    catchingUp: 'Hole auf…',
    offline: 'Offline — verbinde neu',
    unauthorized: 'Abgemeldet — bitte neu anmelden',
  },
  states: {
    loading: 'Lädt…',
    error: 'Diese Ansicht konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    noProjects: 'Dein Konto gehört noch zu keinem Projekt. Bitte einen Inhaber, dich hinzuzufügen.',
  },
  categories: {
    promoter: 'Promotoren',
    passive: 'Passive',
    detractor: 'Detraktoren',
  },
  category: {
    promoter: 'Promotor',
    passive: 'Passiver',
    detractor: 'Detraktor',
  },
  statuses: {
    open: 'Offen',
    in_progress: 'In Bearbeitung',
    resolved: 'Erledigt',
    dismissed: 'Verworfen',
  },
  priorities: {
    urgent: 'Dringend',
    high: 'Hoch',
    normal: 'Normal',
    low: 'Niedrig',
  },
  themes: {
    price: 'Preis',
    billing: 'Abrechnung',
    support: 'Support',
    reliability: 'Zuverlässigkeit',
    performance: 'Geschwindigkeit',
    usability: 'Bedienbarkeit',
    features: 'Funktionen',
    delivery: 'Lieferung',
  },
  churnRisk: 'Abwanderungsrisiko',
  score: '{category}, Bewertung {score}',
  answers: {
    one: '{count} Antwort',
    other: '{count} Antworten',
  },
  noComment: 'Kein Kommentar',
  anonymous: 'Anonym',
  commentLanguage: 'Auf {language} geschrieben',
} satisfies Translation<typeof en>;
