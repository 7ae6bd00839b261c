import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'API raktai',
  intro:
    'Raktas leidžia serveriui ar scenarijui naudoti API kaip šio projekto savininkui (Authorization: Bearer sk_…). Kiekvienam duokite atskirą raktą, kad vieną galėtumėte atšaukti neliesdami kitų.',
  newName: 'Naujo rakto pavadinimas',
  newPlaceholder: 'Eksportas į CRM',
  create: 'Sukurti raktą',
  creating: 'Kuriama…',
  empty: 'API raktų dar nėra.',
  list: 'Šio projekto raktai',
  prefix: 'Prasideda',
  created: 'Sukurtas {when}',
  createdBy: 'Sukūrė {who} {when}',
  lastUsed: 'Paskutinį kartą naudotas {when}',
  neverUsed: 'Dar nenaudotas',
  previousSecret: 'ankstesnė paslaptis',
  statuses: {
    active: 'Aktyvus',
    expiring: 'Nustos veikti {when}',
    revoked: 'Atšauktas {when}',
  },
  revoke: 'Atšaukti',
  rotate: 'Pakeisti paslaptį',
  working: 'Vykdoma…',
  confirmRevoke:
    'Atšaukti „{name}“? Nuo šiol kiekviena užklausa su juo bus atmesta. To nebus galima atitaisyti.',
  revokeYes: 'Atšaukti raktą',
  rotateTitle: 'Pakeisti „{name}“ paslaptį: tas pats pavadinimas, nauja paslaptis.',
  grace: 'Senoji paslaptis',
  graces: {
    now: 'nustoja veikti iškart (po nutekėjimo)',
    hour: 'veikia dar 1 valandą',
    day: 'veikia dar 1 dieną',
    week: 'veikia dar 7 dienas',
  },
  rotateYes: 'Pakeisti paslaptį',
  secret: {
    created: '„{name}“ paslaptis',
    rotated: 'Nauja „{name}“ paslaptis',
    warning:
      'Nukopijuokite ją dabar ir laikykite saugiai: daugiau jos nebepamatysite. „Pulse“ saugo tik jos pirštų atspaudą.',
    oldStops: 'Senoji paslaptis veiks iki {when}: iki tol perjunkite serverius į naująją.',
    oldStopped: 'Senoji paslaptis nebeveikia.',
    done: 'Išsisaugojau',
  },
  refusals: {
    key_revoked: 'Šis raktas jau buvo atšauktas.',
    key_expiring: 'Šio rakto paslaptis jau pakeista: keiskite naujojo rakto.',
  },
  origins: {
    title: 'Leidžiami šaltiniai',
    intro:
      'Svetainės, kurių puslapiai gali siųsti atsakymus per valdiklį. Jei nenurodyta nė viena, atsakymai priimami iš bet kurios svetainės.',
    entry: 'Šaltinis {n}',
    placeholder: 'https://www.example.com',
    none: 'Nenurodyta: atsakymus gali siųsti bet kuri svetainė.',
    add: 'Pridėti šaltinį',
    remove: 'Pašalinti šaltinį {n}',
    save: 'Išsaugoti šaltinius',
    saving: 'Saugoma…',
    saved: 'Išsaugota. Kiti API procesai pakeitimą perims per 10 sekundžių.',
    invalid:
      'Tai ne šaltinis: rašykite tik schemą ir serverį (ir prievadą, jei yra), pvz., https://shop.example.com, be kelio.',
    tooMany: 'Galima nurodyti ne daugiau kaip {count} šaltinių.',
  },
} satisfies Translation<typeof en>;
