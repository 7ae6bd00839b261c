import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Интеграции',
  soon: 'Скоро',
  description:
    'Вебхуки и оповещения в Slack о выбранных событиях, с кнопкой проверки и журналом каждой доставки.',
} satisfies Translation<typeof en>;
