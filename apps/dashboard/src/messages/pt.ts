import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'Principal',
    overview: 'Visão geral',
    queue: 'Acompanhamentos',
    responses: 'Respostas',
    settings: 'Configurações',
    signOut: 'Sair',
    project: 'Projeto',
    theme: 'Alternar o modo escuro',
    language: 'Idioma',
  },
  settings: {
    nav: 'Seções das configurações',
    surveys: 'Pesquisas',
    team: 'Equipe e acesso',
    keys: 'Chaves de API',
    integrations: 'Integrações',
    audit: 'Registro de auditoria',
    ownersOnly:
      'Apenas os proprietários do projeto podem abrir isto. Peça a um proprietário se precisar de algo daqui.',
  },
  roles: {
    owner: 'Proprietário',
    agent: 'Agente',
    viewer: 'Leitor (somente leitura)',
  },
  connection: {
    connecting: 'Conectando…',
    live: 'Ao vivo',
    catchingUp: 'Atualizando…',
    offline: 'Sem conexão — reconectando',
    unauthorized: 'Sessão encerrada — entre novamente',
  },
  states: {
    loading: 'Carregando…',
    error: 'Não foi possível carregar esta visualização.',
    retry: 'Tentar novamente',
    noProjects: 'Sua conta ainda não pertence a nenhum projeto. Peça a um proprietário para adicionar você.',
  },
  categories: {
    promoter: 'Promotores',
    passive: 'Neutros',
    detractor: 'Detratores',
  },
  category: {
    promoter: 'Promotor',
    passive: 'Neutro',
    detractor: 'Detrator',
  },
  statuses: {
    open: 'Aberto',
    in_progress: 'Em andamento',
    resolved: 'Resolvido',
    dismissed: 'Descartado',
  },
  priorities: {
    urgent: 'Urgente',
    high: 'Alta',
    normal: 'Normal',
    low: 'Baixa',
  },
  themes: {
    price: 'Preço',
    billing: 'Cobrança',
    support: 'Suporte',
    reliability: 'Confiabilidade',
    performance: 'Desempenho',
    usability: 'Usabilidade',
    features: 'Funcionalidades',
    delivery: 'Entrega',
  },
  churnRisk: 'Risco de cancelamento',
  score: '{category}, nota {score}',
  answers: {
    one: '{count} resposta',
    many: '{count} de respostas',
    other: '{count} respostas',
  },
  noComment: 'Sem comentário',
  anonymous: 'Anônimo',
  commentLanguage: 'Escrito em {language}',
} satisfies Translation<typeof en>;
