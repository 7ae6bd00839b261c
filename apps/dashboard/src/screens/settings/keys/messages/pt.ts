import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Chaves de API',
  intro:
    'Uma chave deixa um servidor ou script usar a API como proprietário deste projeto (Authorization: Bearer sk_…). Dê a cada um a sua própria chave, para poder revogar uma sem mexer nas outras.',
  newName: 'Nome da nova chave',
  newPlaceholder: 'Exportação para o CRM',
  create: 'Criar chave',
  creating: 'Criando…',
  empty: 'Ainda não há chaves de API.',
  list: 'Chaves deste projeto',
  prefix: 'Começa com',
  created: 'Criada {when}',
  createdBy: 'Criada {when} por {who}',
  lastUsed: 'Último uso {when}',
  neverUsed: 'Nunca usada',
  previousSecret: 'segredo anterior',
  statuses: {
    active: 'Ativa',
    expiring: 'Para de funcionar {when}',
    revoked: 'Revogada {when}',
  },
  revoke: 'Revogar',
  rotate: 'Rotacionar',
  working: 'Processando…',
  confirmRevoke:
    'Revogar “{name}”? Toda requisição feita com ela será recusada a partir de agora. Não dá para desfazer.',
  revokeYes: 'Revogar chave',
  rotateTitle: 'Rotacionar “{name}”: ela recebe um novo segredo com o mesmo nome.',
  grace: 'O segredo antigo',
  graces: {
    now: 'para na hora (após um vazamento)',
    hour: 'continua funcionando por 1 hora',
    day: 'continua funcionando por 1 dia',
    week: 'continua funcionando por 7 dias',
  },
  rotateYes: 'Rotacionar chave',
  secret: {
    created: 'O segredo de “{name}”',
    rotated: 'O novo segredo de “{name}”',
    warning:
      'Copie agora e guarde em um lugar seguro: você não vai vê-lo de novo. O Pulse guarda só uma impressão digital dele.',
    oldStops:
      'O segredo antigo continua funcionando até {when}: passe seus servidores para o novo antes disso.',
    oldStopped: 'O segredo antigo parou de funcionar.',
    done: 'Já guardei',
  },
  refusals: {
    key_revoked: 'Esta chave já estava revogada.',
    key_expiring: 'Esta chave já foi rotacionada: rotacione a chave nova.',
  },
  origins: {
    title: 'Origens permitidas',
    intro:
      'Os sites cujas páginas podem enviar respostas pelo widget. Sem nenhuma, respostas de qualquer site são aceitas.',
    entry: 'Origem {n}',
    placeholder: 'https://www.example.com',
    none: 'Nenhuma: qualquer site pode enviar respostas.',
    add: 'Adicionar origem',
    remove: 'Remover a origem {n}',
    save: 'Salvar origens',
    saving: 'Salvando…',
    saved: 'Salvo. Os outros processos da API seguem em até 10 segundos.',
    invalid:
      'Não é uma origem: escreva só o esquema e o host (e a porta, se houver), como https://shop.example.com, sem caminho.',
    tooMany: 'No máximo {count} origens.',
  },
} satisfies Translation<typeof en>;
