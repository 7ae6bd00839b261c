import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'مفاتيح API',
  soon: 'قريبًا',
  description: 'أنشئ مفاتيح API وجدّدها وألغِها، واختر المواقع المسموح لها بعرض الأداة.',
} satisfies Translation<typeof en>;
