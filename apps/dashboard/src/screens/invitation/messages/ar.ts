import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  loading: 'جارٍ فتح دعوتك…',
  title: 'انضم إلى {project}',
  invitedBy: 'دعاك {who} للانضمام إلى {project} على Pulse بدور {role}.',
  invitedByKey: 'أنت مدعو للانضمام إلى {project} على Pulse بدور {role}.',
  expires: 'يعمل هذا الرابط مرة واحدة حتى {when}.',
  email: 'البريد الإلكتروني',
  name: 'اسمك',
  newPassword: 'اختر كلمة مرور',
  passwordHint: {
    zero: '{count} حرف على الأقل.',
    one: 'حرف واحد على الأقل.',
    two: 'حرفان على الأقل.',
    few: '{count} أحرف على الأقل.',
    many: '{count} حرفًا على الأقل.',
    other: '{count} حرف على الأقل.',
  },
  currentPassword: 'كلمة مرورك في Pulse',
  existing: 'لديك حساب في Pulse بهذا البريد: أدخل كلمة مروره. الانضمام لا يغيّرها.',
  submit: 'انضم وسجّل الدخول',
  working: 'جارٍ الانضمام…',
  errors: {
    weakPassword: {
      zero: 'اختر كلمة مرور من {count} حرف على الأقل.',
      one: 'اختر كلمة مرور من حرف واحد على الأقل.',
      two: 'اختر كلمة مرور من حرفين على الأقل.',
      few: 'اختر كلمة مرور من {count} أحرف على الأقل.',
      many: 'اختر كلمة مرور من {count} حرفًا على الأقل.',
      other: 'اختر كلمة مرور من {count} حرف على الأقل.',
    },
    wrongPassword: 'هذه ليست كلمة مرور حسابك في Pulse.',
    alreadyMember: 'أنت عضو في هذا المشروع بالفعل: سجّل الدخول بدلًا من ذلك.',
    limited: 'محاولات كثيرة. انتظر دقيقة ثم أعد المحاولة.',
    failed: 'تعذّر الوصول إلى Pulse، فلم تنضم بعد. تحقّق من اتصالك ثم أعد المحاولة.',
  },
  unusableTitle: 'لم يعد رابط الدعوة هذا صالحًا',
  unusable: {
    invite_used: 'استُخدم من قبل: رابط الدعوة يعمل مرة واحدة فقط. إن كنت أنت من انضم، فسجّل الدخول.',
    invite_revoked: 'سحبه مالكو المشروع. اطلب منهم رابطًا جديدًا.',
    invite_expired: 'انتهت صلاحيته. اطلب رابطًا جديدًا ممن دعاك.',
    invite_not_found: 'هذا ليس رابط دعوة صالحًا. تأكّد من أنك نسخته كاملًا، أو اطلب رابطًا جديدًا.',
  },
  unreachable: 'تعذّر الوصول إلى Pulse لقراءة هذه الدعوة. تحقّق من اتصالك ثم أعد المحاولة.',
  retry: 'أعد المحاولة',
  signIn: 'انتقل إلى تسجيل الدخول',
} satisfies Translation<typeof en>;
