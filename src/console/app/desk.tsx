import {
  ConsoleClassifyDocument,
  ConsoleDeskBoardDocument,
  ConsoleDeskSetupDocument,
  ConsoleDispatchDocument,
  ConsoleIncidentDocument,
  ConsoleIncidentFeedDocument,
  ConsolePhoneNotifiedDocument,
  ConsoleReportIncidentDocument,
  ConsoleSuggestDocument,
  type ConsoleBoardIncidentFragment,
  type ConsoleDeskSetupQuery,
  type ConsoleIncidentQuery,
  type ConsoleSuggestQuery,
} from '@linkage110/client';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { followThenLoad } from './lib/feed';
import { idempotencyKey, request } from './lib/gql';
import { enumLabel, enumTitle, enumValues, t, when } from './lib/i18n';
import type { Session } from './lib/session';
import { Busy, Empty, ErrorNote, Panel, useAction, useQuery } from './lib/ui';

type BoardIncident = ConsoleBoardIncidentFragment;
type Setup = ConsoleDeskSetupQuery;
type Detail = ConsoleIncidentQuery['incident'];
type Suggestion = ConsoleSuggestQuery['suggestUnits'][number];

const OPEN = new Set(['RECEIVED', 'CLASSIFIED', 'DISPATCHED']);

function incidentFlags(incident: BoardIncident) {
  return {
    overdue: incident.orders.some((o) => o.overdue),
    disputed: incident.orders.some((o) => o.status === 'DISPUTED'),
  };
}

