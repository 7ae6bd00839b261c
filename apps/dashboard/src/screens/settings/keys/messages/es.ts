import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Claves de API',
  intro:
    'Una clave permite que un servidor o un script use la API como propietario de este proyecto (Authorization: Bearer sk_…). Dale a cada uno su propia clave, para poder revocar una sin tocar las demás.',
  newName: 'Nombre de la nueva clave',
  newPlaceholder: 'Exportación al CRM',
  create: 'Crear clave',
  creating: 'Creando…',
  empty: 'Todavía no hay claves de API.',
  list: 'Claves de este proyecto',
  prefix: 'Empieza por',
  created: 'Creada {when}',
  createdBy: 'Creada {when} por {who}',
  lastUsed: 'Último uso {when}',
  neverUsed: 'Nunca usada',
  previousSecret: 'secreto anterior',
  statuses: {
    active: 'Activa',
    expiring: 'Deja de funcionar {when}',
    revoked: 'Revocada {when}',
  },
  revoke: 'Revocar',
  rotate: 'Rotar',
  working: 'Procesando…',
  confirmRevoke:
    '¿Revocar «{name}»? A partir de ahora se rechazará toda petición hecha con ella. No se puede deshacer.',
  revokeYes: 'Revocar clave',
  rotateTitle: 'Rotar «{name}»: recibe un secreto nuevo con el mismo nombre.',
  grace: 'El secreto anterior',
  graces: {
    now: 'deja de funcionar ya (tras una filtración)',
    hour: 'sigue funcionando 1 hora',
    day: 'sigue funcionando 1 día',
    week: 'sigue funcionando 7 días',
  },
  rotateYes: 'Rotar clave',
  secret: {
    created: 'El secreto de «{name}»',
    rotated: 'El nuevo secreto de «{name}»',
    warning:
      'Cópialo ahora y guárdalo en un lugar seguro: no volverás a verlo. Pulse solo guarda una huella de él.',
    oldStops:
      'El secreto anterior sigue funcionando hasta el {when}: cambia tus servidores al nuevo antes de esa fecha.',
    oldStopped: 'El secreto anterior ya no funciona.',
    done: 'Ya lo he guardado',
  },
  refusals: {
    key_revoked: 'Esta clave ya estaba revocada.',
    key_expiring: 'Esta clave ya se rotó: rota su clave nueva en su lugar.',
  },
  origins: {
    title: 'Orígenes permitidos',
    intro:
      'Los sitios web cuyas páginas pueden enviar respuestas mediante el widget. Si no hay ninguno, se aceptan respuestas de cualquier sitio.',
    entry: 'Origen {n}',
    placeholder: 'https://www.example.com',
    none: 'Ninguno: cualquier sitio web puede enviar respuestas.',
    add: 'Añadir un origen',
    remove: 'Quitar el origen {n}',
    save: 'Guardar orígenes',
    saving: 'Guardando…',
    saved: 'Guardado. Los demás procesos de la API lo aplican en menos de 10 segundos.',
    invalid:
      'No es un origen: escribe solo el esquema y el dominio (y el puerto, si lo hay), como https://shop.example.com, sin ruta.',
    tooMany: 'Se pueden indicar como máximo {count} orígenes.',
  },
} satisfies Translation<typeof en>;
