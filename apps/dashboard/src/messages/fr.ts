import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'Principale',
    overview: 'Vue d’ensemble',
    queue: 'Suivis',
    responses: 'Réponses',
    settings: 'Paramètres',
    signOut: 'Se déconnecter',
    project: 'Projet',
    theme: 'Basculer le mode sombre',
    language: 'Langue',
  },
  settings: {
    nav: 'Sections des paramètres',
    surveys: 'Enquêtes',
    team: 'Équipe et accès',
    keys: 'Clés d’API',
    integrations: 'Intégrations',
    audit: 'Journal d’audit',
    ownersOnly:
      'Seuls les propriétaires du projet peuvent ouvrir cette section. Demandez à un propriétaire si vous en avez besoin.',
  },
  roles: {
    owner: 'Propriétaire',
    agent: 'Agent',
    viewer: 'Lecteur (lecture seule)',
  },
  connection: {
    connecting: 'Connexion…',
    live: 'En direct',
    catchingUp: 'Rattrapage…',
    offline: 'Hors ligne — reconnexion',
    unauthorized: 'Déconnecté — reconnectez-vous',
  },
  states: {
    loading: 'Chargement…',
    error: 'Impossible de charger cette vue.',
    retry: 'Réessayer',
    noProjects:
      'Votre compte n’appartient encore à aucun projet. Demandez à un propriétaire de vous ajouter.',
  },
  categories: {
    promoter: 'Promoteurs',
    passive: 'Passifs',
    detractor: 'Détracteurs',
  },
  category: {
    promoter: 'Promoteur',
    passive: 'Passif',
    detractor: 'Détracteur',
  },
  statuses: {
    open: 'Ouvert',
    in_progress: 'En cours',
    resolved: 'Résolu',
    dismissed: 'Écarté',
  },
  priorities: {
    urgent: 'Urgente',
    high: 'Haute',
    normal: 'Normale',
    low: 'Basse',
  },
  themes: {
    price: 'Prix',
    billing: 'Facturation',
    support: 'Assistance',
    reliability: 'Fiabilité',
    performance: 'Performances',
    usability: 'Ergonomie',
    features: 'Fonctionnalités',
    delivery: 'Livraison',
  },
  churnRisk: 'Risque de départ',
  score: '{category}, note {score}',
  answers: {
    one: '{count} réponse',
    many: '{count} de réponses',
    other: '{count} réponses',
  },
  noComment: 'Sans commentaire',
  anonymous: 'Anonyme',
  commentLanguage: 'Écrit en {language}',
} satisfies Translation<typeof en>;
