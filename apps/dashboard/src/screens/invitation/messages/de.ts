import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  loading: 'Ihre Einladung wird geöffnet…',
  title: '{project} beitreten',
  invitedBy: '{who} hat Sie eingeladen, {project} auf Pulse als {role} beizutreten.',
  invitedByKey: 'Sie sind eingeladen, {project} auf Pulse als {role} beizutreten.',
  expires: 'Dieser Link funktioniert einmal, bis {when}.',
  email: 'E-Mail',
  name: 'Ihr Name',
  newPassword: 'Passwort wählen',
  passwordHint: {
    one: 'Mindestens {count} Zeichen.',
    other: 'Mindestens {count} Zeichen.',
  },
  currentPassword: 'Ihr Pulse-Passwort',
  existing:
    'Sie haben bereits ein Pulse-Konto mit dieser E-Mail: Geben Sie dessen Passwort ein. Der Beitritt ändert es nicht.',
  submit: 'Beitreten und anmelden',
  working: 'Wird beigetreten…',
  errors: {
    weakPassword: {
      one: 'Wählen Sie ein Passwort mit mindestens {count} Zeichen.',
      other: 'Wählen Sie ein Passwort mit mindestens {count} Zeichen.',
    },
    wrongPassword: 'Das ist nicht das Passwort Ihres Pulse-Kontos.',
    alreadyMember: 'Sie sind bereits Mitglied dieses Projekts: Melden Sie sich einfach an.',
    limited: 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    failed:
      'Pulse war nicht erreichbar, Sie sind noch nicht beigetreten. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  },
  unusableTitle: 'Dieser Einladungslink funktioniert nicht mehr',
  unusable: {
    invite_used:
      'Er wurde bereits verwendet: Ein Einladungslink funktioniert nur einmal. Wenn Sie selbst beigetreten sind, melden Sie sich an.',
    invite_revoked: 'Die Inhaber des Projekts haben ihn zurückgezogen. Bitten Sie sie um einen neuen Link.',
    invite_expired: 'Er ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.',
    invite_not_found:
      'Das ist kein gültiger Einladungslink. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder bitten Sie um einen neuen.',
  },
  unreachable:
    'Pulse war nicht erreichbar, um diese Einladung zu lesen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  signIn: 'Zur Anmeldung',
} satisfies Translation<typeof en>;
