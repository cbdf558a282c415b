import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Incident } from './incident.entity';
import { RelatedCallReason } from './incident.enums';

/** Other calls from the same callback number within this many days of the call (either side). */
export const SAME_CALLER_DAYS = 30;
/** Calls about the same place and matter within this many hours of the call (重复报警). */
export const SAME_MATTER_HOURS = 6;
/** Two calls with coordinates this close (metres) are about the same place. */
export const SAME_PLACE_METRES = 300;
/** Addresses this long or longer match when one contains the other (杂谷脑镇朝阳小区 ⊂ 杂谷脑镇朝阳小区3栋). */
const MIN_CONTAINED_ADDRESS = 4;
/** At most this many related calls per incident, most recent first. */
export const MAX_RELATED = 20;

export interface RelatedCall {
  incident: Incident;
  reasons: RelatedCallReason[];
}

/**
 * One statement for any number of incidents: for each, the other calls from its callback number
 * in the caller window and the calls about the same place and matter in the matter window, with
 * the reasons each was found for.
 */
export function relatedCallsLoader(em: EntityManager) {
  return new DataLoader<string, RelatedCall[]>(async (ids) => {
    const rows = await em.execute<{ for_id: string; id: string; same_caller: boolean; same_matter: boolean }[]>(
      `select i.id as for_id, o.id, o.same_caller, o.same_matter
         from incident i
         cross join lateral (
           select o.id, o.received_at,
                  (i.callback_number is not null and o.callback_number = i.callback_number
                   and o.received_at between i.received_at - interval '${SAME_CALLER_DAYS} days' and i.received_at + interval '${SAME_CALLER_DAYS} days') as same_caller,
                  (o.received_at between i.received_at - interval '${SAME_MATTER_HOURS} hours' and i.received_at + interval '${SAME_MATTER_HOURS} hours'
                   and o.matter_words && i.matter_words
                   and ((o.place_key = i.place_key)
                        or (length(o.place_key) >= ${MIN_CONTAINED_ADDRESS} and length(i.place_key) >= ${MIN_CONTAINED_ADDRESS}
                            and (strpos(o.place_key, i.place_key) > 0 or strpos(i.place_key, o.place_key) > 0))
                        or (o.latitude is not null and i.latitude is not null
                            and 111320 * sqrt(power(o.latitude - i.latitude, 2)
                                 + power((o.longitude - i.longitude) * cos(radians(i.latitude)), 2)) <= ${SAME_PLACE_METRES}))) as same_matter
             from incident o
            where o.id <> i.id
              and ((i.callback_number is not null and o.callback_number = i.callback_number
                    and o.received_at between i.received_at - interval '${SAME_CALLER_DAYS} days' and i.received_at + interval '${SAME_CALLER_DAYS} days')
                   or (o.received_at between i.received_at - interval '${SAME_MATTER_HOURS} hours' and i.received_at + interval '${SAME_MATTER_HOURS} hours'
                       and o.matter_words && i.matter_words))
            order by o.received_at desc, o.id desc
            limit ${MAX_RELATED * 4}) o
        where i.id in (${ids.map(() => '?').join(', ')}) and (o.same_caller or o.same_matter)
        order by o.received_at desc, o.id desc`,
      [...ids],
    );
    const incidents = rows.length ? await em.find(Incident, { id: { $in: [...new Set(rows.map((r) => r.id))] } }) : [];
    const byId = new Map(incidents.map((incident) => [incident.id, incident]));
    const groups = new Map<string, RelatedCall[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const group = groups.get(row.for_id)!;
      if (group.length >= MAX_RELATED) continue;
      const reasons = [
        ...(row.same_caller ? [RelatedCallReason.SAME_CALLBACK_NUMBER] : []),
        ...(row.same_matter ? [RelatedCallReason.SAME_PLACE_AND_MATTER] : []),
      ];
      group.push({ incident: byId.get(row.id)!, reasons });
    }
    return ids.map((id) => groups.get(id)!);
  });
}
