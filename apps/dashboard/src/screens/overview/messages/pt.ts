import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'Pesquisa',
  period: 'Período',
  periods: {
    '24h': '24 h',
    '7d': '7 dias',
    '30d': '30 dias',
    '90d': '90 dias',
    custom: 'Personalizado',
  },
  periodHints: {
    '24h': 'Esta hora até agora e as 23 anteriores (UTC)',
    '7d': 'Hoje até agora e os 6 dias anteriores (dias UTC)',
    '30d': 'Hoje até agora e os 29 dias anteriores (dias UTC)',
    '90d': 'Hoje até agora e os 89 dias anteriores (dias UTC)',
    custom: 'Dias UTC inteiros, incluindo o último dia',
  },
  filters: {
    title: 'Filtros',
    category: 'Categoria',
    anyCategory: 'Todas as categorias',
    locale: 'Idioma',
    anyLocale: 'Todos os idiomas',
    trait: 'Atributo',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'Escreva um atributo como chave=valor, por exemplo plan=enterprise.',
    from: 'De',
    to: 'Até',
    apply: 'Aplicar',
    clear: 'Limpar filtros',
    export: 'Exportar CSV',
    exporting: 'Exportando…',
  },
  tiles: {
    nps: 'NPS',
    interval: 'Intervalo de 95%: {low} a {high} · {answers}',
    noAnswers: 'Nenhuma resposta neste período',
    change: 'Variação em relação ao período anterior',
    verdicts: {
      better: 'Melhor: fora do intervalo de 95%',
      worse: 'Pior: fora do intervalo de 95%',
      within_noise: 'Dentro do intervalo de 95%: pode ser ruído',
      too_few: 'Poucas respostas para comparar',
    },
    differenceInterval: 'Intervalo de 95% da variação: {low} a {high}',
    previous: 'Período anterior: NPS {nps} · {answers}',
    tooFew: '{now} agora e {before} antes; um veredito precisa de {min} em cada um.',
    responses: 'Respostas',
    breakdown: 'Composição',
    allTime: '{answers} no total · NPS {nps}',
  },
  distribution: {
    title: 'Distribuição das notas',
  },
  trend: {
    title: 'Tendência do NPS',
    nps: 'NPS',
    volume: 'Respostas',
    empty: 'Ainda não há respostas neste período.',
  },
  feed: {
    title: 'Respostas mais recentes',
    empty: 'Ainda não há respostas. Cole o snippet do widget no seu site ou amplie o período e os filtros.',
    newItems: {
      one: '{count} nova resposta — mostrar',
      many: '{count} de novas respostas — mostrar',
      other: '{count} novas respostas — mostrar',
    },
  },
  noSurveys:
    'Este projeto ainda não tem pesquisa. Crie uma pela API (POST /v1/surveys) e ela aparecerá aqui.',
  filterTooBroad:
    'Há respostas demais para filtrar neste período. Escolha um período mais curto ou remova um filtro.',
} satisfies Translation<typeof en>;
