import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'API-Schlüssel',
  intro:
    'Mit einem Schlüssel nutzt ein Server oder Skript die API als Inhaber dieses Projekts (Authorization: Bearer sk_…). Geben Sie jedem einen eigenen Schlüssel, damit Sie einen widerrufen können, ohne die anderen anzufassen.',
  newName: 'Name des neuen Schlüssels',
  newPlaceholder: 'CRM-Export',
  create: 'Schlüssel erstellen',
  creating: 'Wird erstellt…',
  empty: 'Noch keine API-Schlüssel.',
  list: 'Schlüssel dieses Projekts',
  prefix: 'Beginnt mit',
  created: 'Erstellt {when}',
  createdBy: 'Erstellt {when} von {who}',
  lastUsed: 'Zuletzt genutzt {when}',
  neverUsed: 'Nie genutzt',
  previousSecret: 'vorheriges Secret',
  statuses: {
    active: 'Aktiv',
    expiring: 'Endet {when}',
    revoked: 'Widerrufen {when}',
  },
  revoke: 'Widerrufen',
  rotate: 'Rotieren',
  working: 'Läuft…',
  confirmRevoke:
    '„{name}“ widerrufen? Jede Anfrage mit diesem Schlüssel wird ab sofort abgelehnt. Das lässt sich nicht rückgängig machen.',
  revokeYes: 'Schlüssel widerrufen',
  rotateTitle: '„{name}“ rotieren: Er erhält ein neues Geheimnis unter demselben Namen.',
  grace: 'Das alte Geheimnis',
  graces: {
    now: 'endet sofort (nach einem Leck)',
    hour: 'funktioniert noch 1 Stunde',
    day: 'funktioniert noch 1 Tag',
    week: 'funktioniert noch 7 Tage',
  },
  rotateYes: 'Schlüssel rotieren',
  secret: {
    created: 'Das Geheimnis von „{name}“',
    rotated: 'Das neue Geheimnis von „{name}“',
    warning:
      'Kopieren Sie es jetzt und bewahren Sie es sicher auf: Sie sehen es nie wieder. Pulse speichert nur einen Fingerabdruck davon.',
    oldStops:
      'Das alte Geheimnis funktioniert noch bis {when}: Stellen Sie Ihre Server bis dahin auf das neue um.',
    oldStopped: 'Das alte Geheimnis funktioniert nicht mehr.',
    done: 'Ich habe es gespeichert',
  },
  refusals: {
    key_revoked: 'Dieser Schlüssel war bereits widerrufen.',
    key_expiring: 'Dieser Schlüssel wurde bereits rotiert: Rotieren Sie stattdessen den neuen.',
  },
  origins: {
    title: 'Erlaubte Origins',
    intro:
      'Die Websites, deren Seiten über das Widget Antworten senden dürfen. Ist keine eingetragen, werden Antworten von jeder Website angenommen.',
    entry: 'Origin {n}',
    placeholder: 'https://www.example.com',
    none: 'Keine eingetragen: Jede Website darf Antworten senden.',
    add: 'Origin hinzufügen',
    remove: 'Origin {n} entfernen',
    save: 'Origins speichern',
    saving: 'Wird gespeichert…',
    saved: 'Gespeichert. Andere API-Prozesse übernehmen es binnen 10 Sekunden.',
    invalid:
      'Kein Origin: Nur Schema und Host (und ggf. Port) angeben, etwa https://shop.example.com, ohne Pfad.',
    tooMany: 'Höchstens {count} Origins sind möglich.',
  },
} satisfies Translation<typeof en>;
