import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Pila ng follow-up',
  empty:
    'Walang kailangang i-follow up. Dito napupunta ang mga sagot ng mga detractor, may priyoridad na, pagdating nila.',
  status: 'Status',
  anyStatus: 'Anumang status',
  linkedMissing: 'Wala sa view na ito ang follow-up na binuksan mo.',
  showAnyStatus: 'Ipakita ang lahat ng status',
  priority: 'Priyoridad',
  anyPriority: 'Anumang priyoridad',
  theme: 'Paksa',
  anyTheme: 'Anumang paksa',
  assignee: 'Nakatalaga',
  anyone: 'Kahit sino',
  me: 'Ako',
  assignToMe: 'Italaga sa akin',
  unassign: 'Alisin ang pagtatalaga',
  unassigned: 'Walang nakatalaga',
  actions: {
    start: 'Simulan',
    resolve: 'Lutasin',
    dismiss: 'Ibasura',
    reopen: 'Buksan muli',
    stop: 'Ibalik sa bukas',
  },
  closedAt: {
    resolved: 'Nalutas {when}',
    dismissed: 'Ibinasura {when}',
  },
  answered: 'sumagot {when}',
  note: 'Magdagdag ng tala',
  notePlaceholder: 'Ano ang ginawa o nalaman mo?',
  addNote: 'Idagdag ang tala',
  overdue: 'Lampas na sa oras',
  due: 'Takdang oras: {when}',
  notices: {
    stale:
      'May kasamahan kang nagbago sa follow-up na ito habang inaasikaso mo ito. Ito ang kasalukuyang estado nito; subukan ulit kung may saysay pa ang pagbabago mo.',
    readOnly:
      'Pagbasa lang ang access mo: hilingin sa isang may-ari ang role na ahente para makapagbago ng mga follow-up.',
    offline: 'Hindi maabot ang Pulse kaya walang na-save. Suriin ang koneksiyon mo; ligtas na pindutin ulit.',
    serverError:
      'Hindi ito ma-save ng Pulse (mali sa panig namin, naitala na ito). Subukan ulit pagkalipas ng isang minuto.',
    gone: 'Wala na ang follow-up na ito. I-reload ang pila.',
    invalidTransition:
      'Hindi puwede ang hakbang na iyan mula sa kasalukuyang status nito; ipinapakita ng card ang mga puwede.',
    refused: 'Hindi na-save: {why}',
  },
  traits: 'Mga katangian',
  evidence: {
    title: 'Minarkahan dahil sa',
    quote: '“{words}”',
    addedBy: 'idinagdag ni {who}',
  },
  correction: {
    open: 'Itama',
    title: 'Ano talaga ang sinasabi ng komentong ito?',
    themes: 'Mga paksa',
    churn: 'Nagpapahiwatig ang customer na aalis siya (panganib na umalis)',
    save: 'I-save ang pagtatama',
    cancel: 'Kanselahin',
    movedOn:
      'May kasamahan kang nagbago sa follow-up na ito mula nang buksan mo ang form na ito; sa pag-save, makikita mo muna ang pagbabago niya.',
  },
  history: {
    title: {
      one: 'Kasaysayan ({count} tala)',
      other: 'Kasaysayan ({count} tala)',
    },
    system: 'Pulse',
    api: 'API key',
    opened: 'Binuksan na may priyoridad na {priority}',
    status: 'Binago ang status mula {from} patungong {to}',
    assigned: 'Itinalaga kay {to}',
    unassigned: 'Inalis ang pagtatalaga kay {from}',
    reassigned: 'Inilipat mula kay {from} patungo kay {to}',
    note: 'Nagdagdag ng tala',
    classification: 'Itinama ang klasipikasyon: {changes}',
    themes: 'mga paksa mula {from} patungong {to}',
    noThemes: 'wala',
    churnOn: 'minarkahang may panganib na umalis',
    churnOff: 'inalis ang panganib na umalis',
    priority: 'priyoridad mula {from} patungong {to}',
  },
} satisfies Translation<typeof en>;
