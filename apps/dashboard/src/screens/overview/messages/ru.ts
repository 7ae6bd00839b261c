import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  survey: 'Опрос',
  period: 'Период',
  periods: {
    '24h': '24 ч',
    '7d': '7 дней',
    '30d': '30 дней',
    '90d': '90 дней',
    custom: 'Свой',
  },
  periodHints: {
    '24h': 'Текущий час и 23 предыдущих (UTC)',
    '7d': 'Сегодня и 6 предыдущих дней (дни по UTC)',
    '30d': 'Сегодня и 29 предыдущих дней (дни по UTC)',
    '90d': 'Сегодня и 89 предыдущих дней (дни по UTC)',
    custom: 'Целые дни по UTC, последний день включён',
  },
  filters: {
    title: 'Фильтры',
    category: 'Категория',
    anyCategory: 'Все категории',
    locale: 'Язык',
    anyLocale: 'Все языки',
    trait: 'Признак',
    traitPlaceholder: 'plan=enterprise',
    traitInvalid: 'Укажите признак в виде ключ=значение, например plan=enterprise.',
    from: 'С',
    to: 'По',
    apply: 'Применить',
    clear: 'Сбросить фильтры',
    export: 'Экспорт в CSV',
    exporting: 'Экспортируем…',
  },
  tiles: {
    nps: 'NPS',
    interval: 'Интервал 95 %: от {low} до {high} · {answers}',
    noAnswers: 'Нет ответов за этот период',
    change: 'Изменение к предыдущему периоду',
    verdicts: {
      better: 'Лучше: за пределами интервала 95 %',
      worse: 'Хуже: за пределами интервала 95 %',
      within_noise: 'В пределах интервала 95 %: возможно, это шум',
      too_few: 'Слишком мало ответов для сравнения',
    },
    differenceInterval: 'Интервал 95 % для изменения: от {low} до {high}',
    previous: 'Предыдущий период: NPS {nps} · {answers}',
    tooFew: '{now} сейчас и {before} раньше; для вывода нужно не меньше {min} в каждом.',
    responses: 'Ответы',
    breakdown: 'Структура',
    allTime: '{answers} за всё время · NPS {nps}',
  },
  distribution: {
    title: 'Распределение оценок',
  },
  trend: {
    title: 'Динамика NPS',
    nps: 'NPS',
    volume: 'Ответы',
    empty: 'За этот период ответов пока нет.',
  },
  feed: {
    title: 'Последние ответы',
    empty: 'Ответов пока нет. Вставьте код виджета на сайт или расширьте период и фильтры.',
    newItems: {
      one: '{count} новый ответ — показать',
      few: '{count} новых ответа — показать',
      many: '{count} новых ответов — показать',
      other: '{count} нового ответа — показать',
    },
  },
  noSurveys:
    'В этом проекте пока нет опросов. Создайте опрос через API (POST /v1/surveys), и он появится здесь.',
  filterTooBroad:
    'Слишком много ответов для фильтрации за этот период. Выберите период короче или уберите фильтр.',
} satisfies Translation<typeof en>;
