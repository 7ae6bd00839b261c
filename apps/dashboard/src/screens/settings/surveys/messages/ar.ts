import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'الاستبيانات',
  soon: 'قريبًا',
  description: 'أنشئ الاستبيانات وعدّلها وأوقفها مؤقتًا وانسخها، مع نصوصها بكل لغة ومعاينة حيّة للأداة.',
} satisfies Translation<typeof en>;
