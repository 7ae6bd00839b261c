import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  loading: 'Ouverture de votre invitation…',
  title: 'Rejoindre {project}',
  invitedBy: '{who} vous invite à rejoindre {project} sur Pulse en tant que {role}.',
  invitedByKey: 'Vous êtes invité·e à rejoindre {project} sur Pulse en tant que {role}.',
  expires: 'Ce lien fonctionne une fois, jusqu’au {when}.',
  email: 'E-mail',
  name: 'Votre nom',
  newPassword: 'Choisissez un mot de passe',
  passwordHint: {
    one: 'Au moins {count} caractère.',
    many: 'Au moins {count} de caractères.',
    other: 'Au moins {count} caractères.',
  },
  currentPassword: 'Votre mot de passe Pulse',
  existing:
    'Vous avez déjà un compte Pulse avec cet e-mail : saisissez son mot de passe. Rejoindre le projet ne le change pas.',
  submit: 'Rejoindre et se connecter',
  working: 'Connexion…',
  errors: {
    weakPassword: {
      one: 'Choisissez un mot de passe d’au moins {count} caractère.',
      many: 'Choisissez un mot de passe d’au moins {count} de caractères.',
      other: 'Choisissez un mot de passe d’au moins {count} caractères.',
    },
    wrongPassword: 'Ce n’est pas le mot de passe de votre compte Pulse.',
    alreadyMember: 'Vous êtes déjà membre de ce projet : connectez-vous plutôt.',
    limited: 'Trop de tentatives. Patientez une minute, puis réessayez.',
    failed:
      'Impossible de joindre Pulse : vous n’avez pas encore rejoint le projet. Vérifiez votre connexion et réessayez.',
  },
  unusableTitle: 'Ce lien d’invitation ne fonctionne plus',
  unusable: {
    invite_used:
      'Il a déjà été utilisé : un lien d’invitation ne sert qu’une fois. Si c’est vous qui avez rejoint le projet, connectez-vous.',
    invite_revoked: 'Les propriétaires du projet l’ont retiré. Demandez-leur un nouveau lien.',
    invite_expired: 'Il a expiré. Demandez un nouveau lien à la personne qui vous a invité·e.',
    invite_not_found:
      'Ce n’est pas un lien d’invitation valide. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau.',
  },
  unreachable:
    'Impossible de joindre Pulse pour lire cette invitation. Vérifiez votre connexion et réessayez.',
  retry: 'Réessayer',
  signIn: 'Aller à la connexion',
} satisfies Translation<typeof en>;
