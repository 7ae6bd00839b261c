import { ROLES } from '@pulse/shared';
import { type Connection, type InferSchemaType, Schema, type Types } from 'mongoose';

/**
 * A one-time link to join a project. `_id` is the SHA-256 of the link's token,
 * so opening the link is an exact `_id` read and a database copy holds no usable
 * link; `inviteId` names it for the owners who list and revoke invites.
 * Accepted and revoked invites are kept (that they were used is what refuses them).
 */
const inviteSchema = new Schema(
  {
    _id: { type: String, required: true },
    inviteId: { type: String, required: true, unique: true },
    projectId: { type: Schema.Types.ObjectId, required: true, index: true },
    email: { type: String, required: true },
    role: { type: String, enum: [...ROLES], required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export type InviteDoc = InferSchemaType<typeof inviteSchema> & { _id: string; projectId: Types.ObjectId };
export const inviteModel = (conn: Connection) => conn.model('Invite', inviteSchema, 'invites');
