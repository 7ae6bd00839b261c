import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  loading: 'Abrindo seu convite…',
  title: 'Entre em {project}',
  invitedBy: '{who} convidou você para entrar em {project} no Pulse como {role}.',
  invitedByKey: 'Você foi convidado para entrar em {project} no Pulse como {role}.',
  expires: 'Este link funciona uma vez, até {when}.',
  email: 'E-mail',
  name: 'Seu nome',
  newPassword: 'Escolha uma senha',
  passwordHint: {
    one: 'Pelo menos {count} caractere.',
    many: 'Pelo menos {count} de caracteres.',
    other: 'Pelo menos {count} caracteres.',
  },
  currentPassword: 'Sua senha do Pulse',
  existing:
    'Você já tem uma conta no Pulse com este e-mail: digite a senha dela. Entrar no projeto não muda a senha.',
  submit: 'Entrar no projeto',
  working: 'Entrando…',
  errors: {
    weakPassword: {
      one: 'Escolha uma senha com pelo menos {count} caractere.',
      many: 'Escolha uma senha com pelo menos {count} de caracteres.',
      other: 'Escolha uma senha com pelo menos {count} caracteres.',
    },
    wrongPassword: 'Essa não é a senha da sua conta do Pulse.',
    alreadyMember: 'Você já é membro deste projeto: entre com sua conta.',
    limited: 'Tentativas demais. Espere um minuto e tente de novo.',
    failed:
      'Não foi possível falar com o Pulse, então você ainda não entrou. Verifique sua conexão e tente de novo.',
  },
  unusableTitle: 'Este link de convite não funciona mais',
  unusable: {
    invite_used:
      'Ele já foi usado: um link de convite funciona uma vez só. Se foi você quem entrou, faça login.',
    invite_revoked: 'Os proprietários do projeto o retiraram. Peça um link novo a eles.',
    invite_expired: 'Ele expirou. Peça um link novo a quem convidou você.',
    invite_not_found: 'Não é um link de convite válido. Confira se você copiou tudo ou peça um novo.',
  },
  unreachable:
    'Não foi possível falar com o Pulse para ler este convite. Verifique sua conexão e tente de novo.',
  retry: 'Tentar de novo',
  signIn: 'Ir para o login',
} satisfies Translation<typeof en>;
