import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { requireText } from '../../common/time';
import type { Actor } from '../history/history.actor';
import { Incident } from '../incidents/incident.entity';
import { Order } from '../orders/order.entity';
import { requiredPost, RosterService } from '../rosters/roster.service';
import { Unit } from '../units/unit.entity';
import { assertCaseMay, CASE_CREATION, CASE_TRANSITIONS, type CaseAction, type CaseTransition } from './supervision.case-transitions';
import { AccountabilityCase, AccountabilityRule, CaseEvent } from './supervision.entity';
import { KpiMetric, MisconductConsequence } from './supervision.enums';
import type { CaseActionInput, DecideCaseInput, FileCaseStatementInput } from './supervision.inputs';
import { assessedOrdersSql, bind, METRICS } from './supervision.metrics';
import type { Period } from './supervision.period';
import { idIn } from './supervision.workflow';
import type { CaseScope } from './supervision.service';

interface Proposal {
  rule: AccountabilityRule;
  unitCode: string;
  dedupeKey: string;
  orderId?: string;
  incidentId?: string;
  consequence?: MisconductConsequence;
  summary: string;
  evidence: Record<string, unknown>;
}

interface FactRow {
  id: string;
  incident_id: string;
  unit_code: string;
  issued_at: Date;
  status: string;
  signed_at: Date | null;
  sign_deadline: Date | null;
  disputes: number;
  disputes_rejected: number;
  complaints: number;
  feedback_due: boolean;
  feedback_late: boolean;
  missed: boolean;
}

