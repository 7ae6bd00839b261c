import type { LexiconDef } from './types.js';

/** English. Contractions split at the apostrophe, so "don't" is the tokens `don t`. */
// biome-ignore format: lexicon tables read better packed than one word per line
export const en: LexiconDef = {
  language: 'en',
  stopwords: [
    'the', 'and', 'is', 'it', 'to', 'of', 'i', 'you', 'your', 'was', 'this', 'that', 'with', 'for', 'my',
    'have', 'not', 'but', 'very', 'are', 'be', 'we', 'our', 'they', 'too', 'so', 'will', 'just', 'would',
    'can', 'if', 'been', 'what', 'when', 'after', 'because', 'really', 'which', 'there', 'an', 'get', 'at',
  ],
  negators: [
    'not', 'no', 'never', 'nor', 'neither', 't', 'dont', 'wont', 'cant', 'cannot', 'didnt', 'doesnt',
    'isnt', 'arent', 'wasnt', 'werent', 'wouldnt', 'shouldnt', 'havent', 'hasnt', 'against', 'nope',
  ],
  conditionals: ['if', 'unless', 'until', 'when', 'once', 'whether'],
  scopeBreakers: ['but', 'because', 'cause', 'so', 'although', 'though', 'however', 'and', 'or', 'otherwise', 'since', 'yet'],
  leave: [
    'cancel*',
    'unsubscrib*',
    'uninstall*',
    'close|closing|delete|deleting|terminate|terminating|deactivate _ account*|subscription*|contract*|membership*',
    'switch*|moving|move|migrat*|go|going|went|jump* _ to|over|with _ competitor*|another|alternative*|rival*|somebody|someone',
    'switch* provider*|vendor*|tool*|platform*|service*|compan*|bank*|carrier*|apps|away',
    'look*|shop*|go|going _ elsewhere|around',
    'look*|search* for _ alternative*|another|replacement*|competitor*',
    'find*|found|try|trying _ another|alternative*|replacement*|competitor*',
    'm|re|ll|will|to|gonna|are|am leav*|quit*',
    'leav* you|pulse|for|now|soon|today|asap|as',
    'quit*',
    'stop*|stopped using|paying|buying|ordering',
    'stop*|stopped my|our|the subscription|plan',
    'done with',
    'money back',
    'business elsewhere',
    'never again',
    'goodbye',
    'no longer need*|use|using|want|order*',
  ],
  stay: [
    'renew|renewing|resubscrib*',
    'extend* _ contract|subscription|plan|license',
    'stay|staying|stick|sticking with|around|subscribed|customer*',
    'continu* using|with',
    'continu* my|our|the subscription|plan',
    'continu* to use|pay|order',
    'keep|keeping using|paying|ordering',
    'keep|keeping my|our|the subscription|account|plan',
    'use|using|buy|buying|order|ordering|shop|shopping|recommend|pay _ again|anymore|longer',
    'come|coming _ back',
    'be back',
  ],
  themes: {
    price: [
      'price*', 'pricing', 'priced', 'expensive', 'overpric*', 'cost|costs|costly', 'cheap*', 'afford*', 'fee|fees',
      'value for money', 'rip off', 'ripoff', 'budget', 'discount*', 'waste of money', 'pay* _ too much',
    ],
    billing: [
      'bill|bills|billed|billing', 'pay|paying', 'invoic*', 'charg*', 'overcharg*', 'payment*', 'refund*', 'receipt*',
      'credit card', 'creditcard', 'debit*', 'auto renew*', 'autorenew*', 'transaction*', 'paid twice', 'vat',
    ],
    support: [
      'support', 'customer service|care|success', 'helpdesk', 'help desk', 'agent*', 'representative*', 'reps',
      'ticket*', 'staff', 'live chat', 'chat support', 'on hold', 'call center|centre', 'hotline', 'account manager',
      'replied|reply|replies', 'get|got back to', 'nobody|noone _ answer*|respond*|help*|call*|repl*', 'no one _ answer*|respond*|help*|call*|repl*', 'team respon*',
    ],
    reliability: [
      'crash*', 'bug|bugs|buggy', 'glitch*', 'outage*', 'downtime', 'is|was|were|goes|went|been|being|keeps down',
      'error*', 'broken|broke|breaks', 'fail*', 'unstable', 'reliab*', 'unreliab*', 'stable|stability', 'freez*',
      'froze|frozen', 'data loss', 'lost _ data|work|files', 'not work*', 'stop*|stopped working', 't work',
      'uptime', 'disconnect*',
    ],
    performance: [
      'slow*', 'lag|lags|laggy|lagging', 'speed*', 'fast|faster', 'load|loads|loading', 'load time*',
      'performan*', 'takes|took|taking forever|ages', 'sluggish', 'latency', 'responsive*', 'snappy',
    ],
    usability: [
      'confus*', 'intuitiv*', 'unintuitiv*', 'easy|easier _ to use|use|navigate', 'hard|difficult|impossible _ to use|navigate|find|figure',
      'user friendly', 'complicat*', 'clunky', 'interface', 'ui|ux', 'navigat*', 'design', 'layout', 'clutter*',
      'usab*', 'learning curve', 'ease of use', 'figure _ out', 'menu*',
    ],
    features: [
      'feature*', 'functionalit*', 'missing', 'lack|lacks|lacking', 'integrat*', 'export*', 'option*', 'wish',
      'would like|love', 'add|adding|added', 'api', 'report|reports|reporting', 'customiz*', 'customis*',
      'dark mode', 'template*', 'roadmap', 'limited', 'capabilit*',
    ],
    delivery: [
      'deliver*', 'shipping|shipment|shipped|ship', 'parcel*', 'courier*', 'arriv*', 'tracking', 'dispatch*',
      'in transit', 'never came|showed', 'came|come late|damaged|broken', 'postman|driver', 'warehouse',
      'package|packages|packaging',
    ],
  },
};
