import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  copy: 'Copier',
  copied: 'Copié',
  copyFailed: 'Le navigateur a bloqué la copie : sélectionnez le texte et copiez-le vous-même.',
  cancel: 'Annuler',
  retry: 'Réessayer',
  roleGroups: {
    owner: 'les propriétaires',
    agent: 'les agents',
    viewer: 'les lecteurs',
  },
  problems: {
    offline: 'Impossible de joindre Pulse : rien n’a changé. Vérifiez votre connexion et réessayez.',
    forbidden: 'Seuls {roles} peuvent faire cela. Demandez à l’un d’eux si nécessaire.',
    signedOut: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
    limited: 'Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.',
    serverError:
      'Pulse n’a pas pu le faire (une erreur de notre côté, déjà enregistrée). Réessayez dans une minute.',
    notFound:
      'Cet élément n’existe plus : quelqu’un l’a modifié entre-temps. La liste affiche maintenant l’état actuel.',
    refused: 'Non effectué : {why}',
  },
} satisfies Translation<typeof en>;
