import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Журнал аудита',
  soon: 'Скоро',
  description: 'Кто, что и когда менял в опросах, участниках, API-ключах и вебхуках.',
} satisfies Translation<typeof en>;
