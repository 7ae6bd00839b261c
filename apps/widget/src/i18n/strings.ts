import type { Category } from '@pulse/shared/nps';

/** Every string the widget shows, complete for one language. */
export interface WidgetStrings {
  title: string;
  question: string;
  lowLabel: string;
  highLabel: string;
  followUp: Record<Category, string>;
  commentPlaceholder: string;
  submit: string;
  thankYou: Record<Category, string>;
  link: string;
  close: string;
  /** `{n}` characters typed, `{max}` allowed. */
  count: string;
}

/** English ships inside pulse-ui.js; every other language is its own small file (see vite.config.ts). */
export const EN: WidgetStrings = {
  title: 'Your feedback',
  question: 'How likely are you to recommend us to a friend or colleague?',
  lowLabel: 'Not at all likely',
  highLabel: 'Extremely likely',
  followUp: {
    detractor: 'What could we do better?',
    passive: 'What would make us a 10 for you?',
    promoter: 'What do you like most about us?',
  },
  commentPlaceholder: 'Tell us more (optional)',
  submit: 'Send',
  thankYou: {
    detractor: 'Thank you. Your feedback helps us improve.',
    passive: "Thanks! We'll use your feedback to get better.",
    promoter: "Thank you! We're glad you enjoy it.",
  },
  link: 'Continue',
  close: 'Close',
  count: '{n} of {max} characters',
};

