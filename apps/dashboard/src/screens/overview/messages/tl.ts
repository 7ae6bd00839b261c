import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'Survey',
  period: 'Panahon',
  periods: {
    '24h': '24 oras',
    '7d': '7 araw',
    '30d': '30 araw',
    '90d': '90 araw',
    custom: 'Custom',
  },
  periodHints: {
    '24h': 'Ang oras na ito hanggang ngayon at ang 23 bago nito (UTC)',
    '7d': 'Ngayong araw hanggang ngayon at ang 6 na araw bago nito (mga araw sa UTC)',
    '30d': 'Ngayong araw hanggang ngayon at ang 29 na araw bago nito (mga araw sa UTC)',
    '90d': 'Ngayong araw hanggang ngayon at ang 89 na araw bago nito (mga araw sa UTC)',
    custom: 'Buong mga araw sa UTC, kasama ang huling araw',
  },
  filters: {
    title: 'Mga filter',
    category: 'Kategorya',
    anyCategory: 'Lahat ng kategorya',
    locale: 'Wika',
    anyLocale: 'Lahat ng wika',
    trait: 'Katangian',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'Isulat ang katangian bilang key=value, hal. plan=enterprise.',
    from: 'Mula',
    to: 'Hanggang',
    apply: 'Ilapat',
    clear: 'Alisin ang mga filter',
    export: 'I-export ang CSV',
    exporting: 'Ine-export…',
  },
  tiles: {
    nps: 'NPS',
    interval: '95% interval: {low} hanggang {high} · {answers}',
    noAnswers: 'Walang sagot sa panahong ito',
    change: 'Pagbabago mula sa nakaraang panahon',
    verdicts: {
      better: 'Mas mabuti: lampas sa 95% interval',
      worse: 'Mas malala: lampas sa 95% interval',
      within_noise: 'Nasa loob ng 95% interval: baka nagkataon lang',
      too_few: 'Kulang ang sagot para maikumpara',
    },
    differenceInterval: '95% interval ng pagbabago: {low} hanggang {high}',
    previous: 'Nakaraang panahon: NPS {nps} · {answers}',
    tooFew: '{now} ngayon at {before} noon; kailangan ng {min} sa bawat isa para makapagpasya.',
    responses: 'Mga sagot',
    breakdown: 'Paghahati',
    allTime: '{answers} sa kabuuan · NPS {nps}',
  },
  distribution: {
    title: 'Distribusyon ng marka',
  },
  trend: {
    title: 'Takbo ng NPS',
    nps: 'NPS',
    volume: 'Mga sagot',
    empty: 'Wala pang sagot sa panahong ito.',
  },
  feed: {
    title: 'Mga pinakabagong sagot',
    empty: 'Wala pang sagot. Idikit ang snippet ng widget sa site mo, o palawakin ang panahon at mga filter.',
    newItems: {
      one: '{count} bagong sagot — ipakita',
      other: '{count} bagong sagot — ipakita',
    },
  },
  noSurveys:
    'Wala pang survey ang proyektong ito. Gumawa ng isa sa API (POST /v1/surveys) at lalabas ito rito.',
  filterTooBroad:
    'Masyadong maraming sagot para i-filter sa panahong ito. Pumili ng mas maikling panahon o mag-alis ng filter.',
} satisfies Translation<typeof en>;
