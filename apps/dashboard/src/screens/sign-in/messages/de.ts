import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Bei Pulse anmelden',
  subtitle: 'Verfolge den NPS live und arbeite die Nachverfolgung gemeinsam mit deinem Team ab.',
  email: 'E-Mail',
  password: 'Passwort',
  submit: 'Anmelden',
  working: 'Anmeldung läuft…',
  invalid:
    'E-Mail und Passwort passen nicht zusammen. Prüfe sie oder bitte einen Inhaber, dich erneut einzuladen.',
  limited:
    'Zu viele fehlgeschlagene Versuche aus diesem Netzwerk. Warte 15 Minuten und versuche es dann erneut.',
  failed: 'Pulse ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
  hint: 'Ein Inhaber fügt dich hinzu mit:',
} satisfies Translation<typeof en>;
