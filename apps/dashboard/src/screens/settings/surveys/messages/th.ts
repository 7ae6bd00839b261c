import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'แบบสำรวจ',
  soon: 'เร็วๆ นี้',
  description: 'สร้าง แก้ไข หยุดชั่วคราว และทำสำเนาแบบสำรวจ พร้อมข้อความในทุกภาษาและตัวอย่างวิดเจ็ตแบบเรียลไทม์',
} satisfies Translation<typeof en>;
