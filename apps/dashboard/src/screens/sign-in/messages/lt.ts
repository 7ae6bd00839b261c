import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Prisijunkite prie Pulse',
  subtitle: 'Stebėkite NPS tiesiogiai ir kartu su komanda tvarkykite tolesnių veiksmų eilę.',
  email: 'El. paštas',
  password: 'Slaptažodis',
  submit: 'Prisijungti',
  working: 'Jungiamasi…',
  invalid:
    'El. paštas ir slaptažodis nesutampa. Patikrinkite juos arba paprašykite savininko pakviesti jus iš naujo.',
  limited: 'Per daug nesėkmingų bandymų iš šio tinklo. Palaukite 15 minučių ir bandykite dar kartą.',
  failed: 'Nepavyko pasiekti Pulse. Patikrinkite ryšį ir bandykite dar kartą.',
  hint: 'Savininkas jus prideda šia komanda:',
} satisfies Translation<typeof en>;
