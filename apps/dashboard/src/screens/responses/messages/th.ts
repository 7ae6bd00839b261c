import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'คำตอบ',
  soon: 'เร็วๆ นี้',
  description: 'คำตอบทั้งหมดพร้อมตัวกรอง การค้นหาในความคิดเห็น ไทม์ไลน์ของผู้ตอบแต่ละคน และการส่งออกข้อมูลตามที่แสดงอยู่',
} satisfies Translation<typeof en>;