/** Accountability cases: the rule pass that proposes them from the facts, and their lifecycle. */
export class CaseWorkflow {
  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
  ) {}

  /** The one function that changes a case's state: checks CASE_TRANSITIONS, applies the row and records it. */
  move(c: AccountabilityCase, action: CaseAction, note?: string): CaseEvent {
    assertCaseMay(c, action);
    const row: CaseTransition = CASE_TRANSITIONS[action];
    const from = c.status;
    if (row.to !== 'UNCHANGED') c.status = row.to;
    else c.updatedAt = new Date();
    return this.record(c, row.event, from, note);
  }

  private record(c: AccountabilityCase, kind: CaseEvent['kind'], from: AccountabilityCase['status'] | undefined, note?: string): CaseEvent {
    const event = this.tx.create(CaseEvent, {
      accountabilityCase: c,
      kind,
      actorId: this.actor.id,
      actorName: this.actor.name,
      actorRole: this.actor.role,
      actorUnit: this.actor.unit,
      channel: this.actor.channel,
      fromStatus: from,
      toStatus: c.status,
      note,
    });
    this.tx.persist(event);
    return event;
  }

  async load(id: string, scope: CaseScope = { kind: 'all' }): Promise<AccountabilityCase> {
    const c = await this.tx.findOne(AccountabilityCase, { id: idIn(id, 'caseId') }, { populate: ['unit'] });
    if (!c) throw new NotFoundError(`No accountability case has the id ${id}.`, { id });
    if (scope.kind === 'unit' && c.unit.code !== scope.unitCode) {
      throw new ForbiddenError(`This token may act on cases of unit ${scope.unitCode} only.`);
    }
    return c;
  }

  async open(input: CaseActionInput): Promise<AccountabilityCase> {
    const c = await this.load(input.caseId);
    assertCaseMay(c, 'open');
    c.openedAt = new Date();
    c.openedBy = this.actor.name ?? this.actor.id;
    this.move(c, 'open', input.note?.trim() || undefined);
    return c;
  }

  async decide(input: DecideCaseInput): Promise<AccountabilityCase> {
    const c = await this.load(input.caseId);
    assertCaseMay(c, 'decide');
    c.decision = requireText(input.decision, 'decision');
    c.decidedAt = new Date();
    c.decidedBy = this.actor.name ?? this.actor.id;
    this.move(c, 'decide', c.decision);
    return c;
  }

  async dismiss(input: CaseActionInput): Promise<AccountabilityCase> {
    const c = await this.load(input.caseId);
    assertCaseMay(c, 'dismiss');
    c.decision = requireText(input.note, 'note');
    c.decidedAt = new Date();
    c.decidedBy = this.actor.name ?? this.actor.id;
    this.move(c, 'dismiss', c.decision);
    return c;
  }

  async fileStatement(input: FileCaseStatementInput, scope: CaseScope): Promise<AccountabilityCase> {
    const c = await this.load(input.caseId, scope);
    assertCaseMay(c, 'fileStatement');
    c.statement = requireText(input.statement, 'statement');
    this.move(c, 'fileStatement', c.statement);
    return c;
  }

  /**
   * 擅离职守: each order not signed by its sign deadline (plus the rule's grace minutes), asked of
   * the rosters module (issue 11): who was on the unit's required post at that moment. A case only
   * when someone was; a roster gap is a different failing (the roster's, reported as coverage).
   */
  private async unsignedWhileOnDuty(rule: AccountabilityRule, facts: FactRow[], asOf: Date): Promise<Proposal[]> {
    const missed = facts.filter((f) => {
      if (f.status === 'CANCELLED' || !f.sign_deadline) return false;
      const deadline = new Date(f.sign_deadline).getTime() + rule.threshold * 60_000;
      return f.signed_at ? new Date(f.signed_at).getTime() > deadline : deadline < asOf.getTime();
    });
    if (missed.length === 0) return [];
    const units = await this.tx.find(Unit, { code: { $in: [...new Set(missed.map((f) => f.unit_code))] } });
    const rosters = new RosterService(this.tx);
    const proposals: Proposal[] = [];
    for (const f of missed) {
      const unit = units.find((u) => u.code === f.unit_code)!;
      const at = new Date(f.sign_deadline!);
      const [answer] = await rosters.onDuty([unit], at);
      const post = answer!.posts.find((p) => p.post === requiredPost(unit));
      const person = post?.onDuty[0];
      if (!person) continue;
      proposals.push({
        rule, unitCode: f.unit_code, dedupeKey: f.id, orderId: f.id, incidentId: f.incident_id,
        summary: `${f.unit_code} 值班人员${person.personName}（${person.phone}）在岗期间指令超过签收时限未签收 (not signed by its deadline while ${person.personName} was on duty)`,
        evidence: {
          orders: [f.id], signDeadline: at.toISOString(), signedAt: iso(f.signed_at),
          onDuty: { post: person.post, personName: person.personName, phone: person.phone, from: person.from.toISOString(), until: person.until.toISOString() },
        },
      });
    }
    return proposals;
  }

  /**
   * The rule pass: reads the period's order facts (the same per-order facts as the KPIs) and
   * proposes a case for each finding not proposed before (one per rule, unit and order or
   * period). Returns the cases it proposed now.
   */
  async runRules(period: Period, asOf = new Date()): Promise<AccountabilityCase[]> {
    const rules = await this.tx.find(AccountabilityRule, { enabled: true }, { orderBy: { code: 'asc' } });
    const feedback = METRICS[KpiMetric.TIMELY_FEEDBACK_RATE];
    const overdue = METRICS[KpiMetric.OVERDUE];
    const { sql, values } = bind(
      `with a as (${assessedOrdersSql(false)})
       select a.id, a.incident_id, a.unit_code, a.issued_at, a.status, a.signed_at, a.sign_deadline, a.disputes, a.disputes_rejected,
         a.complaints, (${feedback.base}) as feedback_due, ((${feedback.base}) and not (${feedback.hit})) as feedback_late, (${overdue.hit}) as missed
       from a order by a.unit_code, a.issued_at, a.id`,
      { from: period.from, to: period.to, asOf },
    );
    const facts = await this.tx.getConnection().execute<FactRow[]>(sql, values);
    const complaintRows = await this.tx.getConnection().execute<{ id: string; order_id: string; source: string; note: string }[]>(
      `select e.id, e.order_id, e.after->>'source' as source, e.note from event e
       where e.kind = 'COMPLAINT_RECORDED' and e.order_id = any(?::uuid[]) order by e.seq`,
      [`{${facts.filter((f) => f.complaints > 0).map((f) => f.id).join(',')}}`],
    );
    const proposals: Proposal[] = [];
    for (const rule of rules) {
      if (rule.code === 'UNSIGNED_WHILE_ON_DUTY') proposals.push(...(await this.unsignedWhileOnDuty(rule, facts, asOf)));
      else proposals.push(...findings(rule, facts, complaintRows, period, asOf));
    }

    const proposed: AccountabilityCase[] = [];
    for (const p of proposals) {
      const unit = await this.tx.findOneOrFail(Unit, { code: p.unitCode });
      const existing = await this.tx.findOne(AccountabilityCase, { ruleCode: p.rule.code, unit, dedupeKey: p.dedupeKey });
      if (existing) continue;
      const c = this.tx.create(AccountabilityCase, {
        unit,
        order: p.orderId ? this.tx.getReference(Order, p.orderId) : undefined,
        incident: p.incidentId ? this.tx.getReference(Incident, p.incidentId) : undefined,
        category: p.rule.category,
        consequence: p.consequence,
        ruleCode: p.rule.code,
        dedupeKey: p.dedupeKey,
        periodKey: period.key,
        summary: p.summary,
        evidence: p.evidence,
        proposedAt: asOf,
        status: CASE_CREATION.to,
      });
      this.record(c, CASE_CREATION.event, undefined, p.summary);
      proposed.push(c);
    }
    return proposed;
  }
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function findings(
  rule: AccountabilityRule,
  facts: FactRow[],
  complaints: { id: string; order_id: string; source: string; note: string }[],
  period: Period,
  asOf: Date,
): Proposal[] {
  const byUnit = new Map<string, FactRow[]>();
  for (const f of facts) byUnit.set(f.unit_code, [...(byUnit.get(f.unit_code) ?? []), f]);
  switch (rule.code) {
    case 'REPEATED_REJECTED_DISPUTES':
      return [...byUnit].flatMap(([unitCode, rows]) => {
        const rejected = rows.filter((r) => r.disputes_rejected > 0);
        const count = rejected.reduce((n, r) => n + r.disputes_rejected, 0);
        if (count < rule.threshold) return [];
        return [{
          rule, unitCode, dedupeKey: period.key,
          summary: `${unitCode} 在 ${period.key} 内 ${count} 次异议被裁定不成立 (${count} disputes rejected; threshold ${rule.threshold})`,
          evidence: { orders: rejected.map((r) => r.id), rejectedDisputes: count, threshold: rule.threshold },
        }];
      });
    case 'IGNORED_ORDER':
      return facts
        .filter((f) => f.status === 'ISSUED' && !f.signed_at && f.sign_deadline &&
          new Date(f.sign_deadline).getTime() + rule.threshold * 60_000 < asOf.getTime())
        .map((f) => ({
          rule, unitCode: f.unit_code, dedupeKey: f.id, orderId: f.id, incidentId: f.incident_id,
          summary: `${f.unit_code} 未签收指令，超过签收时限 ${rule.threshold} 分钟以上 (order neither signed nor disputed ${rule.threshold}+ minutes past its sign deadline)`,
          evidence: { orders: [f.id], issuedAt: iso(f.issued_at), signDeadline: iso(f.sign_deadline), asOf: asOf.toISOString() },
        }));
    case 'DELAY_WITH_COMPLAINT':
      return facts
        .filter((f) => f.missed && f.complaints > 0)
        .map((f) => {
          const about = complaints.filter((c) => c.order_id === f.id);
          const media = about.some((c) => c.source === 'MEDIA_EXPOSURE');
          return {
            rule, unitCode: f.unit_code, dedupeKey: f.id, orderId: f.id, incidentId: f.incident_id,
            consequence: media ? MisconductConsequence.MEDIA_EXPOSURE : MisconductConsequence.PUBLIC_COMPLAINT,
            summary: `${f.unit_code} 处置超时并引发${media ? '媒体曝光' : '投诉'} (missed a deadline and drew ${media ? 'a media report' : 'a complaint'})`,
            evidence: { orders: [f.id], complaintEvents: about.map((c) => c.id), sources: about.map((c) => c.source) },
          };
        });
    case 'LATE_FEEDBACK_RUN':
      return [...byUnit].flatMap(([unitCode, rows]) => {
        let run: FactRow[] = [];
        let longest: FactRow[] = [];
        for (const r of rows.filter((x) => x.feedback_due)) {
          run = r.feedback_late ? [...run, r] : [];
          if (run.length > longest.length) longest = run;
        }
        if (longest.length < rule.threshold) return [];
        return [{
          rule, unitCode, dedupeKey: period.key,
          summary: `${unitCode} 连续 ${longest.length} 单反馈超时 (${longest.length} orders in a row fed back late; threshold ${rule.threshold})`,
          evidence: { orders: longest.map((r) => r.id), run: longest.length, threshold: rule.threshold },
        }];
      });
    default:
      return [];
  }
}
