import type { LexiconDef } from './types.js';

/** Portuguese (Brazil and Portugal). */
// biome-ignore format: lexicon tables read better packed than one word per line
export const pt: LexiconDef = {
  language: 'pt',
  letters: 'ãõç',
  stopwords: [
    'o', 'os', 'de', 'em', 'e', 'não', 'muito', 'muita', 'com', 'uma', 'um', 'mas', 'eu', 'você', 'vocês', 'meu', 'minha', 'isso',
    'essa', 'esse', 'foi', 'tem', 'sem', 'do', 'da', 'dos', 'das', 'na', 'ao', 'pelo', 'pela', 'já', 'quando',
    'porque', 'só', 'também', 'até', 'agora', 'vou', 'ele', 'ela', 'pra', 'estou', 'são', 'ainda', 'aqui', 'bem',
    'nada', 'sempre', 'nunca', 'mais', 'está',
    'pro', 'tô', 'tá', 'vcs', 'vc', 'nem', 'gente', 'obrigado', 'obrigada', 'sério', 'demais', 'depois', 'desde', 'nosso', 'nossa', 'tudo', 'então', 'lá', 'né', 'num', 'numa', 'dessa', 'desse', 'às', 'ficou', 'tava',
  ],
  negators: ['não', 'nunca', 'jamais', 'nem', 'sem', 'nenhum', 'nenhuma', 'tampouco'],
  conditionals: ['se', 'quando', 'caso', 'enquanto', 'até'],
  after: ['depois', 'apos'],
  scopeBreakers: ['mas', 'porque', 'pois', 'então', 'ou', 'porém', 'contudo', 'entretanto', 'portanto'],
  negationWindow: 5,
  leave: [
    'deixo|deixar|deixamos de ser cliente*', 'arruma* as malas',
    'vou embora', 'to fora|tou fora|estou fora', 'pular|pulando fora', 'largar|larguei|largo', 'abandon*', 'adeus', 'cancel*', 'troc* de|para|pra|pro', 'troquei', 'migr*', 'mud* para|pra|pro', 'fui para|pro', 'concorrente*', 'outra empresa', 'nao vamos renovar', 'nunca mais compro', 'exclu* _ conta',
    'cai fora', 'saio fora', 'vazar|vaza', 'tô indo embora|estou indo|vou embora', 'a gente sai|migra|troca', 'outro lugar',
    'outr* _ ferramenta*|plataforma*|fornecedor*|banco|loja|crm|sistema|empresa|conta|operadora|coisa',
    'alternativa*', 'concorren*', 'teste* gratis', 'avaliar|comparativo|comparando|pesquisa', 'piloto', 'o que tem por ai',
    'motivo pra|para ficar|sair', 'por que eu ficaria', 'vontade de ficar', 'me convencam', 'ultimo|ultima pagamento|mes|chance|aviso',
    'falou', 'tchau', 'fui', 'obrigado por nada', 'perdem a gente', 'bloquear', 'apaguei _ app', 'corda bamba', 'em cima do muro',
    'nao sei se _ renov*|continu*|fic*', 'duvido', 'votaria contra', 'nao vejo _ continuando', 'pensando seriamente',
    'repensa*', 'assinamos com', 'so compro', 'voltei pro|para', 'vamos pro|pra', 'vou pro|pra|levar', 'migrando|migrar pro|para',
    'desliga', 'para de usar', 'parar de usar', 'aviso previo', 'chega', 'cansei', 'nunca mais', 'encerr*', 'procon',
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
  fine: [
    'ajudou|ajudaram', 'justa|justos', 'razoaveis',
    'bom|boa', 'otimo|otima', 'justo', 'razoavel', 'ok', 'certinho|certinha', 'legal', 'solido', 'um amor', 'nota 10|mil',
    'nada a reclamar|dizer', 'nenhum problema', 'sem problema*', 'rapido|rapida', 'facil', 'estavel', 'confiavel',
    'funciona bem', 'amo', 'gosto', 'tem de tudo',
  ],
  solved: [
    'voltou a funcionar', 'ja funciona', 'ficou resolvido',
    'resolv*', 'corrig*', 'arrum*', 'estornaram|estornado|estornada', 'sumiu', 'parou de', 'nao _ mais', 'chegou no fim'
  ],
  damage: ['quebrad*|danificad*|amassad*'],
  delays: ['demor*', 'eternidade', 'leva|levou|levam _ dias|semanas|horas'],
  themes: {
    price: [
      'roubo', 'por mes nisso', 'proposta', 'mais cara|caro', 'custo', 'mais barat*', 'orcamento',
      'preço*', 'caro|cara|caros|caras|caríssim*', 'custo*', 'custa|custam', 'barat*', 'tarifa*', 'mensalidade*',
      'desconto*', 'pag* _ muito|tanto|caro', 'econômic*', 'valor alto',
    ],
    billing: [
      'fatura*', 'faturamento', 'cobr*', 'pagamento*', 'cartão', 'boleto*', 'reembols*', 'estorn*', 'recibo*',
      'nota fiscal', 'débit*', 'pix', 'duas vezes',
    ],
    support: [
      'desligou na minha cara', 'robo', 'resposta pronta', 'tratou', 'retornar|retorno', 'sac', 'ura',
      'suporte', 'atendimento*', 'atendente*', 'sac', 'chamado*', 'ticket*', 'resposta*', 'respond*', 'retorno',
      'ninguém _ ajud*|atend*', 'chat', 'ligu*', 'ligaç*', 'equipe', 'ajuda',
    ],
    reliability: [
      'fecha|fechou sozinho|sozinha', 'sai sozinho', 'travou|travando', 'congela*', 'tela preta|branca', 'nao abre', 'me desloga', 'apagou', 'buga|bugou|bugado', 'crasha|crashou',
      'desliga', 'fecha sozinho|sozinha', 'tela preta|branca', 'forcar', 'pifou', 'bolinha', 'em branco', 'nem abre', 'derrubou|deslogando', 'reinicia', 'morreu', 'trava', 'desiste', 'bug', 'nunca funciona', 'quebra', 'caiu|cai',
      'falh*', 'erro|erros', 'bug*', 'trav*', 'cai|caiu|caindo|cair|queda*', 'fora do ar', 'instável', 'instabilidade',
      'estável', 'estabilidade', 'não funcion*', 'par* de funcionar', 'confiáv*', 'perd* _ dados|arquivos', 'crash*',
      'fecha sozinho',
    ],
    performance: [
      'lent*', 'lentidão', 'rápid*', 'rapidez', 'velocidade', 'desempenho', 'carreg*', 'performance',
    ],
    usability: [
      'editor', 'configuracao inicial', 'labirinto', 'cliques', 'configuracoes', 'acha nada', 'zona',
      'confus*', 'complicad*', 'difícil', 'fácil*', 'intuitiv*', 'interface', 'design', 'layout', 'menu*', 'naveg*',
      'usabilidade', 'amigável',
    ],
    features: [
      'edicao em massa', 'linha do tempo', 'app decente', 'etiquetas', 'offline', 'nao faz o que',
      'funcionalidade*', 'função|funções|recurso|recursos', 'integraç*', 'export*', 'falt*',
      'adicion*', 'gostaria', 'relatório*', 'personaliz*', 'modo escuro', 'api',
    ],
    delivery: [
      'troca', 'entregador', 'transportadora', 'rastreio', 'correios',
      'entreg*', 'frete*', 'envio*', 'pacote*', 'encomenda*', 'pedido*', 'cheg*', 'correio*', 'transportadora*',
      'rastreio', 'rastreamento', 'atras*', 'motoboy',
    ],
  },
};
