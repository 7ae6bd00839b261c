import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'Enquête',
  period: 'Période',
  periods: {
    '24h': '24 h',
    '7d': '7 jours',
    '30d': '30 jours',
    '90d': '90 jours',
    custom: 'Personnalisée',
  },
  periodHints: {
    '24h': 'L’heure en cours et les 23 précédentes (UTC)',
    '7d': 'Aujourd’hui jusqu’à maintenant et les 6 jours précédents (jours UTC)',
    '30d': 'Aujourd’hui jusqu’à maintenant et les 29 jours précédents (jours UTC)',
    '90d': 'Aujourd’hui jusqu’à maintenant et les 89 jours précédents (jours UTC)',
    custom: 'Jours UTC entiers, dernier jour inclus',
  },
  filters: {
    title: 'Filtres',
    category: 'Catégorie',
    anyCategory: 'Toutes les catégories',
    locale: 'Langue',
    anyLocale: 'Toutes les langues',
    trait: 'Attribut',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'Saisissez un attribut sous la forme clé=valeur, par ex. plan=enterprise.',
    from: 'Du',
    to: 'Au',
    apply: 'Appliquer',
    clear: 'Effacer les filtres',
    export: 'Exporter en CSV',
    exporting: 'Export…',
  },
  tiles: {
    nps: 'NPS',
    interval: 'Intervalle à 95 % : de {low} à {high} · {answers}',
    noAnswers: 'Aucune réponse sur cette période',
    change: 'Évolution par rapport à la période précédente',
    verdicts: {
      better: 'Mieux : au-delà de l’intervalle à 95 %',
      worse: 'Moins bien : au-delà de l’intervalle à 95 %',
      within_noise: 'Dans l’intervalle à 95 % : peut-être du bruit',
      too_few: 'Trop peu de réponses pour comparer',
    },
    differenceInterval: 'Intervalle à 95 % de l’évolution : de {low} à {high}',
    previous: 'Période précédente : NPS {nps} · {answers}',
    tooFew: '{now} maintenant et {before} avant ; un verdict en demande {min} de chaque côté.',
    responses: 'Réponses',
    breakdown: 'Répartition',
    allTime: '{answers} au total · NPS {nps}',
  },
  distribution: {
    title: 'Répartition des notes',
  },
  trend: {
    title: 'Tendance du NPS',
    nps: 'NPS',
    volume: 'Réponses',
    empty: 'Aucune réponse sur cette période pour l’instant.',
  },
  feed: {
    title: 'Dernières réponses',
    empty:
      'Aucune réponse pour l’instant. Collez l’extrait du widget sur votre site, ou élargissez la période et les filtres.',
    newItems: {
      one: '{count} nouvelle réponse — afficher',
      many: '{count} de nouvelles réponses — afficher',
      other: '{count} nouvelles réponses — afficher',
    },
  },
  noSurveys:
    'Ce projet n’a pas encore d’enquête. Créez-en une via l’API (POST /v1/surveys) et elle apparaîtra ici.',
  filterTooBroad:
    'Trop de réponses à filtrer sur cette période. Choisissez une période plus courte ou retirez un filtre.',
} satisfies Translation<typeof en>;
