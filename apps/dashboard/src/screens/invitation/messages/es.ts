import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  loading: 'Abriendo tu invitación…',
  title: 'Únete a {project}',
  invitedBy: '{who} te invitó a unirte a {project} en Pulse como {role}.',
  invitedByKey: 'Te invitaron a unirte a {project} en Pulse como {role}.',
  expires: 'Este enlace funciona una vez, hasta el {when}.',
  email: 'Correo electrónico',
  name: 'Tu nombre',
  newPassword: 'Elige una contraseña',
  passwordHint: {
    one: 'Al menos {count} carácter.',
    many: 'Al menos {count} de caracteres.',
    other: 'Al menos {count} caracteres.',
  },
  currentPassword: 'Tu contraseña de Pulse',
  existing: 'Ya tienes una cuenta de Pulse con este correo: escribe su contraseña. Unirte no la cambia.',
  submit: 'Unirme e iniciar sesión',
  working: 'Uniéndote…',
  errors: {
    weakPassword: {
      one: 'Elige una contraseña de al menos {count} carácter.',
      many: 'Elige una contraseña de al menos {count} de caracteres.',
      other: 'Elige una contraseña de al menos {count} caracteres.',
    },
    wrongPassword: 'Esa no es la contraseña de tu cuenta de Pulse.',
    alreadyMember: 'Ya eres miembro de este proyecto: inicia sesión.',
    limited: 'Demasiados intentos. Espera un minuto y vuelve a intentarlo.',
    failed:
      'No se pudo conectar con Pulse, así que aún no te has unido. Revisa tu conexión e inténtalo de nuevo.',
  },
  unusableTitle: 'Este enlace de invitación ya no funciona',
  unusable: {
    invite_used:
      'Ya se usó: un enlace de invitación funciona una sola vez. Si fuiste tú quien se unió, inicia sesión.',
    invite_revoked: 'Los propietarios del proyecto lo retiraron. Pídeles un enlace nuevo.',
    invite_expired: 'Caducó. Pide un enlace nuevo a quien te invitó.',
    invite_not_found:
      'No es un enlace de invitación válido. Comprueba que lo copiaste entero o pide uno nuevo.',
  },
  unreachable:
    'No se pudo conectar con Pulse para leer esta invitación. Revisa tu conexión e inténtalo de nuevo.',
  retry: 'Reintentar',
  signIn: 'Ir a iniciar sesión',
} satisfies Translation<typeof en>;
