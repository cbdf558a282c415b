import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../history/history.actor';
import type { Incident } from '../incidents/incident.entity';
import { RoutingInputError } from './engine';
import { checkCallText } from './engine/text';
import { routingEngineCache } from './routing.engine-cache';
import { RoutingLearnedChoice } from './routing.entity';
import { bumpVersion, LEARNED_VERSION } from './routing.versions';

export interface DispatchDecision {
  incident: Incident;
  /** The units this dispatch orders. */
  unitCodes: string[];
  actor: Actor;
}

/**
 * Called by OrderWorkflow.dispatch inside its transaction, before any order row is written.
 * When the dispatcher orders units other than the top suggestion for the incident's
 * description (or routing had nothing to suggest), the decision is stored in the same
 * transaction: it is kept only if the dispatch is. Every replica applies it with engine.learn
 * at its next suggestion after the commit (routing.engine-cache.ts).
 *
 * Takes the `learned` counter's row lock until commit; dispatch holds the incident's lock
 * before and takes the event-write lock only at flush, after this, so the lock order is the
 * same in every transaction.
 */
export async function learnFromDispatch(tx: EntityManager, decision: DispatchDecision): Promise<void> {
  const text = decision.incident.description;
  try {
    checkCallText(text);
  } catch (err) {
    // A description routing cannot read (too long, blank) teaches nothing; the dispatch goes on.
    if (err instanceof RoutingInputError) return;
    throw err;
  }
  const { engine } = await routingEngineCache(tx).current(tx);
  const top = engine.suggest(text, 1)[0]?.unitCode;
  if (top !== undefined && decision.unitCodes.includes(top)) return;
  if (top !== undefined && (await alreadyOrdered(tx, decision.incident, top))) return;

  const seq = await bumpVersion(tx, LEARNED_VERSION);
  tx.create(RoutingLearnedChoice, {
    seq: String(seq),
    text,
    chosenUnitCodes: decision.unitCodes,
    suggestedTopCode: top,
    incident: decision.incident,
    actorId: decision.actor.id,
    actorName: decision.actor.name,
    actorRole: decision.actor.role,
    decidedAt: new Date(),
  });
}

/** A later dispatch that adds units to an incident the top unit already has is no override. */
async function alreadyOrdered(tx: EntityManager, incident: Incident, unitCode: string): Promise<boolean> {
  const rows = await tx.execute(
    `select 1 from "order" o join unit u on u.id = o.unit_id where o.incident_id = ? and u.code = ? limit 1`,
    [incident.id, unitCode],
  );
  return rows.length > 0;
}
