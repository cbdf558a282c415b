import {
  ConsoleArriveDocument,
  ConsoleDisputeDocument,
  ConsoleFeedbackDocument,
  ConsoleOrderFeedDocument,
  ConsoleSignDocument,
  ConsoleUnitOrdersDocument,
  ConsoleUnitRosterDocument,
  ConsoleUnitShiftsDocument,
  type ConsoleUnitOrdersQuery,
} from '@linkage110/client';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { followThenLoad } from './lib/feed';
import { idempotencyKey, request } from './lib/gql';
import { enumLabel, enumTitle, enumValues, t, when } from './lib/i18n';
import type { Session } from './lib/session';
import { Empty, ErrorNote, Panel, useAction, useQuery } from './lib/ui';

type UnitOrder = ConsoleUnitOrdersQuery['orders']['edges'][number]['node'];

export function UnitConsole({ session }: { session: Session }) {
  const token = session.token;
  const [orders, setOrders] = useState<Map<string, UnitOrder>>(new Map());
  const [feedError, setFeedError] = useState<unknown>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());

  const upsert = (order: UnitOrder) => setOrders((prev) => new Map(prev).set(order.id, order));

  useEffect(
    () =>
      followThenLoad(
        token,
        {
          document: ConsoleOrderFeedDocument,
          row: (event) => event.order,
          onRow: (order, event) => {
            upsert(order);
            if (event.kind === 'ORDER_ISSUED') setFresh((prev) => new Set(prev).add(order.id));
          },
        },
        () => request(token, ConsoleUnitOrdersDocument, { first: 50 }).then((data) => data.orders.edges.map((edge) => edge.node)),
        (rows) => setOrders((prev) => new Map([...rows.map((row) => [row.id, row] as const), ...prev])),
        setFeedError,
      ),
    [token],
  );

  const rows = useMemo(() => [...orders.values()].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)), [orders]);
  const open = rows.filter((o) => o.status !== 'COMPLETED' && o.status !== 'CANCELLED');
  const done = rows.filter((o) => o.status === 'COMPLETED' || o.status === 'CANCELLED');

  return (
    <div class="unit grid2">
      <Panel title={t('本单位指令', 'Our orders')} id="unit-orders">
        <ErrorNote error={feedError} />
        {open.length === 0 ? (
          <Empty>{t('暂无待办指令', 'No open orders')}</Empty>
        ) : (
          <ul class="order-cards" data-testid="unit-orders">
            {open.map((o) => (
              <OrderCard key={o.id} token={token} order={o} fresh={fresh.has(o.id)} onChange={upsert} />
            ))}
          </ul>
        )}
        {done.length > 0 && (
          <details>
            <summary>
              {t('已办结/已撤销', 'Completed or cancelled')} ({done.length})
            </summary>
            <ul class="order-cards">
              {done.map((o) => (
                <OrderCard key={o.id} token={token} order={o} fresh={false} onChange={upsert} />
              ))}
            </ul>
          </details>
        )}
      </Panel>
      {session.unit ? <Roster token={token} unitCode={session.unit} /> : <Panel title={t('值班', 'Roster')}>{t('令牌未带单位', 'The token names no unit')}</Panel>}
    </div>
  );
}

