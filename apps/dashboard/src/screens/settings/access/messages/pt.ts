import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'O navegador não deixou copiar: selecione o texto e copie você mesmo.',
  cancel: 'Cancelar',
  retry: 'Tentar de novo',
  roleGroups: {
    owner: 'os proprietários',
    agent: 'os agentes',
    viewer: 'os leitores',
  },
  problems: {
    offline: 'Não foi possível falar com o Pulse, então nada mudou. Verifique sua conexão e tente de novo.',
    forbidden: 'Só {roles} podem fazer isso. Peça a um deles, se for preciso.',
    signedOut: 'Sua sessão terminou. Entre de novo para continuar.',
    limited: 'Tentativas demais em pouco tempo. Espere um minuto e tente de novo.',
    serverError:
      'O Pulse não conseguiu fazer isso (uma falha nossa, já registrada). Tente de novo em um minuto.',
    notFound: 'Isto não existe mais: alguém mudou enquanto isso. A lista agora mostra o que vale.',
    refused: 'Não feito: {why}',
  },
} satisfies Translation<typeof en>;
