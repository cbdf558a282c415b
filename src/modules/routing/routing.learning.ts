import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../history/history.actor';
import type { Incident } from '../incidents/incident.entity';
import { RoutingInputError } from './engine';
import { checkCallText } from './engine/text';
import { routingEngineCache } from './routing.engine-cache';
import { RoutingLearnedChoice } from './routing.entity';
import { bumpVersion, LEARNED_VERSION, type RoutingVersions } from './routing.versions';

export interface DispatchDecision {
  incident: Incident;
  /** The units this dispatch orders. */
  unitCodes: string[];
  /** The units the incident's earlier orders went to, in any state. */
  orderedBefore: string[];
  actor: Actor;
  /** The routing versions the dispatch read with the rest of its checks. */
  versions: RoutingVersions;
}

/**
 * Called by OrderWorkflow.dispatch inside its transaction, before any order row is written.
 * When the dispatcher orders units other than the top suggestion for the incident's
 * description (or routing had nothing to suggest), the decision is stored in the same
 * transaction (returned, for the dispatch to write with its orders): it is kept only if the
 * dispatch is. Every replica applies it with engine.learn at its next suggestion after the
 * commit (routing.engine-cache.ts).
 *
 * Takes the `learned` counter's row lock until commit; dispatch holds the incident's lock
 * before and takes the event-write lock only when it writes its events, after this, so the
 * lock order is the same in every transaction.
 */
export async function learnFromDispatch(tx: EntityManager, decision: DispatchDecision): Promise<RoutingLearnedChoice | undefined> {
  const text = decision.incident.description;
  try {
    checkCallText(text);
  } catch (err) {
    // A description routing cannot read (too long, blank) teaches nothing; the dispatch goes on.
    if (err instanceof RoutingInputError) return undefined;
    throw err;
  }
  const { engine } = await routingEngineCache(tx).current(tx, decision.versions);
  const top = engine.suggest(text, 1)[0]?.unitCode;
  if (top !== undefined && decision.unitCodes.includes(top)) return undefined;
  // A later dispatch that adds units to an incident the top unit already has is no override.
  if (top !== undefined && decision.orderedBefore.includes(top)) return undefined;

  const seq = await bumpVersion(tx, LEARNED_VERSION);
  return tx.create(RoutingLearnedChoice, {
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
