import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'الفريق والصلاحيات',
  soon: 'قريبًا',
  description: 'ادعُ زملاءك برابط يُستخدم مرة واحدة، وغيّر أدوارهم، وأزلهم.',
} satisfies Translation<typeof en>;
