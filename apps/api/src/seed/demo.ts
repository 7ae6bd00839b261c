import { randomUUID } from 'node:crypto';
import { type Priority, type ProjectCreated, SurveyCreate } from '@pulse/shared';
import type { FollowUpDoc } from '../db/followup.js';
import { newPassword } from '../services/access/members.js';
import { FOLLOW_UP_SLA_MS } from '../services/followups/opening.js';
import type { Services } from '../services/index.js';

/**
 * A believable survey in several languages, so the demo shows every screen.
 * Parsed, so throttle and appearance take the contract's defaults.
 */
export const DEMO_SURVEY: SurveyCreate = SurveyCreate.parse({
  name: 'Product NPS',
  texts: {
    en: {
      question: 'How likely are you to recommend Acme Analytics to a friend or colleague?',
      followUp: {
        detractor: 'We are sorry. What went wrong?',
        passive: 'What would make it a 10 for you?',
        promoter: 'Great! What do you love most?',
      },
      thankYou: {
        detractor: 'Thank you. Our team will look into this.',
        passive: 'Thank you for helping us improve.',
        promoter: 'Thank you! Would you leave us a review?',
      },
    },
    es: { question: '¿Qué probabilidad hay de que recomiende Acme Analytics a un amigo o colega?' },
  },
  thankYouLinks: { promoter: 'https://example.com/review' },
});

type Tone = 'happy' | 'unhappy';

/** Sample comments per language, by tone, so a 10 never says "I am going to cancel". */
const COMMENTS: Record<string, Record<Tone, string[]>> = {
  en: {
    happy: [
      'Love the live dashboard',
      'Pretty good overall',
      'The live dashboard is exactly what our CX team needed',
      'Setup took five minutes',
    ],
    unhappy: [
      'Too expensive for what it does',
      'Support never answered my ticket',
      'The app is slow to load reports',
      'I am going to cancel next month',
      'Checkout kept failing on my phone',
      'I was charged twice this month',
      'Support took a week to answer, so we will not renew',
      'Unless reports load faster by March, we switch tools',
    ],
  },
  es: {
    happy: ['Muy fácil de usar', 'Me encanta el panel'],
    unhappy: [
      'El precio es demasiado alto',
      'El soporte tardó una semana en responder',
      'Si no bajan el precio, nos cambiamos a otra herramienta',
    ],
  },
  de: {
    happy: ['Sehr zuverlässig', 'Einfach und schnell'],
    unhappy: [
      'Die Rechnung war doppelt abgebucht',
      'Ständig Abstürze seit dem Update',
      'Ständig Abstürze, wir kündigen zum Monatsende',
    ],
  },
  fr: {
    happy: ['Interface claire et rapide'],
    unhappy: [
      'Trop de bugs ces derniers temps',
      'Le support ne répond jamais',
      'Trop cher, on part chez un concurrent le mois prochain',
    ],
  },
  pt: {
    happy: ['Ótimo produto'],
    unhappy: [
      'Vou cancelar a assinatura',
      'Muito caro para o que oferece',
      'Cobraram em dobro, vou cancelar a assinatura',
    ],
  },
  tl: {
    happy: ['Napakaganda ng serbisyo'],
    unhappy: [
      'Mabagal ang app',
      'Ang mahal ng subscription',
      'Lilipat na kami sa ibang app, laging nag-crash',
    ],
  },
  th: { happy: ['ใช้งานง่ายมาก'], unhappy: ['ราคาแพงเกินไป', 'แอปช้ามาก', 'แอปค้างบ่อยมาก เดือนหน้าจะยกเลิกแล้ว'] },
  lt: {
    happy: ['Labai patogu naudotis'],
    unhappy: ['Per brangu', 'Programa dažnai stringa', 'Per brangu, kitą mėnesį pereinam pas konkurentus'],
  },
  ar: {
    happy: ['خدمة ممتازة'],
    unhappy: ['التطبيق بطيء جدا', 'الدعم لا يرد أبدا', 'الدعم لا يرد أبدا، سنلغي الاشتراك الشهر القادم'],
  },
  ru: {
    happy: ['Отличный сервис'],
    unhappy: ['Поддержка не отвечает', 'Слишком дорого, уходим к конкурентам'],
  },
};

/** Deterministic pseudo-random numbers, so every demo database looks the same. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const DAY = 86_400_000;
/** Twice the default 30-day view, so its comparison with the previous 30 days has data. */
const DEMO_DAYS = 60;

/**
 * Seeded follow-ups open when the seed runs; a real queue would have opened each
 * when its answer came and worked the older ones. So each is dated from its answer
 * (due by its SLA from then), those older than 5 days resolved (one in five
 * dismissed) and those of the last 2–5 days in progress with the demo owner.
 */
