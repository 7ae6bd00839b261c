import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'Apklausa',
  period: 'Laikotarpis',
  periods: {
    '24h': '24 val.',
    '7d': '7 dienos',
    '30d': '30 dienų',
    '90d': '90 dienų',
    custom: 'Pasirinktinis',
  },
  periodHints: {
    '24h': 'Ši valanda iki dabar ir 23 ankstesnės (UTC)',
    '7d': 'Šiandien iki dabar ir 6 ankstesnės dienos (UTC dienos)',
    '30d': 'Šiandien iki dabar ir 29 ankstesnės dienos (UTC dienos)',
    '90d': 'Šiandien iki dabar ir 89 ankstesnės dienos (UTC dienos)',
    custom: 'Visos UTC dienos, įskaitant paskutinę',
  },
  filters: {
    title: 'Filtrai',
    category: 'Kategorija',
    anyCategory: 'Visos kategorijos',
    locale: 'Kalba',
    anyLocale: 'Visos kalbos',
    trait: 'Požymis',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'Požymį įrašykite kaip raktas=reikšmė, pvz., plan=enterprise.',
    from: 'Nuo',
    to: 'Iki',
    apply: 'Taikyti',
    clear: 'Išvalyti filtrus',
    export: 'Eksportuoti CSV',
    exporting: 'Eksportuojama…',
  },
  tiles: {
    nps: 'NPS',
    interval: '95 % intervalas: nuo {low} iki {high} · {answers}',
    noAnswers: 'Šiuo laikotarpiu atsakymų nėra',
    change: 'Pokytis, palyginti su ankstesniu laikotarpiu',
    verdicts: {
      better: 'Geriau: už 95 % intervalo ribų',
      worse: 'Blogiau: už 95 % intervalo ribų',
      within_noise: '95 % intervalo ribose: gali būti atsitiktinumas',
      too_few: 'Per mažai atsakymų palyginti',
    },
    differenceInterval: 'Pokyčio 95 % intervalas: nuo {low} iki {high}',
    previous: 'Ankstesnis laikotarpis: NPS {nps} · {answers}',
    tooFew: 'Dabar {now}, anksčiau {before}; išvadai reikia po {min} kiekviename.',
    responses: 'Atsakymai',
    breakdown: 'Pasiskirstymas',
    allTime: 'Iš viso {answers} · NPS {nps}',
  },
  distribution: {
    title: 'Balų pasiskirstymas',
  },
  trend: {
    title: 'NPS tendencija',
    nps: 'NPS',
    volume: 'Atsakymai',
    empty: 'Šiuo laikotarpiu atsakymų dar nėra.',
  },
  feed: {
    title: 'Naujausi atsakymai',
    empty:
      'Atsakymų dar nėra. Įklijuokite valdiklio kodą į savo svetainę arba išplėskite laikotarpį ir filtrus.',
    newItems: {
      one: '{count} naujas atsakymas — rodyti',
      few: '{count} nauji atsakymai — rodyti',
      many: '{count} naujo atsakymo — rodyti',
      other: '{count} naujų atsakymų — rodyti',
    },
  },
  noSurveys: 'Šiame projekte dar nėra apklausų. Sukurkite ją per API (POST /v1/surveys), ir ji atsiras čia.',
  filterTooBroad:
    'Per daug atsakymų, kad būtų galima filtruoti šiuo laikotarpiu. Pasirinkite trumpesnį laikotarpį arba pašalinkite filtrą.',
} satisfies Translation<typeof en>;
