import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Connexion à Pulse',
  subtitle: 'Suivez le NPS en direct et traitez la file de suivi avec votre équipe.',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  submit: 'Se connecter',
  working: 'Connexion…',
  invalid:
    'Cette adresse e-mail et ce mot de passe ne correspondent pas. Vérifiez-les ou demandez à un propriétaire de vous inviter à nouveau.',
  limited: 'Trop de tentatives échouées depuis ce réseau. Attendez 15 minutes, puis réessayez.',
  failed: 'Impossible de joindre Pulse. Vérifiez votre connexion et réessayez.',
  hint: 'Un propriétaire vous ajoute avec :',
} satisfies Translation<typeof en>;
