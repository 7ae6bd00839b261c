import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Equipe e acesso',
  members: 'Membros',
  you: 'Você',
  joined: 'Entrou {when}',
  lastSeen: 'Visto por último {when}',
  neverSeen: 'Ainda não entrou',
  role: 'Função de {who}',
  remove: 'Remover',
  confirmRemove:
    'Remover {who} deste projeto? As sessões dessa pessoa terminam na hora; você pode convidá-la de novo depois.',
  removeYes: 'Remover membro',
  working: 'Processando…',
  roleHelp: {
    owner:
      'Proprietários fazem tudo: pesquisas, equipe, chaves de API, origens, webhooks e o registro de auditoria.',
    agent: 'Agentes trabalham a fila de acompanhamento e veem todo o resto.',
    viewer: 'Leitores só podem ver.',
  },
  refusals: {
    last_owner: 'Um projeto precisa de um proprietário: torne outra pessoa proprietária antes.',
    already_member: 'Essa pessoa já é membro: mude a função dela em vez disso.',
    invite_used: 'Este convite já foi aceito: a pessoa agora é membro.',
  },
  invite: {
    title: 'Convidar alguém',
    hint: 'O Pulse não envia e-mails: você recebe um link para mandar você mesmo. Ele funciona uma vez.',
    email: 'E-mail',
    role: 'Função',
    days: 'O link vale por',
    daysOption: {
      one: '{count} dia',
      many: '{count} de dias',
      other: '{count} dias',
    },
    submit: 'Criar link de convite',
    working: 'Criando…',
    link: 'Link de convite para {email}',
    expires:
      'Funciona uma vez, até {when}. Você não verá este link de novo: se ele se perder, convide de novo.',
    done: 'Pronto, já enviei',
  },
  pending: {
    title: 'Convites pendentes',
    empty: 'Nenhum convite esperando resposta.',
    as: 'como {role}',
    by: 'convidado por {who}',
    expires: 'O link vale até {when}',
    expired: 'O link expirou {when}: convide de novo para mandar outro',
    withdraw: 'Retirar',
    confirmWithdraw: 'Retirar o convite para {email}? O link para de funcionar na hora.',
    withdrawYes: 'Retirar convite',
  },
} satisfies Translation<typeof en>;
