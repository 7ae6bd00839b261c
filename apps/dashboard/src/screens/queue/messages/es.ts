import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Cola de seguimiento',
  empty: 'Nada que seguir. Las respuestas de los detractores llegan aquí con una prioridad en cuanto entran.',
  status: 'Estado',
  anyStatus: 'Cualquier estado',
  linkedMissing: 'El seguimiento que abriste no está en esta vista.',
  showAnyStatus: 'Mostrar todos los estados',
  priority: 'Prioridad',
  anyPriority: 'Cualquier prioridad',
  theme: 'Tema',
  anyTheme: 'Cualquier tema',
  assignee: 'Responsable',
  anyone: 'Cualquiera',
  me: 'Yo',
  assignToMe: 'Asignármelo',
  unassign: 'Quitar asignación',
  unassigned: 'Sin asignar',
  actions: {
    start: 'Empezar',
    resolve: 'Resolver',
    dismiss: 'Descartar',
    reopen: 'Reabrir',
    stop: 'Volver a abierto',
  },
  closedAt: {
    resolved: 'Resuelto {when}',
    dismissed: 'Descartado {when}',
  },
  answered: 'respondió {when}',
  note: 'Añadir una nota',
  notePlaceholder: '¿Qué hiciste o qué averiguaste?',
  addNote: 'Añadir nota',
  overdue: 'Vencido',
  due: 'Vence {when}',
  notices: {
    stale:
      'Un compañero cambió este seguimiento mientras trabajabas en él. Este es su estado actual; vuelve a intentarlo si tu cambio sigue teniendo sentido.',
    readOnly:
      'Tienes acceso de solo lectura: pide a un propietario el rol de agente para cambiar seguimientos.',
    offline:
      'No se pudo contactar con Pulse, así que no se guardó nada. Revisa tu conexión; puedes volver a pulsar sin riesgo.',
    serverError:
      'Pulse no pudo guardarlo (un fallo nuestro, ya registrado). Inténtalo de nuevo en un minuto.',
    gone: 'Este seguimiento ya no existe. Recarga la cola.',
    invalidTransition: 'Ese paso no es posible desde su estado actual; la tarjeta muestra los que sí lo son.',
    refused: 'No se guardó: {why}',
  },
  traits: 'Atributos',
  evidence: {
    title: 'Marcado por estas palabras',
    quote: '«{words}»',
    addedBy: 'añadido por {who}',
  },
  correction: {
    open: 'Corregir',
    title: '¿Qué dice realmente este comentario?',
    themes: 'Temas',
    churn: 'El cliente da señales de irse (riesgo de baja)',
    save: 'Guardar corrección',
    cancel: 'Cancelar',
    movedOn:
      'Un compañero cambió este seguimiento desde que abriste este formulario; al guardar verás primero su cambio.',
  },
  history: {
    title: {
      one: 'Historial ({count} entrada)',
      many: 'Historial ({count} de entradas)',
      other: 'Historial ({count} entradas)',
    },
    system: 'Pulse',
    api: 'Clave de API',
    opened: 'Abierto con prioridad {priority}',
    status: 'Estado cambiado de {from} a {to}',
    assigned: 'Asignado a {to}',
    unassigned: 'Se quitó la asignación a {from}',
    reassigned: 'Reasignado de {from} a {to}',
    note: 'Añadió una nota',
    classification: 'Corrigió la clasificación: {changes}',
    themes: 'temas de {from} a {to}',
    noThemes: 'ninguno',
    churnOn: 'riesgo de baja marcado',
    churnOff: 'riesgo de baja retirado',
    priority: 'prioridad de {from} a {to}',
  },
} satisfies Translation<typeof en>;
