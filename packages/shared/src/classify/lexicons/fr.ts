import type { LexiconDef } from './types.js';

/** French. Elisions split at the apostrophe ("n'annulerai" → n annulerai), so `n` is a negator. */
// biome-ignore format: lexicon tables read better packed than one word per line
export const fr: LexiconDef = {
  language: 'fr',
  letters: 'èêëàâîôûœ',
  stopwords: [
    'le', 'en', 'de', 'les', 'et', 'est', 'pas', 'je', 'nous', 'vous', 'une', 'des', 'du', 'très', 'pour', 'avec', 'mais', 'ce',
    'c', 'j', 'n', 'd', 'l', 'qu', 'il', 'elle', 'sur', 'trop', 'au', 'aux', 'ne', 'on', 'mon', 'ma', 'mes',
    'votre', 'vos', 'ai', 'cette', 'sont', 'été', 'rien', 'tout', 'bien', 'plus', 'même', 'depuis', 'parce', 'chez',
    'avez', 'était', 'sans', 'jamais', 'aucun', 'ça',
  ],
  negators: ['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'nullement'],
  negatorsAfter: ['pas', 'jamais'],
  conditionals: ['si', 's', 'quand', 'tant', 'lorsque'],
  scopeBreakers: ['mais', 'car', 'parce', 'donc', 'et', 'ou', 'alors', 'pourtant', 'cependant', 'puisque'],
  leave: [
    'résili*', 'annul*', 'désabonn*', 'désinscri*', 'désinstall*',
    'quitt*', 'partir|pars|partons|partirai|partirons',
    'chang*|pass*|aller|irai|irons|migr* _ chez|à|vers _ concurren*|autre*',
    'chang* _ fournisseur*|prestataire*|banque|opérateur|solution|outil|logiciel|plateforme|crèmerie',
    'voir|chercher|aller ailleurs', 'cherch* _ autre|alternative*|concurren*',
    'ferm*|supprim*|clôtur* _ compte|abonnement|contrat',
    'arrêt* _ utiliser|abonnement|payer|commander',
    'récupér*|rendez|rendre _ argent',
    'plus jamais', 'adieu',
  ],
  stay: [
    'renouvel*', 'reconduir*', 'prolong*',
    'rest* client*|chez|avec|abonné*|fidèle*',
    'continu* _ utiliser|avec|abonnement|payer|commander',
    'commanderai|commanderons|achèterai|achèterons|rachèt*|reviendrai|reviendrons|revenir',
  ],
  themes: {
    price: [
      'prix', 'cher|chère|chers|chères|chèrement', 'coût*', 'coûteu*', 'tarif*', 'abordable', 'bon marché',
      'rapport qualité', 'remise*', 'réduction*', 'promo*', 'onéreu*', 'pay* trop|autant',
    ],
    billing: [
      'factur*', 'prélev*', 'paiement*', 'débit*', 'carte bancaire', 'carte de crédit', 'rembours*', 'reçu',
      'transaction*', 'tva', 'montant*', 'deux fois',
    ],
    support: [
      'support', 'service client|clients|clientèle', 'sav', 'conseill*', 'agent*', 'hotline', 'ticket*', 'répon*',
      'assistance', 'joindre|joignable|injoignable', 'personne _ aid*', 'chat',
    ],
    reliability: [
      'bug*', 'beug*', 'bogue*', 'plant*', 'crash*', 'erreur*', 'panne*', 'fonctionn*|march* pas|plus|mal',
      'instable*', 'stable|stabilité', 'fiab*', 'bloqu*', 'fige|figée|figé|figent', 'perdu _ données',
      'indisponib*', 'coupure*', 'déconnect*',
    ],
    performance: [
      'lent*', 'lenteur*', 'rapid*', 'vitesse', 'chargement*', 'charger|charge|chargent', 'performance*', 'rame|ramer|rament',
      'interminable', 'lag*', 'une éternité',
    ],
    usability: [
      'compliqu*', 'confus*', 'intuiti*', 'facile|faciles|facilement|simple|simples|simplicité', 'ergonom*', 'interface*',
      'navigation', 'naviguer', 'menu*', 'prise en main', 'difficile*', 'design', 'pas clair',
    ],
    features: [
      'fonctionnalit*', 'fonction|fonctions', 'option*', 'intégration*', 'export*', 'manque|manquent|manquant*',
      'ajout*', 'aimerais', 'souhait*', 'rapport|rapports', 'personnalis*', 'mode sombre', 'api', 'modèle*',
    ],
    delivery: [
      'livr*', 'colis', 'expédi*', 'envoi', 'transporteur*', 'coursier*', 'suivi', 'arriv*', 'commande*', 'retard*',
      'poste',
    ],
  },
};