function OrderCard({ token, order, fresh, onChange }: { token: string; order: UnitOrder; fresh: boolean; onChange: (o: UnitOrder) => void }) {
  const merge = (patch: Partial<UnitOrder>) => onChange({ ...order, ...patch });
  const sign = useAction(async () => merge((await request(token, ConsoleSignDocument, { input: { orderId: order.id, idempotencyKey: idempotencyKey() } })).signOrder));
  const arrive = useAction(async () =>
    merge((await request(token, ConsoleArriveDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString(), idempotencyKey: idempotencyKey() } })).arriveOrder),
  );
  const id = order.id;
  return (
    <li
      class={`order-card ${order.overdue ? 'is-overdue' : ''} ${order.status === 'DISPUTED' ? 'is-disputed' : ''} ${fresh ? 'is-fresh' : ''}`}
      data-testid="unit-order"
      data-order={id}
      aria-labelledby={`order-${id}-title`}
    >
      <h3 id={`order-${id}-title`}>
        <span class={`badge order-${order.status}`} data-testid="unit-order-status">
          {enumLabel('OrderStatus', order.status)}
        </span>{' '}
        <span class="badge">{enumLabel('Urgency', order.urgency)}</span> {order.overdue && <span class="badge overdue">{t('超时', 'Overdue')}</span>}{' '}
        <span class="desc">{order.incident.description}</span>
      </h3>
      <dl class="facts">
        <dt>{t('地点', 'Place')}</dt>
        <dd>{[order.incident.area?.name, order.incident.address].filter(Boolean).join(' ') || '—'}</dd>
        <dt>{t('下达', 'Issued')}</dt>
        <dd>{when(order.issuedAt)}</dd>
        {order.instructions && (
          <>
            <dt>{t('要求', 'Instructions')}</dt>
            <dd>{order.instructions}</dd>
          </>
        )}
        <dt>{t('签收时限', 'Sign by')}</dt>
        <dd>{when(order.signDeadline)}</dd>
        <dt>{t('到场时限', 'Arrive by')}</dt>
        <dd>{when(order.arriveDeadline)}</dd>
        <dt>{t('反馈时限', 'Feed back by')}</dt>
        <dd>{when(order.feedbackDeadline)}</dd>
      </dl>
      <div class="actions">
        {order.status === 'ISSUED' && (
          <button type="button" onClick={() => void sign.run()} disabled={sign.busy}>
            {t('签收', 'Sign')}
          </button>
        )}
        {order.status === 'SIGNED' && (
          <button type="button" onClick={() => void arrive.run()} disabled={arrive.busy}>
            {t('到场', 'Arrived')}
          </button>
        )}
      </div>
      <ErrorNote error={sign.error} />
      <ErrorNote error={arrive.error} />
      {(order.status === 'SIGNED' || order.status === 'ON_SCENE' || order.status === 'HANDLING') && <Feedback token={token} order={order} onDone={merge} />}
      {(order.status === 'ISSUED' || order.status === 'SIGNED') && <Dispute token={token} order={order} onDone={merge} />}
      {order.disputeReason && (
        <p class="dispute">
          {t('异议理由', 'Dispute')}: {order.disputeReason}
        </p>
      )}
      {order.feedback.length > 0 && (
        <ul class="feedback">
          {order.feedback.map((f) => (
            <li key={f.id}>
              {when(f.reportedAt)} {enumLabel('FeedbackKind', f.kind)}{f.text ? `: ${f.text}` : ''}{' '}
              {f.attachmentUrls.map((u) => (
                <a key={u} href={u} target="_blank" rel="noreferrer noopener" class="attachment">
                  {t('附件', 'attachment')}
                </a>
              ))}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Feedback({ token, order, onDone }: { token: string; order: UnitOrder; onDone: (o: Partial<UnitOrder>) => void }) {
  const [kind, setKind] = useState('SCENE_STATUS');
  const [text, setText] = useState('');
  const [urls, setUrls] = useState('');
  const id = order.id;
  const action = useAction(async () => {
    const attachmentUrls = urls
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    const data = await request(token, ConsoleFeedbackDocument, {
      input: { orderId: id, kind: kind as never, text, ...(attachmentUrls.length ? { attachmentUrls } : {}), idempotencyKey: idempotencyKey() },
    });
    onDone(data.feedbackOrder);
    setText('');
    setUrls('');
  });
  return (
    <form
      class="form"
      aria-label={t('反馈', 'Feed back')}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <div class="row">
        <span>
          <label for={`fb-kind-${id}`}>{t('反馈类型', 'Kind')}</label>
          <select id={`fb-kind-${id}`} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            {enumValues('FeedbackKind').map((v) => (
              <option key={v} value={v} title={enumTitle('FeedbackKind', v)}>
                {enumLabel('FeedbackKind', v)}
              </option>
            ))}
          </select>
        </span>
        <span class="grow">
          <label for={`fb-text-${id}`}>{t('反馈内容', 'Feedback')}</label>
          <input id={`fb-text-${id}`} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </span>
      </div>
      <label for={`fb-urls-${id}`}>{t('附件链接（每行一个）', 'Attachment URLs (one a line)')}</label>
      <textarea id={`fb-urls-${id}`} rows={2} value={urls} onInput={(e) => setUrls(e.currentTarget.value)} />
      <button type="submit" disabled={action.busy}>
        {t('提交反馈', 'Send feedback')}
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}

function Dispute({ token, order, onDone }: { token: string; order: UnitOrder; onDone: (o: Partial<UnitOrder>) => void }) {
  const [reason, setReason] = useState('');
  const id = order.id;
  const action = useAction(async () => {
    onDone((await request(token, ConsoleDisputeDocument, { input: { orderId: id, reason, idempotencyKey: idempotencyKey() } })).disputeOrder);
    setReason('');
  });
  return (
    <details class="dispute-form">
      <summary>{t('提出异议（退单）', 'Dispute this order')}</summary>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run();
        }}
      >
        <label for={`dispute-${id}`}>{t('异议理由', 'Reason')}</label>
        <input id={`dispute-${id}`} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        <button type="submit" disabled={action.busy}>
          {t('提交异议', 'Dispute')}
        </button>
        <ErrorNote error={action.error} />
      </form>
    </details>
  );
}

function Roster({ token, unitCode }: { token: string; unitCode: string }) {
  const roster = useQuery(() => request(token, ConsoleUnitRosterDocument, { code: unitCode }), [token, unitCode]);
  const shifts = useQuery(() => {
    const from = new Date();
    const to = new Date(from.getTime() + 7 * 86400_000);
    return request(token, ConsoleUnitShiftsDocument, { code: unitCode, from: from.toISOString(), to: to.toISOString() });
  }, [token, unitCode]);
  const unit = roster.data?.unit;
  return (
    <Panel title={t('值班与联系人', 'Roster and contacts')} id="roster">
      <ErrorNote error={roster.error} />
      {unit && (
        <>
          <p class="unit-name" data-testid="unit-name">
            {unit.name}（{enumLabel('DutyMode', unit.dutyMode)}）
          </p>
          <dl class="facts">
            <dt>{t('值班电话', 'Duty phone')}</dt>
            <dd>{unit.dutyPhone ?? '—'}</dd>
            <dt>{t('分管领导', 'Responsible leader')}</dt>
            <dd>{[unit.responsibleLeader.name, unit.responsibleLeader.position, unit.responsibleLeader.phone].filter(Boolean).join(' ') || '—'}</dd>
            <dt>{t('联络员', 'Liaison')}</dt>
            <dd>{[unit.liaison.name, unit.liaison.position, unit.liaison.phone].filter(Boolean).join(' ') || '—'}</dd>
          </dl>
          <h3>{t('当前在岗', 'On duty now')}</h3>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('岗位', 'Post')}</th>
                <th scope="col">{t('姓名', 'Name')}</th>
                <th scope="col">{t('电话', 'Phone')}</th>
                <th scope="col">{t('至', 'Until')}</th>
              </tr>
            </thead>
            <tbody>
              {roster.data!.onDuty.map((p) => (
                <tr key={p.post} class={p.required && !p.personName ? 'is-overdue' : ''}>
                  <td>
                    {enumLabel('RosterDuty', p.post)}
                    {p.required ? ' *' : ''}
                  </td>
                  <td>{p.personName ?? t('无人', 'nobody')}</td>
                  <td>{p.phone ?? '—'}</td>
                  <td>{when(p.until)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('未来7天排班', 'Next 7 days')}</h3>
      <ErrorNote error={shifts.error} />
      {shifts.data && shifts.data.rosterShifts.length === 0 && <Empty>{t('无排班', 'No shifts')}</Empty>}
      {shifts.data && shifts.data.rosterShifts.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('岗位', 'Post')}</th>
              <th scope="col">{t('姓名', 'Name')}</th>
              <th scope="col">{t('电话', 'Phone')}</th>
              <th scope="col">{t('起', 'From')}</th>
              <th scope="col">{t('止', 'Until')}</th>
            </tr>
          </thead>
          <tbody>
            {shifts.data.rosterShifts.slice(0, 40).map((s, i) => (
              <tr key={i}>
                <td>{enumLabel('RosterDuty', s.post)}</td>
                <td>{s.personName}</td>
                <td>{s.phone}</td>
                <td>{when(s.from)}</td>
                <td>{when(s.until)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
