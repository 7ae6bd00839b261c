import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Mag-sign in sa Pulse',
  subtitle: 'Panoorin nang live ang galaw ng NPS at asikasuhin ang pila ng follow-up kasama ang team mo.',
  email: 'E-mail',
  password: 'Password',
  submit: 'Mag-sign in',
  working: 'Nagsa-sign in…',
  invalid:
    'Hindi magkatugma ang e-mail at password na iyan. Suriin ang mga ito, o hilingin sa isang may-ari na imbitahan ka ulit.',
  limited:
    'Masyadong maraming bigong pagsubok mula sa network na ito. Maghintay nang 15 minuto at subukan ulit.',
  failed: 'Hindi maabot ang Pulse. Suriin ang koneksiyon mo at subukan ulit.',
  hint: 'Idinadagdag ka ng isang may-ari gamit ang:',
} satisfies Translation<typeof en>;
