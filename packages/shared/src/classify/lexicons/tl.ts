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
    'dito', 'nung', 'simula', 'daming', 'maraming', 'pwede', 'mo', 'seryoso', 'sige', 'nito', 'ngayon', 'lahat', 'iba', 'yun',
  ],
  negators: ['hindi', 'hinde', 'di', 'wag', 'huwag', 'ayoko', 'ayaw', 'wala', 'walang'],
  conditionals: ['kung', 'kapag', 'pag', 'pagka'],
  after: ['pagkatapos', 'matapos', 'after', 'muntik', 'inisip'],
  scopeBreakers: ['pero', 'kasi', 'dahil', 'kaya', 'at', 'tapos', 'o'],
  leave: [
    '*lipat*', '*palit*', 'sa iba', 'ng iba', 'ibang app|tools|tool|provider|vendor|bangko|shop|crm|platform|supplier|network',
    'aalis|aalis na|umalis|alis na', 'titigil|tigil na', 'ititigil', 'huling bayad', 'last month', 'last chance', 'mawawala kami',
    'bye|babush|paalam|magpaalam', 'salamat sa wala', 'suko na', 'isasara', '*terminate*', 'nagta trial|nag trial|trial', '*compare*|*comparison*',
    '*canvass*', 'alternative*', 'competitor*', 'pilot', 'tumitingin', 'dahilan para mag stay|umalis', 'bakit pa ako', 'convince me|patunayan',
    'notice', 'tapos na', 'pinablock|*block*', 'dinelete', 'di ko sure|hindi ko sure|di ko alam kung _ renew*|tutuloy|itutuloy',
    'pinag iisipan', 'nasa alanganin', 'hindi ang boto', 'di na kami tutuloy|hindi na kami tutuloy', 'di na tutuloy',
    'mag sign|nag sign na kami', 'babalik na lang', 'hindi na ako magtatagal', 'hindi na kami', 'hindi na ako bibili|oorder',
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
  fine: [
    'nakatulong|tulong', 'mabilis naman',
    'okay|ok|oks', 'maayos', 'maganda', 'mabait', 'magaling|galing', 'walang problema|aberya', 'sulit', 'solid',
    'mabilis', 'madali', 'reasonable', 'kumpleto',
  ],
  solved: [
    'refund _ dumating',
    'gumagana na ulit', 'okay na ngayon',
    'naayos|inayos|naresolba|nafix|na fix|fixed', 'na refund|narefund', 'wala na', 'hindi na _ nagcra*|*crash*|*hang*',
    'dumating din'
  ],
  damage: ['basag|yupi|*sira*'],
  delays: ['isang minuto', '*tagal*'],
  themes: {
    price: [
      '*mahal*', 'scam', 'a month para', 'quote', 'presyo', 'mas mura', 'gastos','*mahal*', '*presyo*', 'mura|murang', 'halaga', 'sulit', '*price*'],
    billing: [
      'declined','*singil*', '*bayad*', 'resibo', '*refund*', '*charge*', '*bill*', '*invoice*'],
    support: [
      'makausap',
      'walang nagsabi',
      'binabaan', 'bot', '*sumagot*', 'sumasagot', '*reply*', 'hotline', 'agent', '*trato*','suporta', '*support*', '*sagot*', '*tawag*', '*reply*', 'ahente', '*respond*', '*tulong*', 'cs'],
    reliability: [
      '*nagsasara*', '*close*', '*nagloloko*', '*nabubura*', 'ayaw mag open', 'hindi mabuksan', '*logout*', 'puti lang',
      '*nawawala*|*nawala*',
      '*namatay*', '*namamatay*', 'kusa*', '*itim*', '*force close*', '*hang*', 'ikot', 'blangko', 'ayaw bumukas', '*kick*', '*restart*', 'stuck', 'hindi gumagana', '*down*', '*freeze*', '*naninigas*', 'sumusuko', '*error*',
      '*bug*', '*crash*', '*error*', 'gumagana|gumana|gagana', 'hang|naghang|naghahang', '*freeze*',
      'down',
    ],
    performance: [
      '*hina*','*bagal*', '*bilis*', '*load*', 'lag|laggy|naglalag|naglag|lagging'],
    usability: [
      'mahanap', 'steps',
      'editor', 'onboarding', 'maze', 'click', 'settings', 'makahanap', 'nakakalito','*gulo*', '*hirap*', '*dali*', '*lito*', '*komplikado*', 'gamitin'],
    features: [
      '*duplicate*',
      'calendar sync', 'gantt',
      'bulk edit', 'timeline view', 'mobile app', 'recurring', 'tags', 'offline mode', 'reporting', 'kaya yung kailangan','*feature*', 'sana _ may|magkaroon|madagdag|idagdag|ilagay', '*dagdag*', '*kulang*', 'wala pang', '*export*'],
    delivery: [
      'mali yung item', 'pinadala',
      'replacement', 'rider', 'courier', 'parcel', 'order ko','*deliver*', '*padala*', 'dumating|darating|dadating|dating|nakarating', 'rider|riders', '*hatid*', '*ship*'],
  },
};
