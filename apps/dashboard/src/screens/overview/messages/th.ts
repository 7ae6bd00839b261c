import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'แบบสำรวจ',
  period: 'ช่วงเวลา',
  periods: {
    '24h': '24 ชม.',
    '7d': '7 วัน',
    '30d': '30 วัน',
    '90d': '90 วัน',
    custom: 'กำหนดเอง',
  },
  periodHints: {
    '24h': 'ชั่วโมงนี้จนถึงตอนนี้และ 23 ชั่วโมงก่อนหน้า (UTC)',
    '7d': 'วันนี้จนถึงตอนนี้และ 6 วันก่อนหน้า (วันตาม UTC)',
    '30d': 'วันนี้จนถึงตอนนี้และ 29 วันก่อนหน้า (วันตาม UTC)',
    '90d': 'วันนี้จนถึงตอนนี้และ 89 วันก่อนหน้า (วันตาม UTC)',
    custom: 'ทั้งวันตาม UTC รวมวันสุดท้าย',
  },
  filters: {
    title: 'ตัวกรอง',
    category: 'หมวดหมู่',
    anyCategory: 'ทุกหมวดหมู่',
    locale: 'ภาษา',
    anyLocale: 'ทุกภาษา',
    trait: 'คุณลักษณะ',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'เขียนคุณลักษณะในรูปแบบ key=value เช่น plan=enterprise',
    from: 'ตั้งแต่',
    to: 'ถึง',
    apply: 'ใช้',
    clear: 'ล้างตัวกรอง',
    export: 'ส่งออก CSV',
    exporting: 'กำลังส่งออก…',
  },
  tiles: {
    nps: 'NPS',
    interval: 'ช่วงความเชื่อมั่น 95% {low} ถึง {high} · {answers}',
    noAnswers: 'ไม่มีคำตอบในช่วงเวลานี้',
    change: 'การเปลี่ยนแปลงเทียบกับช่วงก่อนหน้า',
    verdicts: {
      better: 'ดีขึ้น: เกินช่วงความเชื่อมั่น 95%',
      worse: 'แย่ลง: เกินช่วงความเชื่อมั่น 95%',
      within_noise: 'อยู่ในช่วงความเชื่อมั่น 95%: อาจเป็นความผันผวนปกติ',
      too_few: 'คำตอบน้อยเกินกว่าจะเปรียบเทียบได้',
    },
    differenceInterval: 'ช่วงความเชื่อมั่น 95% ของการเปลี่ยนแปลง {low} ถึง {high}',
    previous: 'ช่วงก่อนหน้า: NPS {nps} · {answers}',
    tooFew: 'ตอนนี้ {now} และก่อนหน้า {before} ต้องมีอย่างน้อยช่วงละ {min} จึงจะสรุปได้',
    responses: 'คำตอบ',
    breakdown: 'สัดส่วน',
    allTime: 'ทั้งหมด {answers} · NPS {nps}',
  },
  distribution: {
    title: 'การกระจายของคะแนน',
  },
  trend: {
    title: 'แนวโน้ม NPS',
    nps: 'NPS',
    volume: 'คำตอบ',
    empty: 'ยังไม่มีคำตอบในช่วงเวลานี้',
  },
  feed: {
    title: 'คำตอบล่าสุด',
    empty: 'ยังไม่มีคำตอบ วางโค้ดวิดเจ็ตบนเว็บไซต์ของคุณ หรือขยายช่วงเวลาและตัวกรอง',
    newItems: {
      other: 'คำตอบใหม่ {count} รายการ — แสดง',
    },
  },
  noSurveys: 'โปรเจกต์นี้ยังไม่มีแบบสำรวจ สร้างผ่าน API (POST /v1/surveys) แล้วแบบสำรวจจะแสดงที่นี่',
  filterTooBroad: 'คำตอบในช่วงเวลานี้มีมากเกินกว่าจะกรองได้ โปรดเลือกช่วงเวลาที่สั้นลงหรือเอาตัวกรองออก',
} satisfies Translation<typeof en>;