/** Every built-in language; the keys must equal BUILT_IN_LANGUAGES (a unit test checks). */
export const BUILT_IN: Record<string, WidgetStrings> = {
  en: EN,
  es: {
    title: 'Tu opinión',
    question: '¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?',
    lowLabel: 'Nada probable',
    highLabel: 'Muy probable',
    followUp: {
      detractor: '¿Qué podríamos mejorar?',
      passive: '¿Qué haría falta para que nos dieras un 10?',
      promoter: '¿Qué es lo que más te gusta de nosotros?',
    },
    commentPlaceholder: 'Cuéntanos más (opcional)',
    submit: 'Enviar',
    thankYou: {
      detractor: 'Gracias. Tu opinión nos ayuda a mejorar.',
      passive: '¡Gracias! Usaremos tu opinión para mejorar.',
      promoter: '¡Gracias! Nos alegra que te guste.',
    },
    link: 'Continuar',
    close: 'Cerrar',
    count: 'Caracteres: {n} de {max}',
  },
  de: {
    title: 'Ihre Meinung',
    question: 'Wie wahrscheinlich ist es, dass Sie uns Freunden oder Kollegen weiterempfehlen?',
    lowLabel: 'Sehr unwahrscheinlich',
    highLabel: 'Äußerst wahrscheinlich',
    followUp: {
      detractor: 'Was können wir besser machen?',
      passive: 'Was fehlt uns noch zu einer 10?',
      promoter: 'Was gefällt Ihnen an uns am besten?',
    },
    commentPlaceholder: 'Erzählen Sie uns mehr (optional)',
    submit: 'Senden',
    thankYou: {
      detractor: 'Danke. Ihr Feedback hilft uns, besser zu werden.',
      passive: 'Danke! Wir nutzen Ihr Feedback, um uns zu verbessern.',
      promoter: 'Vielen Dank! Schön, dass Sie zufrieden sind.',
    },
    link: 'Weiter',
    close: 'Schließen',
    count: 'Zeichen: {n} von {max}',
  },
  fr: {
    title: 'Votre avis',
    question: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue\u00a0?',
    lowLabel: 'Pas du tout probable',
    highLabel: 'Très probable',
    followUp: {
      detractor: 'Que pourrions-nous améliorer\u00a0?',
      passive: 'Que nous faudrait-il pour mériter un 10\u00a0?',
      promoter: 'Qu’appréciez-vous le plus chez nous\u00a0?',
    },
    commentPlaceholder: 'Dites-nous-en plus (facultatif)',
    submit: 'Envoyer',
    thankYou: {
      detractor: 'Merci. Votre avis nous aide à progresser.',
      passive: 'Merci\u00a0! Votre avis nous aidera à nous améliorer.',
      promoter: 'Merci\u00a0! Nous sommes ravis que vous nous appréciiez.',
    },
    link: 'Continuer',
    close: 'Fermer',
    count: 'Caractères\u00a0: {n} sur {max}',
  },
  pt: {
    title: 'Sua opinião',
    question: 'Qual é a probabilidade de você nos recomendar a um amigo ou colega?',
    lowLabel: 'Nada provável',
    highLabel: 'Extremamente provável',
    followUp: {
      detractor: 'O que podemos melhorar?',
      passive: 'O que faltou para você nos dar nota 10?',
      promoter: 'Do que você mais gosta em nós?',
    },
    commentPlaceholder: 'Conte-nos mais (opcional)',
    submit: 'Enviar',
    thankYou: {
      detractor: 'Obrigado. Sua opinião nos ajuda a melhorar.',
      passive: 'Obrigado! Vamos usar sua opinião para melhorar.',
      promoter: 'Obrigado! Ficamos felizes que você esteja gostando.',
    },
    link: 'Continuar',
    close: 'Fechar',
    count: 'Caracteres: {n} de {max}',
  },
  tl: {
    title: 'Ang iyong puna',
    question: 'Gaano kalamang na irekomenda mo kami sa isang kaibigan o katrabaho?',
    lowLabel: 'Hindi talaga malamang',
    highLabel: 'Lubos na malamang',
    followUp: {
      detractor: 'Ano ang puwede pa naming pagbutihin?',
      passive: 'Ano ang kailangan para bigyan mo kami ng 10?',
      promoter: 'Ano ang pinakagusto mo sa amin?',
    },
    commentPlaceholder: 'Magkuwento pa (opsyonal)',
    submit: 'Ipadala',
    thankYou: {
      detractor: 'Salamat. Malaking tulong ang puna mo para mas mapabuti pa namin.',
      passive: 'Salamat! Gagamitin namin ang puna mo para mas gumaling pa.',
      promoter: 'Salamat! Natutuwa kaming nagugustuhan mo kami.',
    },
    link: 'Magpatuloy',
    close: 'Isara',
    count: 'Mga character: {n} sa {max}',
  },
  th: {
    title: 'ความคิดเห็นของคุณ',
    question: 'คุณมีแนวโน้มจะแนะนำเราให้เพื่อนหรือเพื่อนร่วมงานมากน้อยเพียงใด',
    lowLabel: 'ไม่แนะนำเลย',
    highLabel: 'แนะนำอย่างแน่นอน',
    followUp: {
      detractor: 'เราควรปรับปรุงเรื่องใดบ้าง',
      passive: 'ทำอย่างไรเราจึงจะได้ 10 คะแนนจากคุณ',
      promoter: 'คุณชอบอะไรในตัวเรามากที่สุด',
    },
    commentPlaceholder: 'เล่าเพิ่มเติม (ไม่บังคับ)',
    submit: 'ส่ง',
    thankYou: {
      detractor: 'ขอบคุณ ความคิดเห็นของคุณช่วยให้เราพัฒนาได้',
      passive: 'ขอบคุณ เราจะนำความคิดเห็นของคุณไปปรับปรุงให้ดีขึ้น',
      promoter: 'ขอบคุณ เราดีใจที่คุณชอบ',
    },
    link: 'ดำเนินการต่อ',
    close: 'ปิด',
    count: '{n} จาก {max} ตัวอักษร',
  },
  lt: {
    title: 'Jūsų nuomonė',
    question: 'Kiek tikėtina, kad rekomenduotumėte mus draugui ar kolegai?',
    lowLabel: 'Visiškai netikėtina',
    highLabel: 'Labai tikėtina',
    followUp: {
      detractor: 'Ką galėtume patobulinti?',
      passive: 'Ko trūksta, kad įvertintumėte mus 10?',
      promoter: 'Kas jums mūsų veikloje patinka labiausiai?',
    },
    commentPlaceholder: 'Papasakokite daugiau (neprivaloma)',
    submit: 'Siųsti',
    thankYou: {
      detractor: 'Ačiū. Jūsų atsiliepimas padeda mums tobulėti.',
      passive: 'Ačiū! Jūsų atsiliepimą panaudosime tobulėdami.',
      promoter: 'Ačiū! Džiaugiamės, kad jums patinka.',
    },
    link: 'Tęsti',
    close: 'Uždaryti',
    count: 'Simbolių: {n} iš {max}',
  },
  ar: {
    title: 'رأيك',
    question: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
    lowLabel: 'غير محتمل إطلاقًا',
    highLabel: 'محتمل جدًا',
    followUp: {
      detractor: 'ما الذي يمكننا تحسينه؟',
      passive: 'ما الذي يجعلك تمنحنا 10؟',
      promoter: 'ما أكثر ما يعجبك فينا؟',
    },
    commentPlaceholder: 'أخبرنا بالمزيد (اختياري)',
    submit: 'إرسال',
    thankYou: {
      detractor: 'شكرًا لك. ملاحظاتك تساعدنا على التحسّن.',
      passive: 'شكرًا! سنستفيد من ملاحظاتك لنصبح أفضل.',
      promoter: 'شكرًا! يسعدنا أن تجربتك معنا نالت إعجابك.',
    },
    link: 'متابعة',
    close: 'إغلاق',
    count: 'عدد الأحرف: {n} من {max}',
  },
  ru: {
    title: 'Ваше мнение',
    question: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге?',
    lowLabel: 'Крайне маловероятно',
    highLabel: 'Очень вероятно',
    followUp: {
      detractor: 'Что нам стоит улучшить?',
      passive: 'Чего нам не хватает до оценки 10?',
      promoter: 'Что вам нравится в нас больше всего?',
    },
    commentPlaceholder: 'Расскажите подробнее (необязательно)',
    submit: 'Отправить',
    thankYou: {
      detractor: 'Спасибо. Ваш отзыв помогает нам становиться лучше.',
      passive: 'Спасибо! Мы обязательно учтём ваш отзыв.',
      promoter: 'Спасибо! Мы рады, что вам нравится.',
    },
    link: 'Продолжить',
    close: 'Закрыть',
    count: 'Символов: {n} из {max}',
  },
};
