import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import {
  GridFeedbackError,
  parseGridWebhookEvent,
  WebhookVerificationError,
  type GridFeedback,
  type WebhookVerifier,
} from '../../../integrations/grid';
import { DomainError, HTTP_STATUS } from '../../common/errors';
import { logger } from '../../common/logger';
import { ActionChannel } from '../history/history.enums';
import type { Actor } from '../history/history.actor';
import { OrderWorkflow } from '../orders/order.workflow';
import { GRID_FEEDBACK_ACTIONS } from './grid-sync.mapping';
import type { EntityManager } from '@mikro-orm/postgresql';

export const GRID_WEBHOOK_PATH = '/integrations/grid/webhook';

export const GRID_ACTOR: Actor = { id: 'grid-platform', name: '网格化平台', role: 'grid_sync', channel: ActionChannel.GRID };

/**
 * Applies one grid worker's report through the same workflow transitions and checks as a unit
 * operator's own action, recorded with channel GRID. Used by the webhook and by GraphQL alike.
 */
export async function applyGridFeedback(tx: EntityManager, feedback: GridFeedback, actor: Actor = GRID_ACTOR) {
  const workflow = new OrderWorkflow(tx, { ...actor, name: feedback.workerName ? `${actor.name} ${feedback.workerName}` : actor.name }, { kind: 'grid' });
  const at = new Date(feedback.occurredAt);
  const base = { orderId: feedback.taskId, note: feedback.workerName ? `网格员 ${feedback.workerName}` : undefined };
  const { action, feedbackKind } = GRID_FEEDBACK_ACTIONS[feedback.kind];
  switch (action) {
    case 'sign':
      return workflow.sign({ ...base, signedAt: at });
    case 'arrive':
      return workflow.arrive({ ...base, arrivedAt: at, note: feedback.text ?? base.note });
    case 'feedback':
      return workflow.feedback({
        ...base,
        kind: feedbackKind!,
        text: feedback.text ?? (feedback.kind === 'ATTACHMENT' ? '补充材料 attachments' : ''),
        attachmentUrls: feedback.attachmentUrls,
        reportedAt: at,
      });
    case 'complete':
      return workflow.complete({ ...base, result: feedback.text ?? '', attachmentUrls: feedback.attachmentUrls, completedAt: at });
    case 'dispute':
      return workflow.dispute({ ...base, reason: feedback.text ?? '' });
  }
}

function problem(res: Response, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  res.status(status).type('application/problem+json').json({ type: 'about:blank', title: code, status, code, detail, ...extra });
}

/**
 * POST /integrations/grid/webhook (docs/GRID.md). The receipt of the webhook id is written in
 * the transaction that applies the feedback: a crash in between leaves neither, so the grid
 * platform's retry is applied rather than mistaken for a replay.
 */
export function gridWebhookHandler(orm: MikroORM, verifier: WebhookVerifier) {
  return async (req: Request, res: Response) => {
    let verified;
    try {
      verified = verifier.verifySignature({ headers: req.headers, body: Buffer.isBuffer(req.body) ? req.body : '' });
    } catch (err) {
      if (err instanceof WebhookVerificationError) return problem(res, 401, err.reason, err.message);
      throw err;
    }
    let event;
    try {
      event = parseGridWebhookEvent(verified.body, { webhookId: verified.id });
    } catch (err) {
      if (err instanceof GridFeedbackError) return problem(res, 400, 'INVALID_BODY', err.message, { errors: err.problems });
      throw err;
    }
    try {
      const outcome = await orm.em.fork().transactional(async (tx) => {
        const fresh = await tx.getConnection().execute<{ id: string }[]>(
          'insert into grid_webhook_receipt (id, webhook_timestamp) values (?, ?) on conflict do nothing returning id',
          [verified.id, verified.timestamp],
          'all',
          tx.getTransactionContext(),
        );
        if (fresh.length === 0) return { replayed: true as const };
        const order = await applyGridFeedback(tx, event.data);
        return { replayed: false as const, orderStatus: order.status };
      });
      if (outcome.replayed) {
        res.status(200).json({ status: 'duplicate', detail: 'this webhook id was applied before; nothing changed' });
      } else {
        res.status(200).json({ status: 'applied', orderStatus: outcome.orderStatus });
      }
    } catch (err) {
      if (err instanceof DomainError) {
        return problem(res, HTTP_STATUS[err.code], err.code, err.message, err.details);
      }
      logger.error('grid webhook failed', { err, webhookId: verified.id });
      problem(res, 500, 'INTERNAL', 'The feedback could not be stored; retry later with the same webhook-id.');
    }
  };
}