async function backdateFollowUps(services: Services, surveyId: string, now: number): Promise<void> {
  const { FollowUp } = services.models;
  const docs = await FollowUp.find({ surveyId }).lean<FollowUpDoc[]>();
  for (const [i, doc] of docs.entries()) {
    const answeredAt = new Date(doc.response.answeredAt as string);
    const age = now - answeredAt.getTime();
    const history: FollowUpDoc['history'] = [{ ...doc.history[0]!, at: answeredAt }];
    const workedAt = new Date(answeredAt.getTime() + Math.min(age / 2, DAY));
    let status = 'open';
    if (age > 2 * DAY) {
      status = age <= 5 * DAY ? 'in_progress' : i % 5 === 0 ? 'dismissed' : 'resolved';
      history.push({
        at: workedAt,
        actor: DEMO_MEMBER_EMAIL,
        change: { type: 'assignee', from: null, to: DEMO_MEMBER_EMAIL },
      });
      history.push({
        at: workedAt,
        actor: DEMO_MEMBER_EMAIL,
        change: { type: 'status', from: 'open', to: status },
      });
    }
    await FollowUp.updateOne(
      { _id: doc._id },
      {
        $set: {
          status,
          assignee: status === 'open' ? null : DEMO_MEMBER_EMAIL,
          history,
          createdAt: answeredAt,
          updatedAt: history.at(-1)!.at,
          dueAt: new Date(answeredAt.getTime() + FOLLOW_UP_SLA_MS[doc.priority as Priority]),
          version: history.length - 1,
        },
      },
    );
  }
}

export interface DemoCredentials extends ProjectCreated {
  surveyId: string;
  /** The demo's dashboard owner; the generated password is kept so every start can print it. */
  member?: { email: string; password: string };
}

export const DEMO_MEMBER_EMAIL = 'demo@pulse.local';

/**
 * Creates, once, a demo project and survey with `answers` sample answers spread
 * over the last 60 days, through the real ingest path. Returns its keys; the
 * demo's API key is kept so the start command can print it every time.
 */
export async function seedDemo(
  services: Services,
  { answers = 300, origins = [] as string[] } = {},
): Promise<DemoCredentials> {
  const Demo = services.models.Counter.db.collection<{ _id: string } & DemoCredentials>('demo_credentials');
  const existing = await Demo.findOne({ _id: 'demo' });
  if (existing) {
    const { _id, ...credentials } = existing;
    return ensureDemoMember(credentials);
  }
  const project = await services.projects.createProject({ name: 'Acme Analytics (demo)', origins });
  const survey = await services.surveys.createSurvey(project.projectId, DEMO_SURVEY);
  const random = seeded(42);
  const locales = Object.keys(COMMENTS);
  const now = Date.now();
  const samples = Array.from({ length: answers }, (_, i) => {
    const r = random();
    const score =
      r < 0.55 ? 9 + Math.round(random()) : r < 0.8 ? 7 + Math.round(random()) : Math.floor(random() * 7);
    const locale = locales[i % 3 === 0 ? Math.floor(random() * locales.length) : 0]!;
    const comments = COMMENTS[locale]![score >= 7 ? 'happy' : 'unhappy'];
    const comment = random() < 0.6 ? comments[Math.floor(random() * comments.length)] : undefined;
    return {
      publicKey: project.publicKey,
      surveyId: survey.id,
      score,
      locale,
      ...(comment ? { comment } : {}),
      respondent: { id: `user-${1000 + i}`, traits: { plan: random() < 0.3 ? 'enterprise' : 'pro' } },
      answeredAt: new Date(now - random() * DEMO_DAYS * DAY).toISOString(),
    };
  });
  // Oldest first, one at a time: lists ordered by arrival then read in answer order, as
  // they would for answers that really arrived over those days.
  samples.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  for (const sample of samples) await services.ingest.submit(sample, randomUUID());
  await services.ingest.settle();
  await backdateFollowUps(services, survey.id, now);
  const credentials = { ...project, surveyId: survey.id };
  await Demo.insertOne({ _id: 'demo', ...credentials });
  return ensureDemoMember(credentials);

  async function ensureDemoMember(current: DemoCredentials): Promise<DemoCredentials> {
    if (current.member) return current;
    const member = { email: DEMO_MEMBER_EMAIL, password: newPassword() };
    await services.members.addMember({
      projectId: current.projectId,
      email: member.email,
      role: 'owner',
      password: member.password,
    });
    await Demo.updateOne({ _id: 'demo' }, { $set: { member } });
    return { ...current, member };
  }
}
