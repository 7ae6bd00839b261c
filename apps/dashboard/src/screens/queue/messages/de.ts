import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Nachverfolgung',
  empty:
    'Nichts nachzuverfolgen. Antworten von Detraktoren landen hier mit einer Priorität, sobald sie eintreffen.',
  status: 'Status',
  anyStatus: 'Jeder Status',
  linkedMissing: 'Das geöffnete Follow-up ist in dieser Ansicht nicht enthalten.',
  showAnyStatus: 'Alle Status zeigen',
  priority: 'Priorität',
  anyPriority: 'Jede Priorität',
  theme: 'Thema',
  anyTheme: 'Jedes Thema',
  assignee: 'Zuständig',
  anyone: 'Alle',
  me: 'Ich',
  assignToMe: 'Mir zuweisen',
  unassign: 'Zuweisung aufheben',
  unassigned: 'Nicht zugewiesen',
  actions: {
    start: 'Beginnen',
    resolve: 'Erledigen',
    dismiss: 'Verwerfen',
    reopen: 'Wieder öffnen',
    stop: 'Zurück zu offen',
  },
  closedAt: {
    resolved: 'Erledigt {when}',
    dismissed: 'Verworfen {when}',
  },
  answered: 'geantwortet {when}',
  note: 'Notiz hinzufügen',
  notePlaceholder: 'Was hast du getan oder erfahren?',
  addNote: 'Notiz speichern',
  overdue: 'Überfällig',
  due: 'Fällig {when}',
  notices: {
    stale:
      'Jemand aus deinem Team hat diese Nachverfolgung geändert, während du daran gearbeitet hast. Hier ist der aktuelle Stand; versuche es erneut, wenn deine Änderung noch passt.',
    readOnly:
      'Du hast nur Lesezugriff: Bitte einen Inhaber um die Agent-Rolle, um Nachverfolgungen zu ändern.',
    offline:
      'Pulse war nicht erreichbar, daher wurde nichts gespeichert. Prüfe deine Verbindung; erneutes Drücken ist unbedenklich.',
    serverError:
      'Pulse konnte das nicht speichern (ein Fehler bei uns, er wurde protokolliert). Versuche es in einer Minute erneut.',
    gone: 'Diese Nachverfolgung gibt es nicht mehr. Lade die Liste neu.',
    invalidTransition:
      'Dieser Schritt ist aus dem aktuellen Status nicht möglich; die Karte zeigt die möglichen.',
    refused: 'Nicht gespeichert: {why}',
  },
  traits: 'Merkmale',
  evidence: {
    title: 'Markiert wegen',
    quote: '„{words}“',
    addedBy: 'hinzugefügt von {who}',
  },
  correction: {
    open: 'Korrigieren',
    title: 'Was sagt dieser Kommentar wirklich?',
    themes: 'Themen',
    churn: 'Der Kunde deutet an, zu kündigen (Abwanderungsrisiko)',
    save: 'Korrektur speichern',
    cancel: 'Abbrechen',
    movedOn:
      'Jemand aus deinem Team hat diese Nachverfolgung geändert, seit du dieses Formular geöffnet hast; beim Speichern siehst du zuerst diese Änderung.',
  },
  history: {
    title: {
      one: 'Verlauf ({count} Eintrag)',
      other: 'Verlauf ({count} Einträge)',
    },
    system: 'Pulse',
    api: 'API-Schlüssel',
    opened: 'Eröffnet mit Priorität {priority}',
    status: 'Status von {from} zu {to} geändert',
    assigned: '{to} zugewiesen',
    unassigned: 'Zuweisung an {from} aufgehoben',
    reassigned: 'Von {from} an {to} übergeben',
    note: 'Notiz hinzugefügt',
    classification: 'Einordnung korrigiert: {changes}',
    themes: 'Themen von {from} zu {to}',
    noThemes: 'keine',
    churnOn: 'Abwanderungsrisiko gesetzt',
    churnOff: 'Abwanderungsrisiko entfernt',
    priority: 'Priorität von {from} zu {to}',
  },
} satisfies Translation<typeof en>;
