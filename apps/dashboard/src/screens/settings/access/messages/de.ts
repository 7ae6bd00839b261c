import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Der Browser hat das Kopieren verhindert: Markieren Sie den Text und kopieren Sie ihn selbst.',
  cancel: 'Abbrechen',
  retry: 'Erneut versuchen',
  roleGroups: {
    owner: 'Inhaber',
    agent: 'Agenten',
    viewer: 'Betrachter',
  },
  problems: {
    offline:
      'Pulse war nicht erreichbar, es wurde nichts geändert. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    forbidden: 'Nur {roles} können das tun. Bitten Sie einen von ihnen darum, falls es nötig ist.',
    signedOut: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um weiterzumachen.',
    limited: 'Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    serverError:
      'Pulse konnte das nicht ausführen (ein Fehler bei uns, er wurde protokolliert). Versuchen Sie es in einer Minute erneut.',
    notFound:
      'Das gibt es nicht mehr: Jemand hat es inzwischen geändert. Die Liste zeigt jetzt den aktuellen Stand.',
    refused: 'Nicht ausgeführt: {why}',
  },
} satisfies Translation<typeof en>;
