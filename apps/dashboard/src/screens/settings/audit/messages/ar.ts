import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'سجل التدقيق',
  soon: 'قريبًا',
  description: 'من غيّر ماذا في الاستبيانات والأعضاء ومفاتيح API وخطافات الويب، ومتى.',
} satisfies Translation<typeof en>;
