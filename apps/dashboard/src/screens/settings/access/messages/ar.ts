import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyFailed: 'منع المتصفح النسخ: حدّد النص وانسخه بنفسك.',
  cancel: 'إلغاء',
  retry: 'أعد المحاولة',
  roleGroups: {
    owner: 'المالكون',
    agent: 'الوكلاء',
    viewer: 'المشاهدون',
  },
  problems: {
    offline: 'تعذّر الوصول إلى Pulse، فلم يتغيّر شيء. تحقّق من اتصالك ثم أعد المحاولة.',
    forbidden: 'لا يستطيع القيام بهذا إلا {roles}. اطلب من أحدهم ذلك إن لزم الأمر.',
    signedOut: 'انتهت جلستك. سجّل الدخول من جديد للمتابعة.',
    limited: 'محاولات كثيرة في وقت قصير. انتظر دقيقة ثم أعد المحاولة.',
    serverError: 'تعذّر على Pulse تنفيذ ذلك (خلل من جهتنا وقد سُجّل). أعد المحاولة بعد دقيقة.',
    notFound: 'لم يعد هذا موجودًا: غيّره أحدهم في الأثناء. القائمة تعرض الآن ما هو قائم.',
    refused: 'لم يتم: {why}',
  },
} satisfies Translation<typeof en>;
