import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  loading: 'Atidaromas jūsų kvietimas…',
  title: 'Prisijunkite prie „{project}“',
  invitedBy: '{who} kviečia jus prisijungti prie „{project}“ sistemoje „Pulse“, vaidmuo – „{role}“.',
  invitedByKey: 'Esate kviečiami prisijungti prie „{project}“ sistemoje „Pulse“, vaidmuo – „{role}“.',
  expires: 'Ši nuoroda veikia vieną kartą, iki {when}.',
  email: 'El. paštas',
  name: 'Jūsų vardas',
  newPassword: 'Susikurkite slaptažodį',
  passwordHint: {
    one: 'Ne mažiau kaip {count} simbolis.',
    few: 'Ne mažiau kaip {count} simboliai.',
    many: 'Ne mažiau kaip {count} simbolio.',
    other: 'Ne mažiau kaip {count} simbolių.',
  },
  currentPassword: 'Jūsų „Pulse“ slaptažodis',
  existing:
    'Jau turite „Pulse“ paskyrą su šiuo el. paštu: įveskite jos slaptažodį. Prisijungimas prie projekto jo nepakeis.',
  submit: 'Prisijungti',
  working: 'Jungiamasi…',
  errors: {
    weakPassword: {
      one: 'Slaptažodis turi būti ne trumpesnis nei {count} simbolis.',
      few: 'Slaptažodis turi būti ne trumpesnis nei {count} simboliai.',
      many: 'Slaptažodis turi būti ne trumpesnis nei {count} simbolio.',
      other: 'Slaptažodis turi būti ne trumpesnis nei {count} simbolių.',
    },
    wrongPassword: 'Tai ne jūsų „Pulse“ paskyros slaptažodis.',
    alreadyMember: 'Jūs jau esate šio projekto narys: tiesiog prisijunkite.',
    limited: 'Per daug bandymų. Palaukite minutę ir bandykite dar kartą.',
    failed: 'Nepavyko pasiekti „Pulse“, todėl dar neprisijungėte. Patikrinkite ryšį ir bandykite dar kartą.',
  },
  unusableTitle: 'Ši kvietimo nuoroda nebeveikia',
  unusable: {
    invite_used:
      'Ji jau panaudota: kvietimo nuoroda veikia tik vieną kartą. Jei prisijungėte jūs, tiesiog prisijunkite.',
    invite_revoked: 'Projekto savininkai ją atšaukė. Paprašykite jų naujos nuorodos.',
    invite_expired: 'Jos galiojimas baigėsi. Paprašykite jus pakvietusio žmogaus naujos nuorodos.',
    invite_not_found:
      'Tai netinkama kvietimo nuoroda. Patikrinkite, ar nukopijavote visą, arba paprašykite naujos.',
  },
  unreachable:
    'Nepavyko pasiekti „Pulse“ ir perskaityti šio kvietimo. Patikrinkite ryšį ir bandykite dar kartą.',
  retry: 'Bandyti dar kartą',
  signIn: 'Eiti į prisijungimą',
} satisfies Translation<typeof en>;
