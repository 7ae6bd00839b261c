import type { DashboardLocale } from '@pulse/shared';
import type { MemberDoc } from '../../db/member.js';
import type { Models } from '../../db/models.js';

/** What a signed-in member sets for themselves (not what an owner sets for them: members.ts). */
export function createPreferenceService(models: Models) {
  return {
    /** Stored on the member, so the dashboard speaks it on every browser they sign in from. */
    async setLocale(member: MemberDoc, locale: DashboardLocale): Promise<MemberDoc> {
      await models.Member.updateOne({ _id: member._id }, { $set: { locale } });
      return { ...member, locale };
    },
  };
}

export type PreferenceService = ReturnType<typeof createPreferenceService>;
