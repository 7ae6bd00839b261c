import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Опросы',
  soon: 'Скоро',
  description:
    'Создание, редактирование, приостановка и копирование опросов — с текстами на каждом языке и живым предпросмотром виджета.',
} satisfies Translation<typeof en>;
