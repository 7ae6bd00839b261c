import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'التكاملات',
  soon: 'قريبًا',
  description: 'خطافات الويب وتنبيهات Slack للأحداث التي تختارها، مع زر للتجربة وسجلّ لكل عملية تسليم.',
} satisfies Translation<typeof en>;
