import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'مفاتيح API',
  intro:
    'يتيح المفتاح لخادم أو سكربت استخدام الواجهة البرمجية بصفة مالك لهذا المشروع (Authorization: Bearer sk_…). أعطِ كل واحد منها مفتاحه الخاص، لتستطيع إلغاء أحدها دون المساس بالبقية.',
  newName: 'اسم المفتاح الجديد',
  newPlaceholder: 'التصدير إلى نظام CRM',
  create: 'إنشاء مفتاح',
  creating: 'جارٍ الإنشاء…',
  empty: 'لا توجد مفاتيح API بعد.',
  list: 'مفاتيح هذا المشروع',
  prefix: 'يبدأ بـ',
  created: 'أُنشئ {when}',
  createdBy: 'أنشأه {who} {when}',
  lastUsed: 'آخر استخدام {when}',
  neverUsed: 'لم يُستخدم بعد',
  previousSecret: 'السر السابق',
  statuses: {
    active: 'نشط',
    expiring: 'يتوقف {when}',
    revoked: 'أُلغي {when}',
  },
  revoke: 'إلغاء المفتاح',
  rotate: 'تدوير',
  working: 'جارٍ التنفيذ…',
  confirmRevoke: 'هل تريد إلغاء «{name}»؟ سيُرفض كل طلب يُرسل به من الآن فصاعدًا، ولا يمكن التراجع عن ذلك.',
  revokeYes: 'ألغِ المفتاح',
  rotateTitle: 'تدوير «{name}»: يحصل على سرّ جديد بالاسم نفسه.',
  grace: 'السرّ القديم',
  graces: {
    now: 'يتوقف فورًا (بعد تسرّبه)',
    hour: 'يظل صالحًا ساعة واحدة',
    day: 'يظل صالحًا يومًا واحدًا',
    week: 'يظل صالحًا 7 أيام',
  },
  rotateYes: 'دوّر المفتاح',
  secret: {
    created: 'سرّ «{name}»',
    rotated: 'السرّ الجديد لـ«{name}»',
    warning: 'انسخه الآن واحفظه في مكان آمن: لن تراه مرة أخرى. لا يحتفظ Pulse إلا ببصمته.',
    oldStops: 'يظل السرّ القديم صالحًا حتى {when}: انقل خوادمك إلى الجديد قبل ذلك.',
    oldStopped: 'توقف السرّ القديم عن العمل.',
    done: 'حفظته',
  },
  refusals: {
    key_revoked: 'هذا المفتاح مُلغى من قبل.',
    key_expiring: 'دُوِّر هذا المفتاح من قبل: دوِّر مفتاحه الجديد بدلًا منه.',
  },
  origins: {
    title: 'المصادر المسموح بها',
    intro:
      'المواقع التي يمكن لصفحاتها إرسال الإجابات عبر الأداة. إن لم يُذكر أيّ منها، تُقبل الإجابات من أي موقع.',
    entry: 'المصدر {n}',
    placeholder: 'https://www.example.com',
    none: 'لا شيء مذكور: يمكن لأي موقع إرسال الإجابات.',
    add: 'أضف مصدرًا',
    remove: 'احذف المصدر {n}',
    save: 'احفظ المصادر',
    saving: 'جارٍ الحفظ…',
    saved: 'تم الحفظ. تعتمد عمليات الواجهة البرمجية الأخرى التغيير خلال 10 ثوانٍ.',
    invalid:
      'هذا ليس مصدرًا: اكتب البروتوكول والنطاق فقط (والمنفذ إن وُجد)، مثل https://shop.example.com، دون مسار.',
    tooMany: 'الحد الأقصى {count} مصدرًا.',
  },
} satisfies Translation<typeof en>;
