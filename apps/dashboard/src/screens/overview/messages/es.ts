import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'Encuesta',
  period: 'Periodo',
  periods: {
    '24h': '24 h',
    '7d': '7 días',
    '30d': '30 días',
    '90d': '90 días',
    custom: 'Personalizado',
  },
  periodHints: {
    '24h': 'Esta hora hasta ahora y las 23 anteriores (UTC)',
    '7d': 'Hoy hasta ahora y los 6 días anteriores (días UTC)',
    '30d': 'Hoy hasta ahora y los 29 días anteriores (días UTC)',
    '90d': 'Hoy hasta ahora y los 89 días anteriores (días UTC)',
    custom: 'Días UTC completos, incluido el día final',
  },
  filters: {
    title: 'Filtros',
    category: 'Categoría',
    anyCategory: 'Todas las categorías',
    locale: 'Idioma',
    anyLocale: 'Todos los idiomas',
    trait: 'Atributo',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'Escribe un atributo como clave=valor, p. ej., plan=enterprise.',
    from: 'Desde',
    to: 'Hasta',
    apply: 'Aplicar',
    clear: 'Quitar filtros',
    export: 'Exportar CSV',
    exporting: 'Exportando…',
  },
  tiles: {
    nps: 'NPS',
    interval: 'Intervalo del 95 %: de {low} a {high} · {answers}',
    noAnswers: 'Sin respuestas en este periodo',
    change: 'Cambio respecto al periodo anterior',
    verdicts: {
      better: 'Mejor: fuera del intervalo del 95 %',
      worse: 'Peor: fuera del intervalo del 95 %',
      within_noise: 'Dentro del intervalo del 95 %: puede ser ruido',
      too_few: 'Muy pocas respuestas para comparar',
    },
    differenceInterval: 'Intervalo del 95 % del cambio: de {low} a {high}',
    previous: 'Periodo anterior: NPS {nps} · {answers}',
    tooFew: '{now} ahora y {before} antes; para un veredicto hacen falta {min} en cada uno.',
    responses: 'Respuestas',
    breakdown: 'Desglose',
    allTime: '{answers} en total · NPS {nps}',
  },
  distribution: {
    title: 'Distribución de puntuaciones',
  },
  trend: {
    title: 'Tendencia del NPS',
    nps: 'NPS',
    volume: 'Respuestas',
    empty: 'Aún no hay respuestas en este periodo.',
  },
  feed: {
    title: 'Últimas respuestas',
    empty:
      'Aún no hay respuestas. Pega el fragmento del widget en tu sitio o amplía el periodo y los filtros.',
    newItems: {
      one: '{count} respuesta nueva — mostrar',
      many: '{count} de respuestas nuevas — mostrar',
      other: '{count} respuestas nuevas — mostrar',
    },
  },
  noSurveys: 'Este proyecto aún no tiene encuestas. Crea una con la API (POST /v1/surveys) y aparecerá aquí.',
  filterTooBroad:
    'Hay demasiadas respuestas para filtrar en este periodo. Elige un periodo más corto o quita un filtro.',
} satisfies Translation<typeof en>;
