import type { Connection } from 'mongoose';
import { apiKeyModel } from './api-key.js';
import { auditHeadModel, auditOpenModel, auditPageModel } from './audit.js';
import { checkpointModel } from './checkpoint.js';
import { counterModel } from './counter.js';
import { deliveryModel } from './delivery.js';
import { eventModel } from './event.js';
import { explorerHeadModel, explorerItemsModel, explorerKeysModel } from './explorer.js';
import { followUpModel } from './followup.js';
import { installationModel } from './installation.js';
import { inviteModel } from './invite.js';
import { journalModel } from './journal.js';
import { memberModel } from './member.js';
import { projectModel } from './project.js';
import { responseModel } from './response.js';
import { rollupModel } from './rollup.js';
import { sessionModel } from './session.js';
import { surveyModel } from './survey.js';
import { webhookModel } from './webhook.js';

export function createModels(conn: Connection) {
  return {
    Project: projectModel(conn),
    Survey: surveyModel(conn),
    Response: responseModel(conn),
    Rollup: rollupModel(conn),
    Counter: counterModel(conn),
    Checkpoint: checkpointModel(conn),
    Journal: journalModel(conn),
    FollowUp: followUpModel(conn),
    Webhook: webhookModel(conn),
    Delivery: deliveryModel(conn),
    Member: memberModel(conn),
    Session: sessionModel(conn),
    Event: eventModel(conn),
    Installation: installationModel(conn),
    ApiKey: apiKeyModel(conn),
    Invite: inviteModel(conn),
    AuditHead: auditHeadModel(conn),
    AuditOpen: auditOpenModel(conn),
    AuditPage: auditPageModel(conn),
    ExplorerHead: explorerHeadModel(conn),
    ExplorerKeys: explorerKeysModel(conn),
    ExplorerItems: explorerItemsModel(conn),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Index builds run once at start, not lazily on first use (autoIndex is off). */
export async function ensureIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.createIndexes();
}
