import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'Umfrage',
  period: 'Zeitraum',
  periods: {
    '24h': '24 Std.',
    '7d': '7 Tage',
    '30d': '30 Tage',
    '90d': '90 Tage',
    custom: 'Eigener',
  },
  periodHints: {
    '24h': 'Diese Stunde bis jetzt und die 23 davor (UTC)',
    '7d': 'Heute bis jetzt und die 6 Tage davor (UTC-Tage)',
    '30d': 'Heute bis jetzt und die 29 Tage davor (UTC-Tage)',
    '90d': 'Heute bis jetzt und die 89 Tage davor (UTC-Tage)',
    custom: 'Ganze UTC-Tage, Endtag eingeschlossen',
  },
  filters: {
    title: 'Filter',
    category: 'Kategorie',
    anyCategory: 'Alle Kategorien',
    locale: 'Sprache',
    anyLocale: 'Alle Sprachen',
    trait: 'Merkmal',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'Gib ein Merkmal als Schlüssel=Wert an, z. B. plan=enterprise.',
    from: 'Von',
    to: 'Bis',
    apply: 'Anwenden',
    clear: 'Filter zurücksetzen',
    export: 'CSV exportieren',
    exporting: 'Exportiere…',
  },
  tiles: {
    nps: 'NPS',
    interval: '95-%-Intervall {low} bis {high} · {answers}',
    noAnswers: 'Keine Antworten in diesem Zeitraum',
    change: 'Veränderung zum Vorzeitraum',
    verdicts: {
      better: 'Besser: außerhalb des 95-%-Intervalls',
      worse: 'Schlechter: außerhalb des 95-%-Intervalls',
      within_noise: 'Innerhalb des 95-%-Intervalls: vielleicht Zufall',
      too_few: 'Zu wenige Antworten für einen Vergleich',
    },
    differenceInterval: '95-%-Intervall der Veränderung {low} bis {high}',
    previous: 'Vorzeitraum: NPS {nps} · {answers}',
    tooFew: '{now} jetzt und {before} davor; für ein Urteil braucht es je {min}.',
    responses: 'Antworten',
    breakdown: 'Aufteilung',
    allTime: '{answers} insgesamt · NPS {nps}',
  },
  distribution: {
    title: 'Verteilung der Bewertungen',
  },
  trend: {
    title: 'NPS-Verlauf',
    nps: 'NPS',
    volume: 'Antworten',
    empty: 'Noch keine Antworten in diesem Zeitraum.',
  },
  feed: {
    title: 'Neueste Antworten',
    empty:
      'Noch keine Antworten. Füge das Widget-Snippet in deine Website ein oder erweitere Zeitraum und Filter.',
    newItems: {
      one: '{count} neue Antwort — anzeigen',
      other: '{count} neue Antworten — anzeigen',
    },
  },
  noSurveys:
    'Dieses Projekt hat noch keine Umfrage. Lege eine über die API an (POST /v1/surveys), dann erscheint sie hier.',
  filterTooBroad:
    'Zu viele Antworten, um in diesem Zeitraum zu filtern. Wähle einen kürzeren Zeitraum oder entferne einen Filter.',
} satisfies Translation<typeof en>;
