import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'บันทึกการตรวจสอบ',
  soon: 'เร็วๆ นี้',
  description: 'ใครเปลี่ยนแปลงอะไรในแบบสำรวจ สมาชิก คีย์ API และ Webhook และเมื่อใด',
} satisfies Translation<typeof en>;
