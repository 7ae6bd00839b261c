import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Команда и доступ',
  soon: 'Скоро',
  description: 'Приглашайте коллег по одноразовой ссылке, меняйте их роли и удаляйте их.',
} satisfies Translation<typeof en>;
