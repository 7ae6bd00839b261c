import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'คีย์ API',
  soon: 'เร็วๆ นี้',
  description: 'สร้าง หมุนเวียน และเพิกถอนคีย์ API และเลือกเว็บไซต์ที่อนุญาตให้แสดงวิดเจ็ต',
} satisfies Translation<typeof en>;
