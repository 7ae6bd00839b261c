import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'API-ключи',
  soon: 'Скоро',
  description:
    'Создание, замена и отзыв API-ключей, а также выбор сайтов, которым разрешено показывать виджет.',
} satisfies Translation<typeof en>;
