import { en } from './en.js';
import type { LexiconDef } from './types.js';

/**
 * Tagalog. Affixes and infixes ("mag-", "nag-", "-in-", reduplication:
 * magkakansela, kinansela, nagcancel) defeat prefix matching, so most words
 * are "contains" words. Comments mix in English freely, so the English lexicon
 * applies too.
 */
// biome-ignore format: lexicon tables read better packed than one word per line
export const tl: LexiconDef = {
  language: 'tl',
  borrows: en,
  stopwords: [
    'ang', 'at', 'ng', 'mga', 'sa', 'na', 'ay', 'ako', 'ko', 'hindi', 'po', 'naman', 'yung', 'lang', 'talaga', 'kasi', 'niyo',
    'nyo', 'kayo', 'sobrang', 'siya', 'ito', 'iyan', 'din', 'rin', 'pa', 'ba', 'ninyo', 'namin', 'kami', 'tayo',
    'dahil', 'kung', 'wala', 'walang', 'may', 'nang', 'yan', 'daw', 'sana', 'ulit', 'lagi', 'kahit', 'parang', 'nga',
    'pala', 'bakit', 'akin', 'niya', 'nila', 'pag', 'di', 'po', 'ninyong', 'tapos', 'pero',
  ],
  negators: ['hindi', 'hinde', 'di', 'wag', 'huwag', 'ayoko', 'ayaw', 'wala', 'walang'],
  conditionals: ['kung', 'kapag', 'pag', 'pagka'],
  scopeBreakers: ['pero', 'kasi', 'dahil', 'kaya', 'at', 'tapos', 'o'],
  leave: [
    '*cancel*|*kansel*|*kancel*',
    '*unsubscribe*',
    '*lipat*',
    'aalis|umalis|alis|aalisan|iiwan|iwan|iiwanan|iniwan',
    '*hanap* _ iba|ibang',
    '*tigil*',
    '*sara*|*delete* _ _ account',
    'ayoko|ayaw _ na',
    'hindi|di _ na _ *gamit*|*bili*|*order*|*renew*|*balik*|*subscribe*',
    'ibang provider|kompanya|company|app|network|serbisyo',
  ],
  stay: ['*renew*', 'babalik|bumalik', '*tuloy*', 'mananatili'],
  themes: {
    price: ['*mahal*', '*presyo*', 'mura|murang', 'halaga', 'sulit', '*price*'],
    billing: ['*singil*', '*bayad*', 'resibo', '*refund*', '*charge*', '*bill*', '*invoice*'],
    support: ['suporta', '*support*', '*sagot*', '*tawag*', '*reply*', 'ahente', '*respond*', '*tulong*', 'cs'],
    reliability: [
      '*sira*', '*bug*', '*crash*', '*error*', 'gumagana|gumana|gagana', 'hang|naghang|naghahang', '*freeze*',
      'down',
    ],
    performance: ['*bagal*', '*bilis*', '*load*', 'lag|laggy|naglalag|naglag|lagging'],
    usability: ['*gulo*', '*hirap*', '*dali*', '*lito*', '*komplikado*', 'gamitin'],
    features: ['*feature*', 'sana _ may|magkaroon|madagdag|idagdag|ilagay', '*dagdag*', '*kulang*', 'wala pang', '*export*'],
    delivery: ['*deliver*', '*padala*', 'dumating|darating|dadating|dating|nakarating', 'rider|riders', '*hatid*', '*ship*'],
  },
};
