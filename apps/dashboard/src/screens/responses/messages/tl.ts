import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Mga sagot',
  soon: 'Malapit na',
  description:
    'Lahat ng sagot na may mga filter, paghahanap sa mga komento, timeline ng bawat sumagot, at pag-export ng eksaktong ipinapakita.',
} satisfies Translation<typeof en>;
