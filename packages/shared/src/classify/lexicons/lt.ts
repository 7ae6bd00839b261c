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
    'mums', 'nieko', 'niekur', 'ačiū', 'iš', 'prie', 'kodėl',
  ],
  negators: [
    'ne', 'nei', 'niekada', 'niekuomet', 'jokiu', 'jokio', 'jokių', 'nebe', 'neketinu', 'neketiname', 'neplanuoju',
    'neplanuojame', 'nenoriu', 'nenorime', 'nesiruošiu', 'nesiruošiame', 'negalvoju', 'nemanau', 'nežadu',
  ],
  negationPrefixes: ['nebe', 'ne'],
  conditionals: ['jei', 'jeigu', 'kol'],
  after: ['po', 'vos', 'galvojau', 'norejau'],
  scopeBreakers: ['bet', 'nes', 'todėl', 'ir', 'ar', 'o', 'tačiau', 'tad'],
  leave: [
    'nebebusiu _ klient*', 'susikrausim',
    'einam|eisim|einu kitur', 'kitur', 'keliamės|keliames|keliu|keičiam|keiciam|keisim', 'pereinam|pereisim|pereiname prie',
    'kit* _ įrank*|irank*|tiekėj*|tiekej*|bank*|parduotuv*|crm|sistem*|platform*|operatori*|variant*',
    'ko nors kito', 'alternatyv*', 'konkurent*', 'bandom*', 'palygin*', 'vertinti', 'dairausi', 'priežast* likti|neišeiti',
    'kodėl turėčiau', 'norėti likti', 'įrodykit', 'paskutin*', 'viso gero', 'ačiū už nieką', 'prarandat', 'blokuoti', 'ištryniau',
    'ant plauko', 'persvarst*', 'svyruojam', 'nežinau ar', 'abejoju', 'balsuočiau prieš', 'nematau kad tęstume', 'galvojam ar',
    'pasirašėm su', 'nuo šiol', 'grįžtu|grįžtam prie', 'nustoja naudoti', 'nustosim naudoti', 'užteks', 'gana', 'įspėjim*',
    'niekada daugiau', 'išeinam|išeinu|išeisim', 'uždarysiu|uždarysim', 'nebeužsibūsiu', 'nutraukti', 'liksim jei',
    'nebėra|nebebus', 'mūsų nebebus', 'mus prarandat',
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
  fine: [
    'padejo', 'greitas|greiti',
    'normali|normalus', 'gera|geras|gerai', 'puiki|puikus|puiku', 'maloni|malonus', 'tvarkoj|tvarkoje', 'ok',
    'jokiu priekaistu|problemu', 'patinka', 'greita|greitai', 'paprasta', 'stabilu|stabili', 'patikima', 'solidus', 'yra visu',
  ],
  solved: [
    'grazinimas _ atejo',
    'vel veikia', 'jau veikia',
    'isspren*', 'sutvark*', 'istais*', 'grazino', 'nebeliko'
  ],
  damage: ['sulauzyt*|sudauzyt*|sulamdyt*|pazeist*|sugadint*'],
  delays: ['amzinyb*', 'ilgai', 'uztruk*', 'kelias dienas|savaites'],
  themes: {
    price: [
      'neiperkam*', 'brangu',
      'biudzet*',
      'apiplėšimas', 'per mėnesį', 'pasiūlymas', 'brangesn*', 'pigesn*', 'pigiau', 'kain*','kain*', 'brang*', 'pig*', 'mokest*', 'nuolaid*', 'pinigų vert*'],
    billing: [
      'grazinim*', 'skaiciuo*', 'priskaiciav*','sąskait*', 'apmokestin*', 'nuskaič*', 'nuskait*', 'mokėjim*', 'kortel*', 'grąžin*', 'apmokėj*', 'dukart', 'du kartus'],
    support: [
      'karstoji linija', 'perskambinti', 'telefonu',
      'peradresav*', 'darbuotoj*',
      'neatsak*', 'neprane*',
      'padėjo ragelį', 'botas', 'šabloninis', 'elgėsi', 'atsako|atsakė|atsakinėjo', 'palaikym*',
      'palaikym*', 'aptarnavim*', 'konsultant*', 'operatori*', 'atsakym*', 'atsako|atsakė|neatsako|neatsakė|atsakinėja',
      'skambin*', 'pagalb*', 'susisiek*', 'vadyb*',
    ],
    reliability: [
      'nebeateina', 'atsijungia',
      'sugenda', 'atjungia',
      'uzstring*', 'isjungia', 'isjunge', 'istrina|istryne', 'baltas|juodas ekranas',
      'nulus*', 'prarand* _ duomen*', 'nepavyksta',
      'išsijungia', 'užsidaro', 'pajuoduoja', 'sustingsta', 'nulūž*', 'sukasi', 'tuščia', 'neatsidaro', 'išmet*', 'persikrauna', 'numirė', 'pakimba', 'pasiduoda', 'genda', 'neveikia', 'lūžta|lūž*', 'užšąla', 'sutrikim*', 'dingsta',
      'strig*', 'string*', 'klaid*', 'gedim*', 'lūžt*', 'lūžo', 'lūžin*', 'neveik*', 'sutrik*', 'nestabil*', 'stabil*',
      'patikim*', 'nepatikim*', 'dingo|dingsta', 'veikia',
    ],
    performance: [
      'akimirksniu',
      'sklandziai', 'letej*', 'sekundes',
      'stabcioja', 'pagreit*',
      'lėto|lėta|lėtas|lėti|lėtai|lėtes|lėtesn*|lėtum*', 'greit*', 'krauna|krauti|kraunasi', 'įkel*', 'užkrov*',
      'stabd*', 'našum*',
    ],
    usability: [
      'sriftas', 'mygtuk*', 'issokanc*', 'nelogisk*', 'apmokejimo procesas',
      'nerandu', 'zingsni*',
      'paprasta|paprastas naudotis', 'aiskinausi', 'perkraut*', 'patogu|patogus|patogi', 'nepatog*',
      'redaktori*', 'pradžia', 'labirintas', 'paspaudimų', 'nustatym*', 'neranda',
      'sudėting*', 'painus|painu|paini*', 'nepatog*', 'patog*', 'sunku|sunkus|sunki', 'lengv*', 'intuityv*', 'sąsaj*',
      'dizain*', 'meniu', 'navigac*', 'aišku|neaišku',
    ],
    features: [
      'padalinti saskait*', 'planuoti mokejimus',
      'tamsaus rezimo', 'ganto', 'kalendori*',
      'masinio redagavimo', 'laiko juostos', 'programėlės', 'pasikartojanč*', 'žymos', 'neprisijungus', 'ataskaitų', 'nedaro to',
      'funkcij*', 'galimyb*', 'trūksta|trūko', 'trūkum*', 'integracij*', 'eksport*', 'pridė*', 'norėčiau', 'norėtųsi',
      'ataskait*', 'parinkt*',
    ],
    delivery: [
      'muitin*', 'saltas',
      'ne ta preke',
      'pakaitinė', 'kurjer*', 'siuntin*', 'paštomat*',
      'pristat*', 'siunt*', 'kurjer*', 'atvež*', 'atvyk*', 'atkeliav*', 'užsakym*', 'paket*', 'vėluo*', 'vėlav*', 'sekim*',
    ],
  },
};
