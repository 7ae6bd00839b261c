import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'File de suivi',
  empty: 'Rien à suivre. Les réponses des détracteurs arrivent ici avec une priorité, au fil de l’eau.',
  status: 'Statut',
  anyStatus: 'Tous les statuts',
  linkedMissing: 'Le suivi que vous avez ouvert n’est pas dans cette vue.',
  showAnyStatus: 'Afficher tous les statuts',
  priority: 'Priorité',
  anyPriority: 'Toutes les priorités',
  theme: 'Thème',
  anyTheme: 'Tous les thèmes',
  assignee: 'Responsable',
  anyone: 'Tout le monde',
  me: 'Moi',
  assignToMe: 'Me l’attribuer',
  unassign: 'Retirer l’attribution',
  unassigned: 'Non attribué',
  actions: {
    start: 'Commencer',
    resolve: 'Résoudre',
    dismiss: 'Écarter',
    reopen: 'Rouvrir',
    stop: 'Revenir à ouvert',
  },
  closedAt: {
    resolved: 'Résolu {when}',
    dismissed: 'Écarté {when}',
  },
  answered: 'a répondu {when}',
  note: 'Ajouter une note',
  notePlaceholder: 'Qu’avez-vous fait ou appris ?',
  addNote: 'Ajouter la note',
  overdue: 'En retard',
  due: 'Échéance {when}',
  notices: {
    stale:
      'Un collègue a modifié ce suivi pendant que vous travailliez dessus. Voici son état actuel ; réessayez si votre modification a toujours du sens.',
    readOnly:
      'Vous avez un accès en lecture seule : demandez à un propriétaire le rôle d’agent pour modifier les suivis.',
    offline:
      'Impossible de joindre Pulse, rien n’a donc été enregistré. Vérifiez votre connexion ; vous pouvez appuyer à nouveau sans risque.',
    serverError:
      'Pulse n’a pas pu enregistrer ceci (une erreur de notre côté, elle a été journalisée). Réessayez dans une minute.',
    gone: 'Ce suivi n’existe plus. Rechargez la file.',
    invalidTransition:
      'Cette étape n’est pas possible depuis son statut actuel ; la carte affiche celles qui le sont.',
    refused: 'Non enregistré : {why}',
  },
  traits: 'Attributs',
  evidence: {
    title: 'Signalé à cause de',
    quote: '« {words} »',
    addedBy: 'ajouté par {who}',
  },
  correction: {
    open: 'Corriger',
    title: 'Que dit vraiment ce commentaire ?',
    themes: 'Thèmes',
    churn: 'Le client laisse entendre qu’il va partir (risque de départ)',
    save: 'Enregistrer la correction',
    cancel: 'Annuler',
    movedOn:
      'Un collègue a modifié ce suivi depuis que vous avez ouvert ce formulaire ; en enregistrant, vous verrez d’abord sa modification.',
  },
  history: {
    title: {
      one: 'Historique ({count} entrée)',
      many: 'Historique ({count} d’entrées)',
      other: 'Historique ({count} entrées)',
    },
    system: 'Pulse',
    api: 'Clé d’API',
    opened: 'Ouvert avec la priorité {priority}',
    status: 'Statut passé de {from} à {to}',
    assigned: 'Attribué à {to}',
    unassigned: 'Attribution à {from} retirée',
    reassigned: 'Réattribué de {from} à {to}',
    note: 'Note ajoutée',
    classification: 'Classification corrigée : {changes}',
    themes: 'thèmes de {from} à {to}',
    noThemes: 'aucun',
    churnOn: 'risque de départ signalé',
    churnOff: 'risque de départ retiré',
    priority: 'priorité de {from} à {to}',
  },
} satisfies Translation<typeof en>;
