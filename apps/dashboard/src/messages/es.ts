import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'Principal',
    overview: 'Resumen',
    queue: 'Seguimientos',
    responses: 'Respuestas',
    settings: 'Ajustes',
    signOut: 'Cerrar sesión',
    project: 'Proyecto',
    theme: 'Cambiar el modo oscuro',
    language: 'Idioma',
  },
  settings: {
    nav: 'Secciones de ajustes',
    surveys: 'Encuestas',
    team: 'Equipo y acceso',
    keys: 'Claves de API',
    integrations: 'Integraciones',
    audit: 'Registro de auditoría',
    ownersOnly:
      'Solo los propietarios del proyecto pueden abrir esto. Pide ayuda a un propietario si necesitas algo de aquí.',
  },
  roles: {
    owner: 'Propietario',
    agent: 'Agente',
    viewer: 'Lector (solo lectura)',
  },
  connection: {
    connecting: 'Conectando…',
    live: 'En directo',
    catchingUp: 'Poniéndose al día…',
    offline: 'Sin conexión — reconectando',
    unauthorized: 'Sesión cerrada — vuelve a iniciar sesión',
  },
  states: {
    loading: 'Cargando…',
    error: 'No se pudo cargar esta vista.',
    retry: 'Reintentar',
    noProjects: 'Tu cuenta aún no pertenece a ningún proyecto. Pide a un propietario que te añada.',
  },
  categories: {
    promoter: 'Promotores',
    passive: 'Pasivos',
    detractor: 'Detractores',
  },
  category: {
    promoter: 'Promotor',
    passive: 'Pasivo',
    detractor: 'Detractor',
  },
  statuses: {
    open: 'Abierto',
    in_progress: 'En curso',
    resolved: 'Resuelto',
    dismissed: 'Descartado',
  },
  priorities: {
    urgent: 'Urgente',
    high: 'Alta',
    normal: 'Normal',
    low: 'Baja',
  },
  themes: {
    price: 'Precio',
    billing: 'Facturación',
    support: 'Soporte',
    reliability: 'Fiabilidad',
    performance: 'Rendimiento',
    usability: 'Usabilidad',
    features: 'Funciones',
    delivery: 'Entrega',
  },
  churnRisk: 'Riesgo de baja',
  score: '{category}, puntuación {score}',
  answers: {
    one: '{count} respuesta',
    many: '{count} de respuestas',
    other: '{count} respuestas',
  },
  noComment: 'Sin comentario',
  anonymous: 'Anónimo',
  commentLanguage: 'Escrito en {language}',
} satisfies Translation<typeof en>;
