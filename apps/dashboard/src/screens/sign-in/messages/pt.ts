import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Entrar no Pulse',
  subtitle: 'Acompanhe o NPS ao vivo e trabalhe a fila de acompanhamento com sua equipe.',
  email: 'E-mail',
  password: 'Senha',
  submit: 'Entrar',
  working: 'Entrando…',
  invalid:
    'O e-mail e a senha não correspondem. Confira-os ou peça a um proprietário que convide você de novo.',
  limited: 'Muitas tentativas sem sucesso a partir desta rede. Aguarde 15 minutos e tente novamente.',
  failed: 'Não foi possível acessar o Pulse. Verifique sua conexão e tente novamente.',
  hint: 'Um proprietário adiciona você com:',
} satisfies Translation<typeof en>;
