import type { LexiconDef } from './types.js';

/**
 * Lithuanian. Rich endings are met by stems (`atšauk*` → atšaukti,
 * atšauksiu); negation is usually fused onto the verb ("neatšauksiu",
 * "nebepratęsiu"), hence the negation prefixes. Diacritics are folded, so
 * "atsauksiu" typed without them matches too.
 */
// biome-ignore format: lexicon tables read better packed than one word per line
export const lt: LexiconDef = {
  language: 'lt',
  letters: 'ąčęėįšųūž',
  stopwords: [
    'ir', 'yra', 'labai', 'nes', 'bet', 'kad', 'aš', 'mes', 'jūs', 'mano', 'su', 'kai', 'tai', 'buvo', 'nėra', 'man',
    'jau', 'dar', 'visai', 'jūsų', 'ar', 'kaip', 'dėl', 'apie', 'nuo', 'iki', 'tik', 'taip', 'mus', 'mūsų',
    'kas', 'čia', 'bus', 'viskas', 'jokio', 'niekas', 'vis', 'gal', 'net', 'už', 'nors', 'ne', 'jei', 'todėl', 'mane',
    'jums', 'kartą',
  ],
  negators: [
    'ne', 'nei', 'niekada', 'niekuomet', 'jokiu', 'jokio', 'jokių', 'nebe', 'neketinu', 'neketiname', 'neplanuoju',
    'neplanuojame', 'nenoriu', 'nenorime', 'nesiruošiu', 'nesiruošiame', 'negalvoju', 'nemanau', 'nežadu',
  ],
  negationPrefixes: ['nebe', 'ne'],
  conditionals: ['jei', 'jeigu', 'kol'],
  scopeBreakers: ['bet', 'nes', 'todėl', 'ir', 'ar', 'o', 'tačiau', 'tad'],
  leave: [
    'atšauk*', 'nutrauk*', 'atsisak*',
    'pereis*|pereit*|pereinu|perėj* pas|prie|į _ konkurent*|kit*|alternatyv*',
    'keis*|pakeis* _ tiekėj*|operatori*|bank*|teikėj*|įmon*',
    'ieškos*|ieško*|ieškau _ kit*|alternatyv*',
    'išeisiu|išeisime|išeiti|išeinu|išėjau|išeiname',
    'uždary*|panaikin*|ištrin* _ paskyr*|sąskait*',
    'grąžin* _ pinig*',
    'niekada daugiau', 'daugiau niekada',
    'nebenaudo*',
  ],
  stay: [
    'pratęs*', 'atnaujin*',
    'liksiu|liksime|likti|liekame|lieku',
    'naudosiu|naudosime|naudotis',
    'toliau naudo*|mokė*|pirk*',
    'pirksiu|pirksime|užsakysiu|užsakysime|grįšiu|grįšime',
  ],
  themes: {
    price: ['kain*', 'brang*', 'pig*', 'mokest*', 'nuolaid*', 'pinigų vert*'],
    billing: ['sąskait*', 'apmokestin*', 'nuskaič*', 'nuskait*', 'mokėjim*', 'kortel*', 'grąžin*', 'apmokėj*', 'dukart', 'du kartus'],
    support: [
      'palaikym*', 'aptarnavim*', 'konsultant*', 'operatori*', 'atsakym*', 'atsako|atsakė|neatsako|neatsakė|atsakinėja',
      'skambin*', 'pagalb*', 'susisiek*', 'vadyb*',
    ],
    reliability: [
      'strig*', 'string*', 'klaid*', 'gedim*', 'lūžt*', 'lūžo', 'lūžin*', 'neveik*', 'sutrik*', 'nestabil*', 'stabil*',
      'patikim*', 'nepatikim*', 'dingo|dingsta', 'veikia',
    ],
    performance: [
      'lėto|lėta|lėtas|lėti|lėtai|lėtes|lėtesn*|lėtum*', 'greit*', 'greič*', 'krauna|krauti|kraunasi', 'įkel*', 'užkrov*',
      'užtrunk*', 'užtruk*', 'stabd*', 'našum*',
    ],
    usability: [
      'sudėting*', 'painus|painu|paini*', 'nepatog*', 'patog*', 'sunku|sunkus|sunki', 'lengv*', 'intuityv*', 'sąsaj*',
      'dizain*', 'meniu', 'navigac*', 'aišku|neaišku',
    ],
    features: [
      'funkcij*', 'galimyb*', 'trūksta|trūko', 'trūkum*', 'integracij*', 'eksport*', 'pridė*', 'norėčiau', 'norėtųsi',
      'ataskait*', 'parinkt*',
    ],
    delivery: [
      'pristat*', 'siunt*', 'kurjer*', 'atvež*', 'atvyk*', 'atkeliav*', 'užsakym*', 'paket*', 'vėluo*', 'vėlav*', 'sekim*',
    ],
  },
};
