import fc from 'fast-check';
import {
  CancelOrderDocument,
  DisputeOrderDocument,
  OrderTimelineDocument,
  RecordPhoneNotificationDocument,
  SignOrderDocument,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from './steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

type Action = 'sign' | 'dispute' | 'cancel' | 'phone';

const EVENT_OF: Record<Action, string> = {
  sign: 'ORDER_SIGNED',
  dispute: 'ORDER_DISPUTED',
  cancel: 'ORDER_CANCELLED',
  phone: 'PHONE_NOTIFICATION_RECORDED',
};

/** The state machine as a model: the state an action leads to, or undefined when illegal. */
function apply(state: string, action: Action): string | undefined {
  switch (action) {
    case 'sign':
      return state === 'ISSUED' ? 'SIGNED' : undefined;
    case 'dispute':
      return ['ISSUED', 'SIGNED'].includes(state) ? 'DISPUTED' : undefined;
    case 'cancel':
      return ['COMPLETED', 'CANCELLED'].includes(state) ? undefined : 'CANCELLED';
    case 'phone':
      return ['COMPLETED', 'CANCELLED'].includes(state) ? undefined : state;
  }
}

function send(action: Action, orderId: string): Promise<{ errors?: { extensions?: Record<string, unknown> }[] }> {
  const unit = steps.unit('power');
  switch (action) {
    case 'sign':
      return app.gql(SignOrderDocument, { input: { orderId } }, unit);
    case 'dispute':
      return app.gql(DisputeOrderDocument, { input: { orderId, reason: '非本单位职责' } }, unit);
    case 'cancel':
      return app.gql(CancelOrderDocument, { input: { orderId, reason: '报警人撤销' } }, steps.desk);
    case 'phone':
      return app.gql(RecordPhoneNotificationDocument, { input: { orderId, contactName: '值班员' } }, steps.desk);
  }
}

describe('two transitions on the same order at the same moment', () => {
  it('apply as if one after the other; a loser is told CONFLICT and writes nothing', async () => {
    const action = fc.constantFrom<Action>('sign', 'dispute', 'cancel', 'phone');
    await fc.assert(
      fc.asyncProperty(action, action, fc.nat({ max: 3 }), async (first, second, delayMs) => {
        const { order } = await steps.orderTo('power');
        // The second request is staggered by 0-3 ms to vary how the two interleave; nothing waits on it.
        const results = await Promise.all([
          send(first, order.id),
          new Promise((r) => setTimeout(r, delayMs)).then(() => send(second, order.id)),
        ]);
        const outcome = results.map((res, i) => ({ action: [first, second][i], ok: !res.errors, error: res.errors?.[0] }));
        for (const { ok, error } of outcome) {
          if (!ok) {
            expect(error?.extensions?.code).toBe('CONFLICT');
            expect(typeof error?.extensions?.currentStatus).toBe('string');
          }
        }
        const applied = outcome.filter((o) => o.ok);
        expect(applied.length).toBeGreaterThanOrEqual(1);
        if (first === second && first !== 'phone') expect(applied).toHaveLength(1);

        const after = (await app.gql(OrderTimelineDocument, { id: order.id }, steps.desk)).data!.order;
        const changes = after.timeline.slice(1).map((e) => e.kind);
        expect(changes).toHaveLength(applied.length);
        // Replaying the recorded changes through the model gives the state the order is in.
        let state: string | undefined = 'ISSUED';
        for (const kind of changes) {
          const action = (Object.keys(EVENT_OF) as Action[]).find((a) => EVENT_OF[a] === kind)!;
          state = apply(state!, action);
          expect(state).toBeDefined();
        }
        expect(after.status).toBe(state);
        expect(after.version).toBe(1 + applied.length);
      }),
      { numRuns: 24 },
    );
  });
});
