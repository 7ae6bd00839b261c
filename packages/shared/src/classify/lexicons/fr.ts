import type { LexiconDef } from './types.js';

/** French. Elisions split at the apostrophe ("n'annulerai" → n annulerai), so `n` is a negator. */
// biome-ignore format: lexicon tables read better packed than one word per line
export const fr: LexiconDef = {
  language: 'fr',
  letters: 'èêëàâîôûœç',
  stopwords: [
    'tu', 'ils', 'elles', 'leur', 'leurs', 'ton', 'son', 'sa', 'ses', 'nos', 'ces', 'cet', 'qui', 'quoi', 'où', 'quand', 'comment', 'pourquoi', 'donc', 'alors', 'aussi', 'encore', 'toujours', 'déjà', 'après', 'avant', 'pendant', 'sous', 'entre', 'vers', 'peu', 'beaucoup', 'assez', 'moins', 'personne', 'quelqu', 'quelque', 'cela', 'ceci', 'y', 'suis', 'es', 'sommes', 'êtes', 'avons', 'ont', 'fait', 'faire', 'peut', 'peux', 'veux', 'voulais', 'dois', 'doit', 'faut', 'étais', 'sera', 'serait', 'aurait', 'bof', 'franchement', 'genre', 'grave', 'carrément', 'vachement', 'hyper', 'ouais', 'nan', 'merci', 'bonjour', 'recommande', 'attendais', 'mieux', 'pire', 'expérience', 'fermés', 'yeux',
    'le', 'en', 'de', 'les', 'et', 'est', 'pas', 'je', 'nous', 'vous', 'une', 'des', 'du', 'très', 'pour', 'avec', 'mais', 'ce',
    'c', 'j', 'n', 'd', 'l', 'qu', 'il', 'elle', 'sur', 'trop', 'au', 'aux', 'ne', 'on', 'mon', 'ma', 'mes',
    'votre', 'vos', 'ai', 'cette', 'sont', 'été', 'rien', 'tout', 'bien', 'plus', 'même', 'depuis', 'parce', 'chez',
    'avez', 'était', 'sans', 'jamais', 'aucun', 'ça',
    'se', 'un', 'vraiment', 'fois', 'chaque', 'mois', 'svp', 'notre', 'comme', 'dans', 'la',
  ],
  negators: [
    'nan', 'guère','ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'nullement'],
  negatorsAfter: ['pas', 'jamais'],
  conditionals: ['si', 's', 'quand', 'tant', 'lorsque'],
  after: [
    'pensé', 'voulu', 'hésité', 'envisagé','apres', 'failli', 'presque', 'pense', 'voulais'],
  scopeBreakers: ['mais', 'car', 'parce', 'donc', 'et', 'ou', 'alors', 'pourtant', 'cependant', 'puisque'],
  leave: [
    'portabilité', 'je fais la portabilité', 'je pars chez', 'on part chez', 'on passe chez', 'je vais chez', 'on va chez', 'on déménage chez|sur|vers', 'déménage chez', 'je change d|de opérateur|banque|fournisseur|logiciel|outil', 'changer de logiciel|outil|opérateur|banque|fournisseur|prestataire|crèmerie', 'on change de', 'on bascule', 'repassés aux|à', 'on est repassés', 'retour aux|à', 'on regarde ailleurs', 'regarde ailleurs', 'on regarde _ autres|d autres', 'd autres solutions|outils|offres', 'autre opérateur', 'c est terminé', 'terminé entre nous', 'fini pour moi', 'je clôture', 'clôturer', 'fermer mon|le compte', 'je résilie', 'résiliation', 'résilié', 'j arrête', 'on arrête', 'j arrête en', 'bye bye', 'tchao', 'à jamais', 'vous me reverrez plus', 'me reverrez plus', 'je remets plus les pieds', 'remettre les pieds', 'je me désabonne', 'désabonnement', 'je désinstalle', 'désinstallé', 'j ai fait opposition', 'opposition', 'bloquer vos prélèvements', 'bloquer _ prélèvements', 'on teste _ en parallèle', 'en parallèle', 'on hésite', 'on hésite à', 'pas sûr qu on continue', 'pas sûr de continuer', 'j en doute', 'je doute', 'continuer l aventure', 'une seule raison de rester', 'raison de rester', 'donnez moi une raison', 'laisser expirer', 'laisse _ expirer', 'dernier mois', 'ne pas reconduire', 'pas reconduire', 'ne renouvellerons pas', 'on renouvellera pas', 'fin de l abonnement', 'point final', 'point barre',
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
    'je reste', 'on reste', 'on renouvelle', 'renouvelle', 'je continue', 'on continue', 'continuer', 'je commande toujours', 'je rachèterai',
    'renouvel*', 'reconduir*', 'prolong*',
    'rest* client*|chez|avec|abonné*|fidèle*',
    'continu* _ utiliser|avec|abonnement|payer|commander',
    'commanderai|commanderons|achèterai|achèterons|rachèt*|reviendrai|reviendrons|revenir',
  ],
  fine: [
    'génial', 'super', 'sympathique', 'gentil|gentille|gentils', 'rien à redire', 'rien à dire', 'je l accorde', 'il faut l avouer', 'avouons le', 'j avoue', 'joli|jolie', 'beau|belle', 'chouette', 'cool', 'parfait|parfaite', 'impeccable', 'pratique', 'ça fait le job', 'ça marche bien', 'facile', 'fluide', 'j aime bien',
    'aide|aides|aidee', 'efficace', 'rapides',
    'correct|correcte', 'bien', 'bon|bonne', 'top', 'nickel', 'honnete', 'raisonnable|raisonnables', 'solide',
    'adorable', 'sympa', 'au top', 'rien a dire|redire|signaler', 'aucun souci|probleme', 'ca va', 'me plait',
    'rapide', 'simple', 'stable', 'fiable', 'fonctionne|marche bien', 'j adore', 'sont la',
  ],
  solved: [
    'a été réparée|réparé|corrigé|résolu|remboursé', 'réparée', 'réparé', 'rentré dans l ordre', 'enfin', 'finalement', 'c est réglé', 'c est corrigé', 'ça remarche', 'remboursé au final', 'j ai été remboursé',
    'remboursement _ arrive',
    'fonctionne a nouveau', 'remarche', 'c est regle',
    'regle|reglee|reglees|regles', 'resolu|resolue', 'corrige|corrigee', 'rembourse|remboursee', 'disparu', 'plus de',
    'ne _ plus', 'fini par'
  ],
  wishes: ['aimerais', 'souhait*', 'ce serait top|bien|génial|pratique|super|cool|utile', 'ce serait _ top|bien|génial|pratique|super|cool|utile', 'serait pratique', 'j aimerais', 'on aimerait'],
  damage: [
    'trempé*|mouillé*|déchiré*|éventré*|ouvert|ouverte|renversé*|écrasé*|cabossé*','casse|cassee|casses|abime|abimee|abimes|endommag*|ecrase|ecrasee'],
  delays: [
    'une éternité', 'éternité', 'des plombes', 'trois plombes', 'des heures', 'des jours', 'des semaines', 'secondes', 'se faire un café', 'interminable', 'j attends', 'j attends toujours', 'toujours rien', '1h30', 'une heure et demie','eternite', 'met|mis|mettent|prend|pris _ jours|semaines|heures|temps', 'des jours|semaines'],
  themes: {
    price: [
      'balles', 'boules', 'arnaque', 'abusé', 'abusif', 'trop cher', 'cher', 'chère', 'chers', 'pas cher', 'donné', 'c est donné', 'pour ce prix', 'à ce prix', 'au prix', 'rapport qualité prix', 'qualité prix', 'par mois', 'par an', 'par utilisateur', '€ par mois', 'tarif', 'tarifs', 'augmentation', 'augmenté', 'hausse', 'ont grimpé', 'grimpé', 'gratuit', 'gratuite', 'je paie le premium', 'frais de livraison', 'frais', 'abonnement trop', 'portions _ rétréci', 'moins cher', 'moins chères', 'plus cher', 'payer autant', 'ça vaut', 'vaut pas', 'ça vaut pas le coup', 'vaut le coup', 'rentable', 'économique',
      'du vol', 'hors de prix', 'par mois pour', 'devis', 'cher|chers|chere|cheres', 'cout', 'moins cher*',
      'prix', 'cher|chère|chers|chères|chèrement', 'coût*', 'coûteu*', 'tarif*', 'abordable', 'bon marché',
      'rapport qualité', 'remise*', 'réduction*', 'promo*', 'onéreu*', 'pay* trop|autant',
    ],
    billing: [
      'prélevé', 'prélevés', 'prélèvement', 'prélèvements', 'débité', 'débitée', 'facturé', 'facturée', 'facture', 'factures', 'facturation', 'siret|tva|siren', 'remboursement', 'rembourser', 'remboursé', 'remboursez', 'frais de rejet', 'rejet', 'relance', 'relances', 'mise en demeure', 'recouvrement', 'paylib|paypal|lydia|carte bleue|cb', 'apple pay', 'google pay', 'payé en trois fois', 'en trois fois', 'paiement', 'paiements', 'payer par', 'payé', 'payée', 'en double', 'montant', 'trop perçu', 'mandat sepa', 'sepa',
      'refusee|refuse', 'carte',
      'factur*', 'prélev*', 'paiement*', 'débit*', 'carte bancaire', 'carte de crédit', 'rembours*', 'reçu',
      'transaction*', 'tva', 'montant*', 'deux fois',
    ],
    support: [
      'au téléphone', 'téléphone', 'raccroché', 'raccrocher', 'au nez', 'script', 'conseiller', 'conseillère', 'conseillers', 'service client', 'chatbot', 'mail', 'mails', 'e mails', 'courriel', 'accusé de réception', 'réponse', 'réponses', 'répondu', 'répond', 'répondent', 'personne ne répond', 'personne ne rappelle', 'rappeler', 'me rappeler', 'rappel', 'joindre', 'm a aidé', 'aidé', 'aide', 'de chez vous', 'votre équipe', 'en agence', 'agence', 'interlocuteur', 'une info', 'infos', 'informé', 'informations', 'explication', 'explications', 'ticket', 'réclamation', 'plainte', 'votre appel est important', 'connaît son produit', 'compétent', 'incompétent', 'aimable', 'désagréable',
      'conseiller|conseillere|conseillers',
      'raccroche', 'injoignable', 'robot', 'bot', 'toute faite', 'nous a traites', 'rappelle',
      'support', 'service client|clients|clientèle', 'sav', 'conseill*', 'agent*', 'hotline', 'ticket*', 'répon*',
      'assistance', 'joindre|joignable|injoignable', 'personne _ aid*', 'chat',
    ],
    reliability: [
      'écran _ blanc|noir', 'devient _ blanc|noir', 'tout blanc', 'tout noir', 'décroche', 'box décroche', 'plus de connexion', 'connexion', 'réseau', 'pas de réseau', 'coupure', 'coupures', 'coupé', 'disparu', 'disparue', 'disparaît', 'disparaissent', 'effacé', 'effacées', 'perdu _ données|photos|fichiers|réservation', 'pas envoyées|envoyé|enregistré|sauvegardé', 's enregistre pas', 'ne s ouvre', 's ouvre pas', 'plante', 'planté', 'plantage', 'plantages', 'crash', 'bug', 'bugs', 'buggé', 'beugue', 'erreur', 'erreurs', 'erreur 500', '500', '404', 'panne', 'pannes', 'en panne', 'en rade', 'hors service', 'hs', 'ne marche pas|plus', 'marche pas', 'marche une fois', 'fonctionne pas', 'déconnecte', 'déconnexion', 'éjecté', 'éjecte', 'renvoie à l écran', 'renvoie à la connexion', 'bloqué', 'bloquée', 'figé', 'se fige', 'gèle', 'gelé', 'se ferme toute seule', 'redémarre', 'redémarrer', 'instable', 'stable', 'fiable', 'existent pas', 'n existe pas', 'pas un seul plantage',
      'se ferme', 'ferme tout seul', 'se bloque', 'reste bloque*', 'ecran noir|blanc', 'ne repond plus', 'me deconnecte', 'disparu*', 'efface*', 'se relance',
      'se coupe', 'toute seule|tout seul', 'ecran noir|blanc', 'force* la fermeture', 'lache', 'mouline', 'tout vide', 's ouvre _ pas', 'ejecte', 'redemarre', 'crashe', 'freeze', 'abandonne', 'bugue', 'marche jamais', 'coupure*', 'saute', 'tient', 'plante*',
      'bug*', 'beug*', 'bogue*', 'plant*', 'crash*', 'erreur*', 'panne*', 'fonctionn*|march* pas|plus|mal',
      'instable*', 'stable|stabilité', 'fiab*', 'bloqu*', 'fige|figée|figé|figent', 'perdu _ données',
      'indisponib*', 'coupure*', 'déconnect*',
    ],
    performance: [
      'rame', 'rament', 'ramer', 'ça rame', 'rame sévère', 'lent', 'lente', 'lents', 'lentes', 'plus lent', 'lenteur', 'lenteurs', 'd une lenteur', 'escargot', 'tortue', 'met _ secondes', 'secondes', 'chargent', 'charger', 'chargement', 'rapide', 'rapides', 'ultra rapide', 'ultra fluide', 'fibre', 'mo s', 'performances', 'ça lag', 'lag', 'lague', 'saccade', 'saccadé',
      'plusieurs secondes', 'fluide',
      'lent*', 'lenteur*', 'rapid*', 'vitesse', 'chargement*', 'charger|charge|chargent', 'performance*', 'rame|ramer|rament',
      'interminable', 'lag*',
    ],
    usability: [
      'impossible de trouver', 'je trouve pas', 'trouve pas', 'on trouve rien', 'planqué', 'caché', 'au fin fond', 'serré', 'serrée', 'minuscule', 'mauvais jour', 'mauvais bouton', 'a pas réussi', 'pas réussi à', 'réussi à se connecter', 'même mon|ma _ grand père|grand mère|mère|père', 'grand père', 'grand mère', 's en sert', 'bazar', 'bordel', 'fouillis', 'sous la main', 'nouvelle version', 'nouvelle navigation', 'je me perds', 'perdu dans', 'réglages', 'paramètres', 'menus', 'menu', 'boutons', 'trop de boutons|clics|étapes', 'usine à gaz', 'compliqué', 'compliquée', 'complexe', 'simple à utiliser', 'facile à utiliser', 'facile', 'hyper simple', 'intuitif', 'intuitive', 'pas intuitif', 'ergonomie', 'ergonomique', 'incompréhensible', 'interface', 'pour prendre rdv', 'illisible',
      'trouve plus rien', 'trouve rien', 'etapes',
      'editeur', 'prise en main', 'labyrinthe', 'clics', 'reglages', 'trouve rien', 'foutoir', 'pas pratique',
      'compliqu*', 'confus*', 'intuiti*', 'facile|faciles|facilement|simple|simples|simplicité', 'ergonom*', 'interface*',
      'navigation', 'naviguer', 'menu*', 'prise en main', 'difficile*', 'design', 'pas clair',
    ],
    features: [
      'pouvoir fixer|mentionner|exporter|programmer|partager|choisir|ajouter', 'pas moyen de', 'aucun moyen de', 'on peut pas', 'je peux pas', 'impossible d exporter|de programmer|de choisir', 'ajoutez', 'rajoutez', 'ajouter', 'intégrer', 'par pitié ajoutez', 'il manque', 'manque', 'manquent', 'ce qui manque', 'option', 'options', 'export', 'exporter', 'csv', 'excel', 'fec', 'sso', 'widget', 'widgets', 'appli ipad', 'appli montre', 'appli pour', 'vraie appli', 'fuseau horaire', 'mentionner', 'partager', 'partagée', 'budget par', 'par catégorie', 'ça fait tout', 'tout ce dont j ai besoin', 'tout ce qu il faut', 'fonctionnalité', 'fonctionnalités', 'intégration', 'choisir ma place', 'choisir sa place', 'filtres', 'rappels', 'automatisation',
      'dupliquer',
      'modification groupee', 'vue chronologique', 'appli mobile', 'etiquettes', 'hors ligne', 'reporting', 'ne fait pas ce',
      'fonctionnalit*', 'fonction|fonctions', 'intégration*', 'export*', 'manque|manquent|manquant*',
      'ajout*', 'rapport|rapports', 'personnalis*', 'mode sombre', 'api', 'modèle*',
    ],
    delivery: [
      'livreuse', 'livraison', 'livré', 'livrée', 'colissimo|chronopost|mondial relay|dpd|ups|dhl|gls|la poste|relais colis', 'facteur', 'point relais', 'arrivé', 'arrivée', 'arrivés', 'arrivées', 'pas arrivé', 'jamais arrivé', 'jours de retard', 'en retard', 'retard', 'en avance', 'un jour en avance', 'emballé', 'emballage', 'carton', 'boîte aux lettres', 'devant la porte', 'voisin', 'voisine', 'dépôt', 'expéditeur', 'renvoyé à l expéditeur', 'entrepôt', 'expédiée', 'expédié', 'numéro de suivi', 'commande', 'commandes', 'sushis|pizza|burger|repas _ froid|froids|arrivé', 'arrivé froid', 'froid', 'frites',
      'mauvais article|produit|colis', 'livre|livree le lendemain',
      'remplacement', 'livreur', 'colis',
      'livr*', 'colis', 'expédi*', 'envoi', 'transporteur*', 'coursier*', 'suivi', 'arriv*', 'commande*', 'retard*',
      'poste',
    ],
  },
};
