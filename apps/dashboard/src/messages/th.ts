import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'เมนูหลัก',
    overview: 'ภาพรวม',
    queue: 'การติดตามผล',
    responses: 'คำตอบ',
    settings: 'การตั้งค่า',
    signOut: 'ออกจากระบบ',
    project: 'โปรเจกต์',
    theme: 'สลับโหมดมืด',
    language: 'ภาษา',
  },
  settings: {
    nav: 'หมวดการตั้งค่า',
    surveys: 'แบบสำรวจ',
    team: 'ทีมและสิทธิ์การเข้าถึง',
    keys: 'คีย์ API',
    integrations: 'การเชื่อมต่อ',
    audit: 'บันทึกการตรวจสอบ',
    ownersOnly: 'เฉพาะเจ้าของโปรเจกต์เท่านั้นที่เปิดส่วนนี้ได้ หากต้องการใช้งาน โปรดติดต่อเจ้าของโปรเจกต์',
  },
  roles: {
    owner: 'เจ้าของ',
    agent: 'เจ้าหน้าที่',
    viewer: 'ผู้ดู (อ่านอย่างเดียว)',
  },
  connection: {
    connecting: 'กำลังเชื่อมต่อ…',
    live: 'สด',
    catchingUp: 'กำลังตามข้อมูล…',
    offline: 'ออฟไลน์ — กำลังเชื่อมต่อใหม่',
    unauthorized: 'ออกจากระบบแล้ว — โปรดเข้าสู่ระบบอีกครั้ง',
  },
  states: {
    loading: 'กำลังโหลด…',
    error: 'โหลดหน้านี้ไม่สำเร็จ',
    retry: 'ลองอีกครั้ง',
    noProjects: 'บัญชีของคุณยังไม่อยู่ในโปรเจกต์ใด โปรดขอให้เจ้าของโปรเจกต์เพิ่มคุณ',
  },
  categories: {
    promoter: 'ผู้สนับสนุน',
    passive: 'ผู้เป็นกลาง',
    detractor: 'ผู้ไม่พอใจ',
  },
  category: {
    promoter: 'ผู้สนับสนุน',
    passive: 'ผู้เป็นกลาง',
    detractor: 'ผู้ไม่พอใจ',
  },
  statuses: {
    open: 'เปิด',
    in_progress: 'กำลังดำเนินการ',
    resolved: 'แก้ไขแล้ว',
    dismissed: 'ปิดโดยไม่ดำเนินการ',
  },
  priorities: {
    urgent: 'ด่วนที่สุด',
    high: 'สูง',
    normal: 'ปกติ',
    low: 'ต่ำ',
  },
  themes: {
    price: 'ราคา',
    billing: 'การเรียกเก็บเงิน',
    support: 'ฝ่ายสนับสนุน',
    reliability: 'ความเสถียร',
    performance: 'ความเร็ว',
    usability: 'ความง่ายในการใช้งาน',
    features: 'ฟีเจอร์',
    delivery: 'การจัดส่ง',
  },
  churnRisk: 'เสี่ยงยกเลิก',
  score: '{category} คะแนน {score}',
  answers: {
    other: '{count} คำตอบ',
  },
  noComment: 'ไม่มีความคิดเห็น',
  anonymous: 'ไม่ระบุชื่อ',
  commentLanguage: 'เขียนเป็นภาษา{language}',
} satisfies Translation<typeof en>;
