import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Ответы',
  soon: 'Скоро',
  description:
    'Все ответы с фильтрами, поиск по комментариям, история каждого респондента и экспорт ровно того, что показано.',
} satisfies Translation<typeof en>;
