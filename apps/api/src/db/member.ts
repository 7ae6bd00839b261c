import { ROLES } from '@pulse/shared';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A person who signs in to the dashboard. `_id` is the lower-cased e-mail, so
 * sign-in is an exact `_id` lookup (the only filter FerretDB pushes down).
 * `projects` holds one role per project the person belongs to.
 */
const memberSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, default: null },
    /** The dashboard language the member chose (DASHBOARD_LANGUAGES); null follows the browser. */
    locale: { type: String, default: null },
    /** argon2id, PHC string format. */
    passwordHash: { type: String, required: true },
    /** Last dashboard request, written at most once a minute. */
    lastSeenAt: { type: Date, default: null },
    projects: {
      type: [
        new Schema(
          {
            projectId: { type: String, required: true },
            role: { type: String, enum: [...ROLES], required: true },
            /** Null for memberships from before this was recorded (the member's createdAt stands in). */
            joinedAt: { type: Date, default: null },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { timestamps: true, versionKey: false },
);
memberSchema.index({ 'projects.projectId': 1 });

export type MemberDoc = InferSchemaType<typeof memberSchema> & { _id: string };
export const memberModel = (conn: Connection) => conn.model('Member', memberSchema, 'members');