export function Desk({ session }: { session: Session }) {
  const token = session.token;
  const [board, setBoard] = useState<Map<string, BoardIncident>>(new Map());
  const [selected, setSelected] = useState<string | undefined>();
  const [feedError, setFeedError] = useState<unknown>(null);
  const [changed, setChanged] = useState(0);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const setup = useQuery(() => request(token, ConsoleDeskSetupDocument, {}), [token]);

  const upsert = (incident: BoardIncident) =>
    setBoard((prev) => {
      const next = new Map(prev);
      if (OPEN.has(incident.status)) next.set(incident.id, incident);
      else next.delete(incident.id);
      return next;
    });

  useEffect(
    () =>
      followThenLoad(
        token,
        {
          document: ConsoleIncidentFeedDocument,
          // The desk's feed carries incident and order changes only, so each names its incident.
          row: (event) => event.incident,
          onRow: (incident) => {
            upsert(incident);
            if (incident.id === selectedRef.current) setChanged((n) => n + 1);
          },
        },
        () => request(token, ConsoleDeskBoardDocument, { first: 50 }).then((data) => data.deskBoard.edges.map((edge) => edge.node)),
        (rows) => setBoard((prev) => new Map([...rows.map((row) => [row.id, row] as const), ...prev])),
        setFeedError,
      ),
    [token],
  );

  const rows = useMemo(() => [...board.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)), [board]);

  return (
    <div class="desk grid3">
      <Intake token={token} setup={setup.data} setupError={setup.error} onReported={(incident) => (upsert(incident), setSelected(incident.id))} />
      <Panel title={t('警情看板', 'Live board')} id="board">
        <ErrorNote error={feedError} />
        {rows.length === 0 ? (
          <Empty>{t('暂无未结警情', 'No open incidents')}</Empty>
        ) : (
          <ul class="board" data-testid="board">
            {rows.map((incident) => {
              const flags = incidentFlags(incident);
              return (
                <li key={incident.id} class={`${flags.overdue ? 'is-overdue' : ''} ${flags.disputed ? 'is-disputed' : ''}`}>
                  <button
                    type="button"
                    class="board-item"
                    aria-pressed={incident.id === selected}
                    data-incident={incident.id}
                    onClick={() => setSelected(incident.id)}
                  >
                    <span class="row1">
                      <time>{when(incident.receivedAt)}</time>
                      <span class={`badge status-${incident.status}`} title={enumTitle('IncidentStatus', incident.status)}>
                        {enumLabel('IncidentStatus', incident.status)}
                      </span>
                      {incident.major && <span class="badge major">{t('重大', 'Major')}</span>}
                      {flags.overdue && <span class="badge overdue">{t('超时', 'Overdue')}</span>}
                      {flags.disputed && <span class="badge disputed">{t('有异议', 'Disputed')}</span>}
                    </span>
                    <span class="desc">{incident.description}</span>
                    <span class="orders">
                      {incident.orders.map((o) => (
                        <span key={o.id} class={`chip order-${o.status} ${o.overdue ? 'overdue' : ''}`} data-order-status={o.status}>
                          {o.unit.shortName} · {enumLabel('OrderStatus', o.status)}
                        </span>
                      ))}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </Panel>
      {selected ? (
        <IncidentPanel key={selected} token={token} id={selected} setup={setup.data} changed={changed} onChange={upsert} />
      ) : (
        <Panel title={t('警情详情', 'Incident')} id="detail">
          <Empty>{t('在看板上选择一条警情', 'Pick an incident on the board')}</Empty>
        </Panel>
      )}
    </div>
  );
}

function Intake({ token, setup, setupError, onReported }: { token: string; setup?: Setup; setupError: unknown; onReported: (incident: BoardIncident) => void }) {
  const [description, setDescription] = useState('');
  const [channel, setChannel] = useState('CALL_110');
  const [address, setAddress] = useState('');
  const [areaCode, setAreaCode] = useState('');
  const [callerName, setCallerName] = useState('');
  const [callback, setCallback] = useState('');
  const [suggest, setSuggest] = useState<ConsoleSuggestQuery | undefined>();
  const [suggestError, setSuggestError] = useState<unknown>(null);

  useEffect(() => {
    const text = description.trim();
    if (text.length < 2) {
      setSuggest(undefined);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      request(token, ConsoleSuggestDocument, { text }).then(
        (data) => live && (setSuggest(data), setSuggestError(null)),
        (err: unknown) => live && setSuggestError(err),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [description, token]);

  const report = useAction(async () => {
    const data = await request(token, ConsoleReportIncidentDocument, {
      input: {
        description,
        intakeChannel: channel as never,
        place: { ...(address.trim() ? { address } : {}), ...(areaCode ? { areaCode } : {}) },
        ...(callerName.trim() ? { callerName } : {}),
        ...(callback.trim() ? { callbackNumber: callback } : {}),
        idempotencyKey: idempotencyKey(),
      },
    });
    onReported(data.reportIncident);
    setDescription('');
    setAddress('');
    setCallerName('');
    setCallback('');
  });

  return (
    <Panel title={t('接警登记', 'New call')} id="intake">
      <ErrorNote error={setupError} />
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void report.run();
        }}
      >
        <label for="intake-description">{t('警情描述', 'What the caller reports')}</label>
        <textarea
          id="intake-description"
          rows={3}
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter submits; Shift+Enter starts a new line.
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
          aria-describedby="intake-suggestions"
        />
        <div class="row">
          <span>
            <label for="intake-channel">{t('来源', 'Channel')}</label>
            <select id="intake-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
              {enumValues('IntakeChannel').map((v) => (
                <option key={v} value={v} title={enumTitle('IntakeChannel', v)}>
                  {enumLabel('IntakeChannel', v)}
                </option>
              ))}
            </select>
          </span>
          <span>
            <label for="intake-area">{t('区域', 'Area')}</label>
            <select id="intake-area" value={areaCode} onChange={(e) => setAreaCode(e.currentTarget.value)}>
              <option value="">—</option>
              {setup?.areas.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
            </select>
          </span>
        </div>
        <label for="intake-address">{t('地址', 'Address')}</label>
        <input id="intake-address" value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
        <div class="row">
          <span>
            <label for="intake-caller">{t('报警人', 'Caller')}</label>
            <input id="intake-caller" value={callerName} onInput={(e) => setCallerName(e.currentTarget.value)} />
          </span>
          <span>
            <label for="intake-callback">{t('回拨号码', 'Callback number')}</label>
            <input id="intake-callback" inputMode="tel" value={callback} onInput={(e) => setCallback(e.currentTarget.value)} />
          </span>
        </div>
        <button type="submit" disabled={report.busy}>
          {t('登记警情', 'Report')}
        </button>
        <Busy busy={report.busy} />
        <ErrorNote error={report.error} />
      </form>
      <div id="intake-suggestions" aria-live="polite" data-testid="suggestions">
        <ErrorNote error={suggestError} />
        {suggest && <Suggestions data={suggest} />}
      </div>
    </Panel>
  );
}

function Suggestions({ data, onAdd }: { data: ConsoleSuggestQuery; onAdd?: (s: Suggestion) => void }) {
  return (
    <div class="suggestions">
      <h3>{t('建议单位', 'Suggested units')}</h3>
      {data.assessPoliceResponse.policeFirstResponse && (
        <p class="police-first">
          {t('公安先期处置', 'Police respond first')}: {data.assessPoliceResponse.reasons.map((r) => r.why).join('；')}
        </p>
      )}
      {data.suggestUnits.length === 0 ? (
        <Empty>{t('无建议', 'No suggestion')}</Empty>
      ) : (
        <ol>
          {data.suggestUnits.map((s) => (
            <li key={s.unit.code} data-unit={s.unit.code}>
              <strong>{s.unit.shortName}</strong> <span class="score">{s.score.toFixed(2)}</span>
              <span class="reasons">
                {s.reasons
                  .map((r) => [r.categoryName, r.dutyItem ? t(`职责第${r.dutyItem}条`, `duty ${r.dutyItem}`) : '', r.matchedWords.join('、')].filter(Boolean).join(' '))
                  .join('；')}
              </span>
              {onAdd && (
                <button type="button" class="small" onClick={() => onAdd(s)} aria-label={t(`派给${s.unit.shortName}`, `Dispatch to ${s.unit.shortName}`)}>
                  +
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function IncidentPanel({ token, id, setup, changed, onChange }: { token: string; id: string; setup?: Setup; changed: number; onChange: (i: BoardIncident) => void }) {
  const detail = useQuery(() => request(token, ConsoleIncidentDocument, { id }), [token, id, changed]);
  const incident = detail.data?.incident;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [id]);
  const refresh = () => detail.reload();
  return (
    <section class="panel" id="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" tabIndex={-1} ref={headingRef}>
        {t('警情详情', 'Incident')}
      </h2>
      <ErrorNote error={detail.error} />
      {!incident ? (
        <Busy busy />
      ) : (
        <>
          <p class="desc-full" data-testid="detail-description">
            {incident.description}
          </p>
          <dl class="facts">
            <dt>{t('状态', 'Status')}</dt>
            <dd data-testid="incident-status">{enumLabel('IncidentStatus', incident.status)}</dd>
            <dt>{t('接警', 'Received')}</dt>
            <dd>{when(incident.receivedAt)}</dd>
            <dt>{t('地点', 'Place')}</dt>
            <dd>{[incident.area?.name, incident.address].filter(Boolean).join(' ') || '—'}</dd>
            <dt>{t('报警人', 'Caller')}</dt>
            <dd>{[incident.callerName, incident.callbackNumber].filter(Boolean).join(' ') || '—'}</dd>
            <dt>{t('分类', 'Class')}</dt>
            <dd>{enumLabel('Classification', incident.classification)}</dd>
            <dt>{t('下一时限', 'Next deadline')}</dt>
            <dd>{when(incident.nextDeadline)}</dd>
          </dl>
          {incident.status === 'RECEIVED' && <Classify token={token} incident={incident} onDone={(i) => (onChange(i), refresh())} />}
          {(incident.status === 'CLASSIFIED' || incident.status === 'DISPATCHED') && incident.classification !== 'NO_DISPATCH' && incident.classification !== 'POLICE' && (
            <Dispatch token={token} incident={incident} setup={setup} onDone={refresh} />
          )}
          <Orders token={token} incident={incident} onDone={refresh} />
          <Timeline incident={incident} />
        </>
      )}
    </section>
  );
}

function Classify({ token, incident, onDone }: { token: string; incident: Detail; onDone: (i: BoardIncident) => void }) {
  const [classification, setClassification] = useState('LINKAGE');
  const [major, setMajor] = useState(false);
  const [reason, setReason] = useState('ADVICE_GIVEN');
  const action = useAction(async () => {
    const data = await request(token, ConsoleClassifyDocument, {
      input: {
        incidentId: incident.id,
        classification: classification as never,
        major,
        ...(classification === 'NO_DISPATCH' ? { noDispatchReason: reason as never } : {}),
        idempotencyKey: idempotencyKey(),
      },
    });
    onDone(data.classifyIncident);
  });
  return (
    <form
      class="form inline-form"
      aria-labelledby="classify-title"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <h3 id="classify-title">{t('研判分类', 'Classify')}</h3>
      <label for="classify-class">{t('分类', 'Classification')}</label>
      <select id="classify-class" value={classification} onChange={(e) => setClassification(e.currentTarget.value)}>
        {enumValues('Classification').map((v) => (
          <option key={v} value={v} title={enumTitle('Classification', v)}>
            {enumLabel('Classification', v)}
          </option>
        ))}
      </select>
      {classification === 'NO_DISPATCH' && (
        <>
          <label for="classify-reason">{t('不派理由', 'Reason')}</label>
          <select id="classify-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
            {enumValues('NoDispatchReason').map((v) => (
              <option key={v} value={v}>
                {enumLabel('NoDispatchReason', v)}
              </option>
            ))}
          </select>
        </>
      )}
      <label class="check">
        <input type="checkbox" checked={major} onChange={(e) => setMajor(e.currentTarget.checked)} /> {t('重大警情', 'Major incident')}
      </label>
      <button type="submit" disabled={action.busy}>
        {t('确认分类', 'Classify')}
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}

interface DraftRow {
  key: number;
  unitCode: string;
  channel: string;
  urgency: string;
}

let rowKey = 0;

function Dispatch({ token, incident, setup, onDone }: { token: string; incident: Detail; setup?: Setup; onDone: () => void }) {
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [instructions, setInstructions] = useState('');
  const suggest = useQuery(() => request(token, ConsoleSuggestDocument, { text: incident.description }), [token, incident.description]);
  const taken = new Set(incident.orders.filter((o) => o.status !== 'CANCELLED').map((o) => o.unit.code));
  const add = (unitCode: string) =>
    setRows((prev) => (prev.some((r) => r.unitCode === unitCode) ? prev : [...prev, { key: ++rowKey, unitCode, channel: 'PHONE', urgency: 'URGENT' }]));
  useEffect(() => {
    const top = suggest.data?.suggestUnits.find((s) => !taken.has(s.unit.code));
    if (top && rows.length === 0) add(top.unit.code);
    // Only when the suggestions arrive.
  }, [suggest.data]);
  const update = (key: number, patch: Partial<DraftRow>) => setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const action = useAction(async () => {
    await request(token, ConsoleDispatchDocument, {
      input: {
        incidentId: incident.id,
        orders: rows.map((r) => ({ unitCode: r.unitCode, channel: r.channel as never, urgency: r.urgency as never, ...(instructions.trim() ? { instructions } : {}) })),
        idempotencyKey: idempotencyKey(),
      },
    });
    setRows([]);
    setInstructions('');
    onDone();
  });
  return (
    <form
      class="form"
      aria-labelledby="dispatch-title"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <h3 id="dispatch-title">{t('派单', 'Dispatch')}</h3>
      {suggest.data && <Suggestions data={suggest.data} onAdd={(s) => add(s.unit.code)} />}
      <table class="dispatch-rows">
        <thead>
          <tr>
            <th scope="col">{t('单位', 'Unit')}</th>
            <th scope="col">{t('渠道', 'Channel')}</th>
            <th scope="col">{t('紧急程度', 'Urgency')}</th>
            <th scope="col">
              <span class="sr-only">{t('移除', 'Remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} data-testid="dispatch-row">
              <td>
                <select aria-label={t(`第${i + 1}行 单位`, `Row ${i + 1} unit`)} value={r.unitCode} onChange={(e) => update(r.key, { unitCode: e.currentTarget.value })}>
                  {(setup?.units ?? [{ code: r.unitCode, shortName: r.unitCode }]).map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.shortName}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={t(`第${i + 1}行 渠道`, `Row ${i + 1} channel`)} value={r.channel} onChange={(e) => update(r.key, { channel: e.currentTarget.value })}>
                  {enumValues('OrderChannel').map((v) => (
                    <option key={v} value={v}>
                      {enumLabel('OrderChannel', v)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={t(`第${i + 1}行 紧急程度`, `Row ${i + 1} urgency`)} value={r.urgency} onChange={(e) => update(r.key, { urgency: e.currentTarget.value })}>
                  {enumValues('Urgency').map((v) => (
                    <option key={v} value={v}>
                      {enumLabel('Urgency', v)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" class="small" onClick={() => setRows((prev) => prev.filter((x) => x.key !== r.key))} aria-label={t(`移除第${i + 1}行`, `Remove row ${i + 1}`)}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={() => add(setup?.units.find((u) => !rows.some((r) => r.unitCode === u.code))?.code ?? '')}>
        {t('添加单位', 'Add a unit')}
      </button>
      <label for="dispatch-instructions">{t('指令要求', 'Instructions')}</label>
      <input id="dispatch-instructions" value={instructions} onInput={(e) => setInstructions(e.currentTarget.value)} />
      <button type="submit" disabled={action.busy || rows.length === 0}>
        {t('下达指令', 'Issue orders')}
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}

function Orders({ token, incident, onDone }: { token: string; incident: Detail; onDone: () => void }) {
  if (incident.orders.length === 0) return null;
  return (
    <div class="orders-block">
      <h3>{t('指令与联系人', 'Orders and whom to phone')}</h3>
      <ul class="order-list">
        {incident.orders.map((o) => (
          <li key={o.id} class={`order ${o.overdue ? 'is-overdue' : ''} ${o.status === 'DISPUTED' ? 'is-disputed' : ''}`} data-testid="desk-order" data-unit={o.unit.code} data-order={o.id}>
            <div class="row1">
              <strong>{o.unit.shortName}</strong>
              <span class={`badge order-${o.status}`} data-testid="desk-order-status">
                {enumLabel('OrderStatus', o.status)}
              </span>
              <span class="badge">{enumLabel('Urgency', o.urgency)}</span>
              <span class="badge">{enumLabel('OrderChannel', o.channel)}</span>
              {o.overdue && <span class="badge overdue">{t('超时', 'Overdue')}</span>}
              {o.rosterGap && <span class="badge overdue">{t('值班缺口', 'Roster gap')}</span>}
            </div>
            {o.disputeReason && (
              <p class="dispute">
                {t('异议理由', 'Dispute')}: {o.disputeReason}
              </p>
            )}
            <p class="phone-whom">
              {t('电话联系', 'Phone')}:{' '}
              {o.dutyContact?.phone ? (
                <a href={`tel:${o.dutyContact.phone}`}>
                  {enumLabel('RosterDuty', o.dutyContact.post)} {o.dutyContact.personName} {o.dutyContact.phone}
                </a>
              ) : (
                <span class="warn">{t('无在岗联系人', 'nobody on duty')}</span>
              )}
              {o.unit.dutyPhone && (
                <>
                  {' '}
                  · {t('值班电话', 'duty phone')} <a href={`tel:${o.unit.dutyPhone}`}>{o.unit.dutyPhone}</a>
                </>
              )}
            </p>
            {o.unit.onDutyNow.length > 0 && (
              <ul class="on-duty">
                {o.unit.onDutyNow.map((p) => (
                  <li key={p.post}>
                    {enumLabel('RosterDuty', p.post)}: {p.personName ?? '—'} {p.phone ?? ''}
                  </li>
                ))}
              </ul>
            )}
            {o.feedback.length > 0 && (
              <ul class="feedback" data-testid="desk-feedback">
                {o.feedback.map((f) => (
                  <li key={f.id}>
                    {when(f.reportedAt)} {enumLabel('FeedbackKind', f.kind)}{f.text ? `: ${f.text}` : ''}
                    {f.attachmentUrls.map((u) => (
                      <a key={u} href={u} target="_blank" rel="noreferrer noopener" class="attachment">
                        {t('附件', 'attachment')}
                      </a>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            {o.status === 'ISSUED' && o.channel === 'PHONE' && <PhoneNotified token={token} orderId={o.id} contact={o.dutyContact?.personName ?? ''} phone={o.dutyContact?.phone ?? ''} onDone={onDone} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PhoneNotified({ token, orderId, contact, phone, onDone }: { token: string; orderId: string; contact: string; phone: string; onDone: () => void }) {
  const [name, setName] = useState(contact);
  const action = useAction(async () => {
    await request(token, ConsolePhoneNotifiedDocument, { input: { orderId, contactName: name, ...(phone ? { phone } : {}), idempotencyKey: idempotencyKey() } });
    onDone();
  });
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <label for={`notified-${orderId}`}>{t('已电话通知', 'Phoned')}</label>
      <input id={`notified-${orderId}`} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <button type="submit" class="small" disabled={action.busy}>
        {t('记录', 'Record')}
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}

function Timeline({ incident }: { incident: Detail }) {
  const events = [...incident.timeline].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <div class="timeline-block">
      <h3>{t('处置记录', 'Timeline')}</h3>
      <ol class="timeline" data-testid="timeline">
        {events.map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <time>{when(e.occurredAt)}</time> <strong title={enumTitle('EventKind', e.kind)}>{enumLabel('EventKind', e.kind)}</strong>
            {e.unit && <span> · {e.unit.shortName}</span>}
            <span class="actor">
              {' '}
              · {e.actorName ?? e.actorId} ({e.actorRole}
              {e.actorUnit ? `, ${e.actorUnit}` : ''}) · {enumLabel('ActionChannel', e.channel)}
            </span>
            {e.note && <span class="note"> · {e.note}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
