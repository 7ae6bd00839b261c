import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'การเชื่อมต่อ',
  soon: 'เร็วๆ นี้',
  description: 'Webhook และการแจ้งเตือนใน Slack สำหรับเหตุการณ์ที่คุณเลือก พร้อมปุ่มทดสอบและบันทึกการส่งทุกครั้ง',
} satisfies Translation<typeof en>;
