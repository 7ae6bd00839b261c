import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Team & Zugriff',
  members: 'Mitglieder',
  you: 'Sie',
  joined: 'Beigetreten {when}',
  lastSeen: 'Zuletzt aktiv {when}',
  neverSeen: 'Noch nicht angemeldet',
  role: 'Rolle von {who}',
  remove: 'Entfernen',
  confirmRemove:
    '{who} aus diesem Projekt entfernen? Die Sitzungen enden sofort; Sie können die Person später erneut einladen.',
  removeYes: 'Mitglied entfernen',
  working: 'Läuft…',
  roleHelp: {
    owner:
      'Inhaber dürfen alles: Umfragen, Team, API-Schlüssel, Origins, Webhooks und das Änderungsprotokoll.',
    agent: 'Agenten bearbeiten die Nachverfolgungen und sehen alles Übrige.',
    viewer: 'Betrachter können nur lesen.',
  },
  refusals: {
    last_owner: 'Ein Projekt braucht einen Inhaber: Machen Sie zuerst jemand anderen zum Inhaber.',
    already_member: 'Diese Person ist bereits Mitglied: Ändern Sie stattdessen ihre Rolle.',
    invite_used: 'Diese Einladung wurde schon angenommen: Die Person ist jetzt Mitglied.',
  },
  invite: {
    title: 'Jemanden einladen',
    hint: 'Pulse verschickt keine E-Mails: Sie erhalten einen Link, den Sie selbst senden. Er funktioniert einmal.',
    email: 'E-Mail',
    role: 'Rolle',
    days: 'Link gültig für',
    daysOption: {
      one: '{count} Tag',
      other: '{count} Tage',
    },
    submit: 'Einladungslink erstellen',
    working: 'Wird erstellt…',
    link: 'Einladungslink für {email}',
    expires:
      'Er funktioniert einmal, bis {when}. Sie sehen diesen Link nicht wieder: Geht er verloren, laden Sie erneut ein.',
    done: 'Erledigt, ich habe ihn gesendet',
  },
  pending: {
    title: 'Offene Einladungen',
    empty: 'Keine Einladungen warten auf Annahme.',
    as: 'als {role}',
    by: 'eingeladen von {who}',
    expires: 'Link gültig bis {when}',
    expired: 'Link abgelaufen {when}: Laden Sie erneut ein, um einen neuen zu senden',
    withdraw: 'Zurückziehen',
    confirmWithdraw: 'Einladung für {email} zurückziehen? Der Link funktioniert dann sofort nicht mehr.',
    withdrawYes: 'Einladung zurückziehen',
  },
} satisfies Translation<typeof en>;
