import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Fila de acompanhamento',
  empty: 'Nada para acompanhar. As respostas dos detratores chegam aqui com uma prioridade assim que entram.',
  status: 'Status',
  anyStatus: 'Qualquer status',
  linkedMissing: 'O acompanhamento que você abriu não está nesta visualização.',
  showAnyStatus: 'Mostrar todos os status',
  priority: 'Prioridade',
  anyPriority: 'Qualquer prioridade',
  theme: 'Tema',
  anyTheme: 'Qualquer tema',
  assignee: 'Responsável',
  anyone: 'Qualquer pessoa',
  me: 'Eu',
  assignToMe: 'Atribuir a mim',
  unassign: 'Remover atribuição',
  unassigned: 'Sem responsável',
  actions: {
    start: 'Iniciar',
    resolve: 'Resolver',
    dismiss: 'Descartar',
    reopen: 'Reabrir',
    stop: 'Voltar para aberto',
  },
  closedAt: {
    resolved: 'Resolvido {when}',
    dismissed: 'Descartado {when}',
  },
  answered: 'respondeu {when}',
  note: 'Adicionar uma nota',
  notePlaceholder: 'O que você fez ou descobriu?',
  addNote: 'Adicionar nota',
  overdue: 'Atrasado',
  due: 'Prazo {when}',
  notices: {
    stale:
      'Um colega alterou este acompanhamento enquanto você trabalhava nele. Este é o estado atual; tente de novo se a sua alteração ainda fizer sentido.',
    readOnly:
      'Você tem acesso somente leitura: peça a um proprietário o papel de agente para alterar acompanhamentos.',
    offline:
      'Não foi possível acessar o Pulse, então nada foi salvo. Verifique sua conexão; pode tocar de novo sem risco.',
    serverError:
      'O Pulse não conseguiu salvar isto (uma falha do nosso lado, já registrada). Tente de novo em um minuto.',
    gone: 'Este acompanhamento não existe mais. Recarregue a fila.',
    invalidTransition: 'Esse passo não é possível a partir do status atual; o cartão mostra os que são.',
    refused: 'Não salvo: {why}',
  },
  traits: 'Atributos',
  evidence: {
    title: 'Sinalizado por causa de',
    quote: '“{words}”',
    addedBy: 'adicionado por {who}',
  },
  correction: {
    open: 'Corrigir',
    title: 'O que este comentário diz de fato?',
    themes: 'Temas',
    churn: 'O cliente dá sinais de que vai sair (risco de cancelamento)',
    save: 'Salvar correção',
    cancel: 'Cancelar',
    movedOn:
      'Um colega alterou este acompanhamento depois que você abriu este formulário; ao salvar, você verá primeiro a alteração dele.',
  },
  history: {
    title: {
      one: 'Histórico ({count} registro)',
      many: 'Histórico ({count} de registros)',
      other: 'Histórico ({count} registros)',
    },
    system: 'Pulse',
    api: 'Chave de API',
    opened: 'Aberto com prioridade {priority}',
    status: 'Status alterado de {from} para {to}',
    assigned: 'Atribuído a {to}',
    unassigned: 'Atribuição de {from} removida',
    reassigned: 'Reatribuído de {from} para {to}',
    note: 'Adicionou uma nota',
    classification: 'Corrigiu a classificação: {changes}',
    themes: 'temas de {from} para {to}',
    noThemes: 'nenhum',
    churnOn: 'risco de cancelamento marcado',
    churnOff: 'risco de cancelamento removido',
    priority: 'prioridade de {from} para {to}',
  },
} satisfies Translation<typeof en>;
