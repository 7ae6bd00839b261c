import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'El navegador no dejó copiarlo: selecciona el texto y cópialo tú.',
  cancel: 'Cancelar',
  retry: 'Reintentar',
  roleGroups: {
    owner: 'los propietarios',
    agent: 'los agentes',
    viewer: 'los lectores',
  },
  problems: {
    offline:
      'No se pudo conectar con Pulse, así que no cambió nada. Revisa tu conexión e inténtalo de nuevo.',
    forbidden: 'Solo {roles} pueden hacer esto. Pídeselo a alguno de ellos si hace falta.',
    signedOut: 'Tu sesión ha terminado. Vuelve a iniciar sesión para continuar.',
    limited: 'Demasiados intentos en poco tiempo. Espera un minuto y vuelve a intentarlo.',
    serverError:
      'Pulse no pudo hacerlo (un fallo nuestro, ya quedó registrado). Inténtalo de nuevo en un minuto.',
    notFound: 'Esto ya no existe: alguien lo cambió mientras tanto. La lista muestra ahora lo actual.',
    refused: 'No se hizo: {why}',
  },
} satisfies Translation<typeof en>;
