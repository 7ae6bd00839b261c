import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Équipe et accès',
  members: 'Membres',
  you: 'Vous',
  joined: 'Arrivé·e {when}',
  lastSeen: 'Vu·e {when}',
  neverSeen: 'Pas encore connecté·e',
  role: 'Rôle de {who}',
  remove: 'Retirer',
  confirmRemove:
    'Retirer {who} de ce projet ? Ses sessions prennent fin aussitôt ; vous pourrez l’inviter à nouveau plus tard.',
  removeYes: 'Retirer le membre',
  working: 'En cours…',
  roleHelp: {
    owner:
      'Les propriétaires peuvent tout faire : enquêtes, équipe, clés d’API, origines, webhooks et journal d’audit.',
    agent: 'Les agents traitent la file de suivi et consultent tout le reste.',
    viewer: 'Les lecteurs peuvent seulement consulter.',
  },
  refusals: {
    last_owner: 'Un projet a besoin d’un propriétaire : nommez d’abord quelqu’un d’autre propriétaire.',
    already_member: 'Cette personne est déjà membre : changez plutôt son rôle.',
    invite_used: 'Cette invitation a déjà été acceptée : la personne est désormais membre.',
  },
  invite: {
    title: 'Inviter quelqu’un',
    hint: 'Pulse n’envoie pas d’e-mail : vous obtenez un lien à envoyer vous-même. Il ne fonctionne qu’une fois.',
    email: 'E-mail',
    role: 'Rôle',
    days: 'Lien valable',
    daysOption: {
      one: '{count} jour',
      many: '{count} de jours',
      other: '{count} jours',
    },
    submit: 'Créer le lien d’invitation',
    working: 'Création…',
    link: 'Lien d’invitation pour {email}',
    expires:
      'Il fonctionne une fois, jusqu’au {when}. Vous ne reverrez pas ce lien : s’il se perd, invitez à nouveau.',
    done: 'C’est fait, je l’ai envoyé',
  },
  pending: {
    title: 'Invitations en attente',
    empty: 'Aucune invitation en attente.',
    as: 'en tant que {role}',
    by: 'invité·e par {who}',
    expires: 'Lien valable jusqu’au {when}',
    expired: 'Lien expiré {when} : invitez à nouveau pour en envoyer un autre',
    withdraw: 'Retirer',
    confirmWithdraw: 'Retirer l’invitation pour {email} ? Son lien cesse aussitôt de fonctionner.',
    withdrawYes: 'Retirer l’invitation',
  },
} satisfies Translation<typeof en>;
