import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Equipo y acceso',
  members: 'Miembros',
  you: 'Tú',
  joined: 'Se unió {when}',
  lastSeen: 'Visto por última vez {when}',
  neverSeen: 'Aún no ha entrado',
  role: 'Rol de {who}',
  remove: 'Quitar',
  confirmRemove:
    '¿Quitar a {who} de este proyecto? Sus sesiones se cierran al instante; puedes volver a invitarle más adelante.',
  removeYes: 'Quitar miembro',
  working: 'Procesando…',
  roleHelp: {
    owner:
      'Los propietarios lo hacen todo: encuestas, equipo, claves de API, orígenes, webhooks y el registro de auditoría.',
    agent: 'Los agentes trabajan la cola de seguimiento y ven todo lo demás.',
    viewer: 'Los lectores solo pueden ver.',
  },
  refusals: {
    last_owner: 'Un proyecto necesita un propietario: haz propietario a otra persona primero.',
    already_member: 'Esta persona ya es miembro: cambia su rol en su lugar.',
    invite_used: 'Esta invitación ya se aceptó: la persona ya es miembro.',
  },
  invite: {
    title: 'Invitar a alguien',
    hint: 'Pulse no envía correos: recibes un enlace para enviarlo tú. Funciona una sola vez.',
    email: 'Correo electrónico',
    role: 'Rol',
    days: 'El enlace funciona durante',
    daysOption: {
      one: '{count} día',
      many: '{count} de días',
      other: '{count} días',
    },
    submit: 'Crear enlace de invitación',
    working: 'Creando…',
    link: 'Enlace de invitación para {email}',
    expires:
      'Funciona una vez, hasta el {when}. No volverás a ver este enlace: si se pierde, invita de nuevo.',
    done: 'Listo, ya lo envié',
  },
  pending: {
    title: 'Invitaciones pendientes',
    empty: 'No hay invitaciones esperando respuesta.',
    as: 'como {role}',
    by: 'invitó {who}',
    expires: 'El enlace funciona hasta el {when}',
    expired: 'El enlace caducó {when}: invita de nuevo para enviar otro',
    withdraw: 'Retirar',
    confirmWithdraw: '¿Retirar la invitación para {email}? Su enlace deja de funcionar al instante.',
    withdrawYes: 'Retirar invitación',
  },
} satisfies Translation<typeof en>;
