import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'الإجابات',
  soon: 'قريبًا',
  description:
    'كل الإجابات مع عوامل التصفية، والبحث في التعليقات، والخط الزمني لكل مستجيب، وتصدير ما يُعرض كما هو.',
} satisfies Translation<typeof en>;
