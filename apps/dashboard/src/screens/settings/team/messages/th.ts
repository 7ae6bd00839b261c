import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'ทีมและสิทธิ์การเข้าถึง',
  soon: 'เร็วๆ นี้',
  description: 'เชิญเพื่อนร่วมงานด้วยลิงก์ที่ใช้ได้ครั้งเดียว เปลี่ยนบทบาท และนำออกจากทีม',
} satisfies Translation<typeof en>;
