import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Clés d’API',
  intro:
    'Une clé permet à un serveur ou à un script d’utiliser l’API en tant que propriétaire de ce projet (Authorization: Bearer sk_…). Donnez à chacun sa propre clé, pour pouvoir en révoquer une sans toucher aux autres.',
  newName: 'Nom de la nouvelle clé',
  newPlaceholder: 'Export CRM',
  create: 'Créer la clé',
  creating: 'Création…',
  empty: 'Aucune clé d’API pour l’instant.',
  list: 'Clés de ce projet',
  prefix: 'Commence par',
  created: 'Créée {when}',
  createdBy: 'Créée {when} par {who}',
  lastUsed: 'Dernière utilisation {when}',
  neverUsed: 'Jamais utilisée',
  previousSecret: 'ancien secret',
  statuses: {
    active: 'Active',
    expiring: 'Expire {when}',
    revoked: 'Révoquée {when}',
  },
  revoke: 'Révoquer',
  rotate: 'Renouveler',
  working: 'En cours…',
  confirmRevoke:
    'Révoquer « {name} » ? Toute requête faite avec elle sera refusée dès maintenant. C’est irréversible.',
  revokeYes: 'Révoquer la clé',
  rotateTitle: 'Renouveler « {name} » : elle reçoit un nouveau secret, sous le même nom.',
  grace: 'L’ancien secret',
  graces: {
    now: 'cesse tout de suite (après une fuite)',
    hour: 'fonctionne encore 1 heure',
    day: 'fonctionne encore 1 jour',
    week: 'fonctionne encore 7 jours',
  },
  rotateYes: 'Renouveler la clé',
  secret: {
    created: 'Le secret de « {name} »',
    rotated: 'Le nouveau secret de « {name} »',
    warning:
      'Copiez-le maintenant et rangez-le en lieu sûr : vous ne le reverrez plus. Pulse n’en garde qu’une empreinte.',
    oldStops: 'L’ancien secret fonctionne jusqu’au {when} : passez vos serveurs au nouveau d’ici là.',
    oldStopped: 'L’ancien secret ne fonctionne plus.',
    done: 'Je l’ai enregistré',
  },
  refusals: {
    key_revoked: 'Cette clé était déjà révoquée.',
    key_expiring: 'Cette clé a déjà été renouvelée : renouvelez plutôt la nouvelle.',
  },
  origins: {
    title: 'Origines autorisées',
    intro:
      'Les sites web dont les pages peuvent envoyer des réponses via le widget. Sans aucune origine, les réponses de tous les sites sont acceptées.',
    entry: 'Origine {n}',
    placeholder: 'https://www.example.com',
    none: 'Aucune : tous les sites peuvent envoyer des réponses.',
    add: 'Ajouter une origine',
    remove: 'Retirer l’origine {n}',
    save: 'Enregistrer les origines',
    saving: 'Enregistrement…',
    saved: 'Enregistré. Les autres processus de l’API suivent sous 10 secondes.',
    invalid:
      'Ce n’est pas une origine : indiquez seulement le schéma et l’hôte (et le port s’il y en a un), comme https://shop.example.com, sans chemin.',
    tooMany: 'Au plus {count} origines.',
  },
} satisfies Translation<typeof en>;
