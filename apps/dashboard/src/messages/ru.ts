import type { Translation } from '../lib/i18n/index.js';
import type en from './en.js';

export default {
  product: 'Pulse',
  nav: {
    main: 'Главное меню',
    overview: 'Обзор',
    queue: 'Задачи',
    responses: 'Ответы',
    settings: 'Настройки',
    signOut: 'Выйти',
    project: 'Проект',
    theme: 'Переключить тёмную тему',
    language: 'Язык',
  },
  settings: {
    nav: 'Разделы настроек',
    surveys: 'Опросы',
    team: 'Команда и доступ',
    keys: 'API-ключи',
    integrations: 'Интеграции',
    audit: 'Журнал аудита',
    ownersOnly:
      'Этот раздел доступен только владельцам проекта. Если вам здесь что-то нужно, обратитесь к владельцу.',
  },
  roles: {
    owner: 'Владелец',
    agent: 'Агент',
    viewer: 'Наблюдатель (только чтение)',
  },
  connection: {
    connecting: 'Подключение…',
    live: 'В эфире',
    catchingUp: 'Догоняем…',
    offline: 'Нет связи — переподключение',
    unauthorized: 'Сеанс завершён — войдите снова',
  },
  states: {
    loading: 'Загрузка…',
    error: 'Не удалось загрузить эту страницу.',
    retry: 'Повторить',
    noProjects: 'Ваша учётная запись пока не входит ни в один проект. Попросите владельца добавить вас.',
  },
  categories: {
    promoter: 'Промоутеры',
    passive: 'Нейтралы',
    detractor: 'Критики',
  },
  category: {
    promoter: 'Промоутер',
    passive: 'Нейтрал',
    detractor: 'Критик',
  },
  statuses: {
    open: 'Открыта',
    in_progress: 'В работе',
    resolved: 'Решена',
    dismissed: 'Отклонена',
  },
  priorities: {
    urgent: 'Срочный',
    high: 'Высокий',
    normal: 'Обычный',
    low: 'Низкий',
  },
  themes: {
    price: 'Цена',
    billing: 'Оплата и счета',
    support: 'Поддержка',
    reliability: 'Надёжность',
    performance: 'Скорость',
    usability: 'Удобство',
    features: 'Функции',
    delivery: 'Доставка',
  },
  churnRisk: 'Риск ухода',
  score: '{category}, оценка {score}',
  answers: {
    one: '{count} ответ',
    few: '{count} ответа',
    many: '{count} ответов',
    other: '{count} ответа',
  },
  noComment: 'Без комментария',
  anonymous: 'Аноним',
  commentLanguage: 'Язык: {language}',
} satisfies Translation<typeof en>;
