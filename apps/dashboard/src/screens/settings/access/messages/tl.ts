import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  copy: 'Kopyahin',
  copied: 'Nakopya na',
  copyFailed: 'Hindi ito pinakopya ng browser: i-select ang text at ikaw na ang mag-copy.',
  cancel: 'Kanselahin',
  retry: 'Subukan ulit',
  roleGroups: {
    owner: 'mga may-ari',
    agent: 'mga ahente',
    viewer: 'mga tagatingin',
  },
  problems: {
    offline: 'Hindi maabot ang Pulse, kaya walang nabago. Tingnan ang iyong koneksyon at subukan ulit.',
    forbidden: 'Ang {roles} lang ang puwedeng gumawa nito. Makiusap sa isa sa kanila kung kailangan.',
    signedOut: 'Natapos na ang iyong session. Mag-sign in ulit para magpatuloy.',
    limited: 'Sobrang daming subok sa maikling oras. Maghintay ng isang minuto, saka subukan ulit.',
    serverError:
      'Hindi ito nagawa ng Pulse (mali sa panig namin, naitala na ito). Subukan ulit pagkalipas ng isang minuto.',
    notFound:
      'Wala na ito: may nagbago nito habang nasa page ka. Ipinapakita na ng listahan ang kasalukuyan.',
    refused: 'Hindi nagawa: {why}',
  },
} satisfies Translation<typeof en>;
