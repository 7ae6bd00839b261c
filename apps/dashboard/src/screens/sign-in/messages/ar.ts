import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'تسجيل الدخول إلى Pulse',
  subtitle: 'تابِع مؤشر NPS مباشرةً واعمل على قائمة المتابعة مع فريقك.',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  submit: 'تسجيل الدخول',
  working: 'جارٍ تسجيل الدخول…',
  invalid: 'البريد الإلكتروني وكلمة المرور غير متطابقين. تحقّق منهما أو اطلب من أحد المالكين دعوتك مجددًا.',
  limited: 'محاولات فاشلة كثيرة من هذه الشبكة. انتظر 15 دقيقة ثم أعد المحاولة.',
  failed: 'تعذّر الوصول إلى Pulse. تحقّق من اتصالك وأعد المحاولة.',
  hint: 'يضيفك أحد المالكين بهذا الأمر:',
} satisfies Translation<typeof en>;
