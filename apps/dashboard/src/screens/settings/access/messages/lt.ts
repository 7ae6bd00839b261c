import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  copy: 'Kopijuoti',
  copied: 'Nukopijuota',
  copyFailed: 'Naršyklė neleido nukopijuoti: pažymėkite tekstą ir nukopijuokite patys.',
  cancel: 'Atšaukti',
  retry: 'Bandyti dar kartą',
  roleGroups: {
    owner: 'savininkai',
    agent: 'agentai',
    viewer: 'stebėtojai',
  },
  problems: {
    offline: 'Nepavyko pasiekti „Pulse“, todėl niekas nepasikeitė. Patikrinkite ryšį ir bandykite dar kartą.',
    forbidden: 'Tai gali atlikti tik {roles}. Jei reikia, paprašykite kurio nors iš jų.',
    signedOut: 'Jūsų sesija baigėsi. Prisijunkite iš naujo, kad galėtumėte tęsti.',
    limited: 'Per daug bandymų per trumpą laiką. Palaukite minutę ir bandykite dar kartą.',
    serverError:
      '„Pulse“ nepavyko to atlikti (klaida mūsų pusėje, ji užregistruota). Bandykite dar kartą po minutės.',
    notFound: 'To nebėra: kažkas tuo metu pakeitė. Sąraše dabar rodoma tai, kas aktualu.',
    refused: 'Neatlikta: {why}',
  },
} satisfies Translation<typeof en>;
