import type { LexiconDef } from './types.js';

/** French. Elisions split at the apostrophe ("n'annulerai" → n annulerai), so `n` is a negator. */
// biome-ignore format: lexicon tables read better packed than one word per line
export const fr: LexiconDef = {
  language: 'fr',
  letters: 'èêëàâîôûœç',
  stopwords: [
    'le', 'en', 'de', 'les', 'et', 'est', 'pas', 'je', 'nous', 'vous', 'une', 'des', 'du', 'très', 'pour', 'avec', 'mais', 'ce',
    'c', 'j', 'n', 'd', 'l', 'qu', 'il', 'elle', 'sur', 'trop', 'au', 'aux', 'ne', 'on', 'mon', 'ma', 'mes',
    'votre', 'vos', 'ai', 'cette', 'sont', 'été', 'rien', 'tout', 'bien', 'plus', 'même', 'depuis', 'parce', 'chez',
    'avez', 'était', 'sans', 'jamais', 'aucun', 'ça',
    'se', 'un', 'vraiment', 'fois', 'chaque', 'mois', 'svp', 'notre', 'comme', 'dans', 'la',
  ],
  negators: ['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'nullement'],
  negatorsAfter: ['pas', 'jamais'],
  conditionals: ['si', 's', 'quand', 'tant', 'lorsque'],
  after: ['apres', 'failli', 'presque', 'pense', 'voulais'],
  scopeBreakers: ['mais', 'car', 'parce', 'donc', 'et', 'ou', 'alors', 'pourtant', 'cependant', 'puisque'],
  leave: [
    'plus client*', 'plie* bagage', 'on en reste la', 'stoppe _ prelevement',
    'on se barre', 'je me casse', 'je m en vais', 'on s en va', 'on arrete', 'j arrete', 'laisse tomber', 'au revoir', 'bye', 'c est fini', 'basculer|bascule|basculons', 'migrer|migre|migrons', 'on passe a|chez|sur', 'je passe chez', 'un concurrent', 'les concurrents', 'on teste', 'essai gratuit', 'pourquoi rester', 'resili*', 'reconduir*|reconduction', 'fin de contrat|d engagement', 'plus jamais', 'commanderai plus', 'desabonn*', 'desinscri*', 'supprim* _ compte',
    'ailleurs', 'on part|pars|partons|se barre|s en va|m en vais|change|bascule|migre', 'part chez|pour|sur', 'passe sur|chez',
    'autre* _ outil*|solution*|prestataire*|fournisseur*|banque|site|crm|systeme|plateforme*|compte|editeur|operateur',
    'autre chose', 'alternative*', 'concurren*', 'essai*', 'etudier|comparatif|compare', 'pilote', 'ce qui existe', 'voir ailleurs',
    'raison de rester|partir', 'pourquoi je resterais', 'envie de rester', 'prouvez', 'dernier|derniere paiement|mois|chance|avertissement',
    'salut', 'adieu', 'ciao', 'merci pour rien', 'vous perdez|perdre', 'bloquer', 'supprime _ appli', 'sur la sellette', 'remet* _ question',
    'on hesite', 'pas sur _ renouvel*|rempil*|continu*', 'je doute|j en doute', 'voterais contre', 'vois mal', 'se pose _ question',
    'signe chez', 'desormais', 'retour a', 'on prend', 'debranch*', 'on arrete', 'preavis', 'ca suffit', 'ras le bol', 'plus jamais',
    'arreter de l utiliser', 'rempile|rempiler', 'cloturer', 'fais opposition', 'change de cremerie', 'tout est fini', 'c est fini',
    'fermer le compte', 'me casse',
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
  fine: [
    'aide|aides|aidee', 'efficace', 'rapides',
    'correct|correcte', 'bien', 'bon|bonne', 'top', 'nickel', 'honnete', 'raisonnable|raisonnables', 'solide',
    'adorable', 'sympa', 'au top', 'rien a dire|redire|signaler', 'aucun souci|probleme', 'ca va', 'me plait',
    'rapide', 'simple', 'stable', 'fiable', 'fonctionne|marche bien', 'j adore', 'sont la',
  ],
  solved: [
    'fonctionne a nouveau', 'remarche', 'c est regle',
    'regle|reglee|reglees|regles', 'resolu|resolue', 'corrige|corrigee', 'rembourse|remboursee', 'disparu', 'plus de',
    'ne _ plus', 'fini par'
  ],
  damage: ['casse|cassee|casses|abime|abimee|abimes|endommag*|ecrase|ecrasee'],
  delays: ['eternite', 'met|mis|mettent|prend|pris _ jours|semaines|heures|temps', 'des jours|semaines'],
  themes: {
    price: [
      'du vol', 'hors de prix', 'par mois pour', 'devis', 'cher|chers|chere|cheres', 'cout', 'moins cher*',
      'prix', 'cher|chère|chers|chères|chèrement', 'coût*', 'coûteu*', 'tarif*', 'abordable', 'bon marché',
      'rapport qualité', 'remise*', 'réduction*', 'promo*', 'onéreu*', 'pay* trop|autant',
    ],
    billing: [
      'refusee|refuse', 'carte',
      'factur*', 'prélev*', 'paiement*', 'débit*', 'carte bancaire', 'carte de crédit', 'rembours*', 'reçu',
      'transaction*', 'tva', 'montant*', 'deux fois',
    ],
    support: [
      'conseiller|conseillere|conseillers',
      'raccroche', 'injoignable', 'robot', 'bot', 'toute faite', 'nous a traites', 'rappelle',
      'support', 'service client|clients|clientèle', 'sav', 'conseill*', 'agent*', 'hotline', 'ticket*', 'répon*',
      'assistance', 'joindre|joignable|injoignable', 'personne _ aid*', 'chat',
    ],
    reliability: [
      'se ferme', 'ferme tout seul', 'se bloque', 'reste bloque*', 'ecran noir|blanc', 'ne repond plus', 'me deconnecte', 'disparu*', 'efface*', 'se relance',
      'se coupe', 'toute seule|tout seul', 'ecran noir|blanc', 'force* la fermeture', 'lache', 'mouline', 'tout vide', 's ouvre _ pas', 'ejecte', 'redemarre', 'crashe', 'freeze', 'abandonne', 'bugue', 'marche jamais', 'coupure*', 'saute', 'tient', 'plante*',
      'bug*', 'beug*', 'bogue*', 'plant*', 'crash*', 'erreur*', 'panne*', 'fonctionn*|march* pas|plus|mal',
      'instable*', 'stable|stabilité', 'fiab*', 'bloqu*', 'fige|figée|figé|figent', 'perdu _ données',
      'indisponib*', 'coupure*', 'déconnect*',
    ],
    performance: [
      'plusieurs secondes', 'fluide',
      'lent*', 'lenteur*', 'rapid*', 'vitesse', 'chargement*', 'charger|charge|chargent', 'performance*', 'rame|ramer|rament',
      'interminable', 'lag*',
    ],
    usability: [
      'trouve plus rien', 'trouve rien', 'etapes',
      'editeur', 'prise en main', 'labyrinthe', 'clics', 'reglages', 'trouve rien', 'foutoir', 'pas pratique',
      'compliqu*', 'confus*', 'intuiti*', 'facile|faciles|facilement|simple|simples|simplicité', 'ergonom*', 'interface*',
      'navigation', 'naviguer', 'menu*', 'prise en main', 'difficile*', 'design', 'pas clair',
    ],
    features: [
      'dupliquer',
      'modification groupee', 'vue chronologique', 'appli mobile', 'etiquettes', 'hors ligne', 'reporting', 'ne fait pas ce',
      'fonctionnalit*', 'fonction|fonctions', 'intégration*', 'export*', 'manque|manquent|manquant*',
      'ajout*', 'aimerais', 'souhait*', 'rapport|rapports', 'personnalis*', 'mode sombre', 'api', 'modèle*',
    ],
    delivery: [
      'mauvais article|produit|colis', 'livre|livree le lendemain',
      'remplacement', 'livreur', 'colis',
      'livr*', 'colis', 'expédi*', 'envoi', 'transporteur*', 'coursier*', 'suivi', 'arriv*', 'commande*', 'retard*',
      'poste',
    ],
  },
};
