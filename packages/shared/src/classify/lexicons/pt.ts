import type { LexiconDef } from './types.js';

/** Portuguese (Brazil and Portugal). */
// biome-ignore format: lexicon tables read better packed than one word per line
export const pt: LexiconDef = {
  language: 'pt',
  letters: 'ãõ',
  stopwords: [
    'o', 'os', 'de', 'em', 'e', 'não', 'muito', 'muita', 'com', 'uma', 'um', 'mas', 'eu', 'você', 'vocês', 'meu', 'minha', 'isso',
    'essa', 'esse', 'foi', 'tem', 'sem', 'do', 'da', 'dos', 'das', 'na', 'ao', 'pelo', 'pela', 'já', 'quando',
    'porque', 'só', 'também', 'até', 'agora', 'vou', 'ele', 'ela', 'pra', 'estou', 'são', 'ainda', 'aqui', 'bem',
    'nada', 'sempre', 'nunca', 'mais', 'está',
  ],
  negators: ['não', 'nunca', 'jamais', 'nem', 'sem', 'nenhum', 'nenhuma', 'tampouco'],
  conditionals: ['se', 'quando', 'caso', 'enquanto', 'até'],
  scopeBreakers: ['mas', 'porque', 'pois', 'então', 'e', 'ou', 'porém', 'contudo', 'entretanto', 'portanto'],
  negationWindow: 5,
  leave: [
    'cancel*',
    'troc*|mud*|migr*|pass* _ para|pra _ concorr*|outr*|alternativ*',
    'troc*|mud* de _ operadora|empresa|fornecedor*|banco|app|aplicativo|plataforma|serviço|provedor',
    'sair|sairei|sairemos|saio|saindo',
    'desinstal*', 'descadastr*', 'desinscrev*',
    'encerr*|fech*|exclu*|delet*|apag* _ conta|assinatura|contrato',
    'procur*|busc*|contrat* _ outr*|alternativ*|concorr*',
    'par*|deix* de usar|pagar|comprar|utilizar|pedir',
    'dinheiro de volta', 'devolv* _ dinheiro',
    'nunca mais',
    'rescind* _ contrato',
  ],
  stay: [
    'renov*',
    'continu*|segu* _ usando|com|cliente|assinando|pagando|comprando',
    'volt* a compr*|usar|pedir|contratar', 'voltarei|voltaremos',
    'ficar|ficarei|ficaremos|permanec* com|cliente',
    'manter|mantenho|manterei _ assinatura|conta|plano',
  ],
  themes: {
    price: [
      'preço*', 'caro|cara|caros|caras|caríssim*', 'custo*', 'custa|custam', 'barat*', 'tarifa*', 'mensalidade*',
      'desconto*', 'pag* _ muito|tanto|caro', 'econômic*', 'valor alto',
    ],
    billing: [
      'fatura*', 'faturamento', 'cobr*', 'pagamento*', 'cartão', 'boleto*', 'reembols*', 'estorn*', 'recibo*',
      'nota fiscal', 'débit*', 'pix', 'duas vezes',
    ],
    support: [
      'suporte', 'atendimento*', 'atendente*', 'sac', 'chamado*', 'ticket*', 'resposta*', 'respond*', 'retorno',
      'ninguém _ ajud*|atend*', 'chat', 'ligu*', 'ligaç*', 'equipe', 'ajuda',
    ],
    reliability: [
      'falh*', 'erro|erros', 'bug*', 'trav*', 'cai|caiu|caindo|cair|queda*', 'fora do ar', 'instável', 'instabilidade',
      'estável', 'estabilidade', 'não funcion*', 'par* de funcionar', 'confiáv*', 'perd* _ dados|arquivos', 'crash*',
      'fecha sozinho',
    ],
    performance: [
      'lent*', 'lentidão', 'demor*', 'rápid*', 'rapidez', 'velocidade', 'desempenho', 'carreg*', 'performance',
    ],
    usability: [
      'confus*', 'complicad*', 'difícil', 'fácil*', 'intuitiv*', 'interface', 'design', 'layout', 'menu*', 'naveg*',
      'usabilidade', 'amigável',
    ],
    features: [
      'funcionalidade*', 'função|funções|recurso|recursos', 'opção|opções', 'integraç*', 'export*', 'falt*',
      'adicion*', 'gostaria', 'relatório*', 'personaliz*', 'modo escuro', 'api',
    ],
    delivery: [
      'entreg*', 'frete*', 'envio*', 'pacote*', 'encomenda*', 'pedido*', 'cheg*', 'correio*', 'transportadora*',
      'rastreio', 'rastreamento', 'atras*', 'motoboy',
    ],
  },
};
