import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Inicia sesión en Pulse',
  subtitle: 'Sigue el NPS en directo y trabaja la cola de seguimiento con tu equipo.',
  email: 'Correo electrónico',
  password: 'Contraseña',
  submit: 'Iniciar sesión',
  working: 'Iniciando sesión…',
  invalid:
    'El correo y la contraseña no coinciden. Revísalos o pide a un propietario que te invite de nuevo.',
  limited: 'Demasiados intentos fallidos desde esta red. Espera 15 minutos y vuelve a intentarlo.',
  failed: 'No se pudo conectar con Pulse. Revisa tu conexión y vuelve a intentarlo.',
  hint: 'Un propietario te añade con:',
} satisfies Translation<typeof en>;
