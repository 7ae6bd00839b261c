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
  negators: ['hindi', 'hinde', 'di', 'wag', 'huwag', 'ayoko', 'ayokong', 'ayaw', 'wala', 'walang'],
  circumstances: ['habang', 'tuwing', 'nung', 'pag', 'kapag'],
  conditionals: ['kung', 'kapag', 'pag', 'pagka'],
  after: [
    'driver', 'rider', 'restaurant', 'seller',
    'akala', 'balak', 'binalak', 'gusto','pagkatapos', 'matapos', 'after', 'muntik', 'inisip', 'kahit', 'tinulungan', 'tinulungang', 'tumulong', 'refund'],
  scopeBreakers: ['pero', 'kasi', 'dahil', 'kaya', 'at', 'tapos', 'o'],
  leave: [
    'pagkatapos|matapos _ billing cycle|billing period', 'huling buwan _ magbabayad|magbayad|bayad', 'nailipat|inilipat|ililipat|nilipat _ invoices|invoice|billing|payroll|resibo', 'nailipat|inilipat|ililipat|nilipat _ lahat ng invoices|invoice|billing|payroll|resibo',
    'bagong provider|supplier', 'mas murang options|alternatives', 'hindi kumbinsido',
    '*ancel*', 'sa iba na|nalang|kami|ako', 'sa ibang provider|network|bangko|app|company|kompanya',
    'magpo|mag port', 'magport|magpoport', 'port na', 'dinispute', 'binura ko na', 'binura ko na account', 'papalitan _ kayo', '*palit* _ provider|network|bangko|app|sim|iba|ibang|kayo|supplier|vendor|tool|system|sistema|telco', 'duda ako', 'magpapalit na', 'lilipat na', 'lipat na', 'lumipat na', 'titigil na', 'itigil ko na', 'ayoko na', 'ayaw ko na', 'tama na', 'suko na ako', 'bye na', 'babay', 'ekis na', 'isasara ko na', 'iiwan ko na kayo', 'hindi na ako babalik', 'di na ako babalik', 'hindi na kami babalik', 'di na ako oorder', 'di na ako bibili', 'last na to', 'huling beses', 'mag expire',
    '*lipat*', 'ng iba', 'ibang app|tools|tool|provider|vendor|bangko|shop|crm|platform|supplier|network',
    'aalis|umalis', 'alis na', 'titigil|tigil na', 'ititigil', 'huling bayad', 'last month ko|namin|na', 'last month na namin|ko', 'last chance', 'mawawala kami',
    'bye|babush|paalam|magpaalam', 'suko na', 'isasara', '*terminate*', 'nagta|nag trial', '*compare*|*comparison*',
    '*canvass*', 'alternative*', 'competitor*', 'pilot', 'tumitingin', 'dahilan para mag stay', 'dahilan para umalis', 'bakit pa ako', 'convince me', 'patunayan',
    'notice', 'tapos na', 'pinablock|*block*', 'dinelete', 'di ko sure _ renew*|tutuloy|itutuloy', 'di ko alam kung _ renew*|tutuloy|itutuloy', 'hindi ko sure _ renew*|tutuloy|itutuloy', 'hindi ko alam kung _ renew*|tutuloy|itutuloy',
    'pinag iisipan', 'nasa alanganin', 'hindi ang boto', 'di|hindi na kami tutuloy', 'di na tutuloy',
    'mag|nag sign na kami', 'nag sign', 'babalik na lang', 'hindi na ako magtatagal', 'hindi na kami', 'hindi na ako bibili|oorder',
    '*cancel*|*kansel*|*kancel*',
    '*unsubscribe*',
    '*lipat*',
    'aalis|umalis|alis|aalisan|iiwan|iiwanan',
    '*hanap* _ iba|ibang',
    '*sara*|*delete* _ _ account',
    'ayoko|ayaw _ na',
    'hindi|di _ na _ *gamit*|*bili*|*order*|*renew*|*balik*|*subscribe*',
    'ibang provider|kompanya|company|app|network|serbisyo',
    'ibang _ system|sistema|software|pos|platform|provider|app|bangko|tool|tools|crm|supplier|vendor|network|serbisyo|telco|shop',
    'kabilang _ tool|app|provider|bangko|network|platform|system|sistema|company|kompanya|shop|pos|crm|telco',
    'pag iisipan', 'pag isipan', 'nagte|nagta|tine|tina|magte|magta|nag|mag _ trial|test|try _ iba|ibang',
    'hindi|di _ na _ bumili|bumibili|mamimili|mamili|uulit|uorder|oorder', 'dahilan _ umalis|manatili|magstay|magtagal', 'dahilan lang|para _ umalis|manatili|magstay|magtagal', 'dahilan _ mag stay',
    'huling *bill*|buwan|singil|hulog|bayarin', 'dito na nagtatapos', 'nagtatapos|matatapos _ samahan',
    'na gamit namin|ko', 'na ang gamit namin|ko', 'nagbukas|nagopen _ ng account', 'na namin ginagawa|ginagamit', 'na kami gumagamit',
    'mag|magka|i|ma cancel|kansel',
    'mahirap|hirap _ i justify|ijustify', 'ewan _ kung _ ituloy|itutuloy|tutuloy|*renew*',
    'wag|huwag na _ tumawag|tawagan', 'wag|huwag niyo na _ tumawag|tawagan', 'retention',
    'nagpapa|nagpa|humingi|hingi|kumuha|kukuha _ quote|quotation|quotations', 'may demo kami|kaming', 'kinukumpara|kinumpara|ikinumpara|nagkukumpara|nagkumpara|ikumpara|magkumpara|pinagkukumpara',
    'ibang _ insurance|hmo|bank|telco|isp|courier|store|tindahan|gym|airline|broker|agent', 'susubukan|sinusubukan _ muna', 'sinusubukan namin',
    'kumbinsihin', 'na wala sa iba', 'nagpapanatili', 'pigilan niyo ako|kami', 'burahin|idelete niyo na', 'kalimutan niyo na ako|kami',
    'ipapaputol|ipaputol|pinaputol|ipinaputol|papaputulin', 'ipapa putol', 'last order|load|booking|bili ko|namin', 'huling order|load|booking|bili', 'na kami|ako next|starting',
    'rason|dahilan _ mag|magre renew', 'rason|dahilan _ mag stay', 'rason|dahilan _ magrenew|ituloy|tumuloy|manatili|umalis|magstay', '*deactivate* _ _ account|profile|subscription|membership|card',
  ],
  stay: [
    'mag stay', 'nag stay', 'mag renew', 'magre renew', 'magrerenew', 'tuloy pa rin', 'tuloy lang', 'order pa rin', 'gagamit pa rin','*renew*', 'babalik|bumalik', '*tuloy*', 'mananatili'],
  fine: [
    'ayos', 'ayos naman', 'ang galing', 'the best', 'sobrang bait', 'ang ganda', 'maganda naman', 'aaminin ko', 'totoo', 'walang masabi', 'walang reklamo', 'goods', 'swabe', 'smooth',
    'nakatulong|tulong', 'mabilis naman',
    'okay|ok|oks', 'maayos', 'maganda', 'mabait', 'magaling|galing', 'walang problema|aberya', 'sulit', 'solid',
    'mabilis', 'madali', 'reasonable', 'kumpleto',
    'sakto lang', 'tama lang', 'walang duda', 'mabibilis', 'masarap', 'helpful',
    'gusto ko yung|ang', 'love ko yung|ang', 'madaling gamitin', 'madali gamitin', 'mura naman', 'sulit naman', 'madali naman', 'maayos naman',
  ],
  modals: ['kaya', 'makaya', 'pwede', 'magawa'],
  solved: [
    'gumanda', 'gumanda naman', 'ayos na', 'okay na', 'nabalik', 'naibalik', 'nabalik din', 'sa wakas', 'naayos na', 'naayos din', 'na resolve', 'naresolve',
    'refund _ dumating',
    'gumagana na ulit', 'okay na ngayon',
    'naayos|inayos|naresolba|nafix|fixed', 'na fix', 'na refund', 'narefund', 'wala na', 'hindi na _ nagcra*|*crash*|hang|naghang|naghahang',
    'dumating din',
    'pumasok|dumating|bumalik na _ refund|pera', 'mas okay na', 'ok na', 'normal na', 'nag normal', 'bumalik na sa normal',
    'hindi|di na _ *disconnect*|*sasara*|*loloko*|*freeze*|*error*|nagla|naglalag',
    'naitama|itinama', 'settled na', 'stable na', 'napalitan agad|na',
  ],
  arrivals: ['walang dumating', 'dumating', 'dumating|darating|dadating|dating|nakarating'],
  wishes: ['kulang', 'kulang pa', '*kulang*', 'sana _ may|magkaroon|madagdag|idagdag|ilagay', 'sana pwede', 'sana may', 'sana lagyan'],
  damage: [ 'nawala', '*nawawala*|*nawala*',
    'basang basa', 'basa|nabasa|punit|nabuksan', 'bukas na','basag|yupi|*sira*'],
  delays: [
    'isa t kalahating oras', 'kalahating oras', 'ilang oras', 'ilang araw', 'anim na araw', 'isang linggo', 'ang tagal', 'antagal', 'tagal','isang minuto', '*tagal*'],
  themes: {
    price: [
      'holdap', 'sulit na sulit', 'hindi sulit', 'di sulit', 'sayang pera', 'sayang ang pera', 'ang mahal', 'mahal', 'mura', 'pesos|piso|php', 'kada buwan', 'a month', 'bawat buwan', 'tumaas', 'tumaas presyo', 'nagtaas', 'pataas', 'free version', 'libre', 'delivery fee', 'shipping fee', 'lumiit serving',
      '*mahal*', 'scam', 'a month para', 'quote', 'presyo', 'mas mura', 'gastos','*mahal*', '*presyo*', 'mura|murang', 'halaga', 'sulit', '*price*',
      '*commission*', 'komisyon', 'service charge|charges', '*bigat* _ budget|bulsa|wallet', 'itinaas|tinaasan|tinaas', 'budget cut', 'walang budget'],
    billing: [
      'nag load', 'nagpaload', 'load ko', 'card ko', 'kumukuha _ pera|bayad', 'late fee',
      'kinaltasan', 'kaltas', 'kinaltas', 'nabawas', 'nabawasan', 'binawasan', 'paniningil', 'sinisingil', 'singil', 'siningil', 'tin', 'official receipt', 'gcash|maya|paymaya|bpi|bdo|metrobank', 'magbayad', 'nagbayad', 'bayad', 'binayaran', 'doble charge', 'dobleng charge', 'na charge', 'nacharge', 'sinisingil pa rin', 'refund', 'na refund', 'i refund', 'annual imbes na monthly',
      'declined', '*reimburse*', '*singil*', '*bayad*', 'resibo', '*refund*', '*charge*', '*bill*', '*invoice*'],
    support: [
      'sa chat', 'si ate|kuya', 'announcement', 'walang abiso|paalala', 'walang kahit isang announcement',
      'chatbot', 'walang sumasagot', 'walang sumagot', 'tinulungan', 'tumulong', 'auto reply', 'email', 'nag email', 'tumawag', 'tinawagan', 'tatawagan', 'sinasabi', 'staff', 'sa branch', 'branch', 'makapagsabi', 'customer service', 'csr', 'binaba', 'script', 'iba iba sinasabi', 'iba ibang sagot',
      'makausap',
      'walang nagsabi',
      'binabaan', 'bot', '*sumagot*', '*kausap*', 'hirap _ kausapin|makausap|tawagan|kontakin|ma contact', 'sumasagot', '*reply*', 'hotline', 'agent', '*trato*','suporta', '*support*', '*sagot*', '*tawag*', '*reply*', 'ahente', '*respond*', '*tulong*', 'cs', 'technician|technicians|tekniko'],
    reliability: [
      'pending', 'pending pa rin', 'mahina|ang|yung signal', 'yung signal', 'naputol yung tawag', 'naputol', 'ayaw pumasok', 'ayaw gumana',
      'sira yung app', 'sira ang app', 'sirang app',
      'natitigil', 'natigil', 'nagha hang', 'nag hang', 'naghang', 'walang booking', 'wala yung booking', 'nawawala', 'hindi na upload', 'di na upload', 'hindi ma open', 'di ma open', 'nagka crash', 'nag crash', 'nagcrash', 'nag eerror', 'nag error', 'nala logout', 'na logout', 'nilo logout', 'pumuputi', 'nawawala wifi', 'walang signal', 'walang internet', 'nag down', 'nagdown', 'outage', 'palpak', 'gumagana minsan', 'minsan hindi',
      '*nagsasara*', '*close*', '*nagloloko*', '*nabubura*', 'ayaw mag open', 'hindi mabuksan', '*logout*', 'puti lang',
            '*namatay*', '*namamatay*', 'kusa*', '*itim*', '*force close*', 'ikot', 'blangko', 'ayaw bumukas', '*kick*', '*restart*', 'stuck', 'hindi gumagana', '*down*', '*freeze*', '*naninigas*', 'sumusuko', '*error*',
      '*bug*', '*crash*', '*error*', 'gumagana|gumana|gagana', 'hang|naghang|naghahang', '*freeze*',
      'down',
      'log out', 'logout', '*sipa* _ palabas|labas', 'sinisipa|sinipa|kinick', 'bumalik|binabalik|bumabalik|ibinabalik _ sa _ login|home|homepage|simula|umpisa',
      'zero bars', 'walang bars', 'patay _ connection|internet|signal|net|wifi', 'ayaw gumalaw', 'walang gumagalaw', 'kahit anong pindot|gawin', 'hindi|di gumagalaw', 'tumitigil', '*otp*',
    ],
    performance: [ 'mabigat', 'ang bagal', 'mabagal', 'sobrang bagal', 'napakabagal', 'bagal', 'mabilis', 'ang bilis', 'sobrang bilis', 'seconds', 'mag load', 'nagloload', 'loading',
      '*hina*','*bagal*', '*bilis*', '*load*', 'lag|laggy|naglalag|naglag|lagging',
      '*bigat*', '*gapang*', '*bagaa*', 'ilang segundo', 'segundo'],
    usability: [
      'ayaw _ gamitin', 'siksikan',
      'anim na|limang|pitong|sampung _ screen|click|pindot', 'screen bago', 'lugar ng lahat', 'maghanap', 'pagod na akong maghanap',
      'nakatago', 'sikip', 'masikip', 'napipindot', 'pindot', 'pindutan', 'pipindot', 'pinindot', 'maling araw', 'maling button', 'maka login', 'makalogin', 'hindi mahanap', 'di mahanap', 'di ko mahanap', 'hindi ko mahanap', 'naliligaw', 'nalilito', 'magulo', 'ang gulo', 'mahirap gamitin', 'madaling gamitin', 'madali gamitin', 'pati lolo|lola', 'lolo', 'lola', 'bagong version', 'bagong itsura', 'dami ng menu', 'daming menu', 'daming button', 'ang daming',
      'mahanap', 'steps',
      'editor', 'onboarding', 'maze', 'click', 'settings', 'makahanap', 'nakakalito','*gulo*', '*hirap*', '*dali*', '*lito*', '*komplikado*', 'gamitin',
      'inalam|inaalam|alamin _ paano', 'search niyo|nila', 'yung search', '*navigat*'],
    features: [
      'tinanggal|inalis|tanggal _ yung|ang|niyo',
      'lagyan niyo', 'lagyan ng', 'i tag', 'mag tag', 'i export', 'ma export', 'split', 'i split', 'shared', 'lahat ng kailangan', 'nandun lahat', 'nandito lahat', 'pumili ng seat', 'pumili ng upuan', 'sso', 'widgets', 'dark mode', 'walang paraan', 'walang option', 'walang dark mode', 'wala pa ring', 'budget per', 'per category', 'timezone', 'mag schedule',
      '*duplicate*',
      'calendar sync', 'gantt', 'wala kayong|silang', 'wala pa kayong',
      'bulk edit', 'timeline view', 'mobile app', 'recurring', 'tags', 'offline mode', 'reporting', 'kaya yung kailangan', 'custom', 'walang|wala pang|wala pa ring _ alert|alerts|integration|integrations|report|reports|automation', '*feature*', '*dagdag*', 'wala pang', '*export*'],
    delivery: [
      'pagdating',
      'iniwan _ sa labas', 'sa labas', 'j t', 'jnt|lbc|flash|lalamove|2go', 'ninja van', 'grab express', 'kinabukasan', 'dumating agad', 'late dumating', 'delivered daw', 'hub', 'seller', 'bumalik sa hub', 'pinack', 'pagkaka pack', 'pack', 'na stuck sa customs', 'customs', 'milk tea|pagkain _ malamig|lumamig', 'malamig', 'supot',
      'mali yung item', 'pinadala',
      'replacement', 'rider', 'courier', 'parcel', 'order ko','*deliver*', '*padala*', 'rider|riders', '*hatid*', '*ship*'],
  },
};
