import type { Classification } from '../generated/graphql';
import {
  ClassifyIncidentDocument,
  DispatchOrdersDocument,
  IncidentDetailDocument,
  ReportIncidentDocument,
  type DispatchOrdersMutationVariables,
} from '../generated/graphql';
import type { TestApp } from '../support/app';

type Draft = DispatchOrdersMutationVariables['input']['orders'][number];

/** The desk's steps, through /graphql, for tests that need an incident in a given state. */
export function deskSteps(app: TestApp) {
  const desk = { token: app.token('dispatcher') };
  return {
    desk,
    unit: (code: string) => ({ token: app.token('unit_operator', code) }),
    async report(description = '小区电梯困人，有老人在里面', areaCode = 'zagunao') {
      const res = await app.gql(
        ReportIncidentDocument,
        { input: { description, place: { areaCode, address: '杂谷脑镇朝阳小区3栋' }, intakeChannel: 'CALL_110', callbackNumber: '13900001111' } },
        desk,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.reportIncident;
    },
    async classify(incidentId: string, classification: Classification, extra: { major?: boolean } = {}) {
      const res = await app.gql(ClassifyIncidentDocument, { input: { incidentId, classification, ...extra } }, desk);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.classifyIncident;
    },
    async dispatch(incidentId: string, orders: Draft[], major?: boolean) {
      const res = await app.gql(DispatchOrdersDocument, { input: { incidentId, orders, major } }, desk);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.dispatchOrders;
    },
    /** An incident classified LINKAGE with one order to `unitCode`. */
    async orderTo(unitCode: string, draft: Partial<Draft> = {}) {
      const incident = await this.report();
      await this.classify(incident.id, 'LINKAGE');
      const [order] = await this.dispatch(incident.id, [{ unitCode, channel: 'GRID', urgency: 'URGENT', ...draft }]);
      return { incident, order };
    },
    async detail(id: string) {
      const res = await app.gql(IncidentDetailDocument, { id }, desk);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.incident;
    },
  };
}

/** Row counts that bad input must leave unchanged (the grid outbox too: a refused change is not mirrored). */
export async function counts(app: TestApp) {
  const [row] = await app
    .em()
    .getConnection()
    .execute<{ incidents: string; orders: string; events: string; feedback: string; escalations: string; gridOutbox: string }[]>(
      `select (select count(*) from incident) incidents, (select count(*) from "order") orders,
              (select count(*) from event) events, (select count(*) from feedback) feedback,
              (select count(*) from escalation) escalations, (select count(*) from grid_outbox) "gridOutbox"`,
    );
  return row;
}
