import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessService } from './access/access.service';
import { AreaService } from './areas/area.service';
import { GridSyncService } from './grid-sync/grid-sync.service';
import type { Actor } from './history/history.actor';
import { EventLog } from './history/history.log';
import { IncidentService } from './incidents/incident.service';
import { IncidentWorkflow } from './incidents/incident.workflow';
import { LeadershipService } from './leadership/leadership.service';
import { createLoaders, type Loaders } from './loaders';
import { OrderService } from './orders/order.service';
import type { OrderScope } from './orders/order.scope';
import { OrderWorkflow } from './orders/order.workflow';
import { PolicyService } from './policies/policy.service';
import { RosterEditor, RosterService } from './rosters/roster.service';
import { RoutingService } from './routing/routing.service';
import { CaseWorkflow } from './supervision/supervision.case-workflow';
import { SupervisionService } from './supervision/supervision.service';
import { SupervisionWorkflow } from './supervision/supervision.workflow';
import { UnitService } from './units/unit.service';

/**
 * The domain's composition root: the services of one request (or one transaction), built once
 * and shared by every resolver of the operation. Each is made on first use, so an operation
 * pays only for what it touches.
 */
export interface Services {
  access: AccessService;
  areas: AreaService;
  events: EventLog;
  grid: GridSyncService;
  incidents: IncidentService;
  leadership: LeadershipService;
  orders: OrderService;
  policies: PolicyService;
  rosters: RosterService;
  routing: RoutingService;
  supervision: SupervisionService;
  units: UnitService;
}

/** The services bound to one write transaction, with the workflows that act as the caller. */
export interface Workflows extends Services {
  tx: EntityManager;
  actor: Actor;
  incidentWorkflow: IncidentWorkflow;
  orderWorkflow: OrderWorkflow;
  supervisionWorkflow: SupervisionWorkflow;
  caseWorkflow: CaseWorkflow;
  rosterEditor: RosterEditor;
}

function lazy<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const built = {} as T;
  for (const key of Object.keys(factories) as (keyof T)[]) {
    let value: T[typeof key] | undefined;
    Object.defineProperty(built, key, { enumerable: true, get: () => (value ??= factories[key]()) });
  }
  return built;
}

function serviceFactories(em: EntityManager): { [K in keyof Services]: () => Services[K] } {
  return {
    access: () => new AccessService(em),
    areas: () => new AreaService(em),
    events: () => new EventLog(em),
    grid: () => new GridSyncService(em),
    incidents: () => new IncidentService(em),
    leadership: () => new LeadershipService(em),
    orders: () => new OrderService(em),
    policies: () => new PolicyService(em),
    rosters: () => new RosterService(em),
    routing: () => new RoutingService(em),
    supervision: () => new SupervisionService(em),
    units: () => new UnitService(em),
  };
}

export function createServices(em: EntityManager): Services {
  return lazy(serviceFactories(em));
}

/** `scope` is asked only when an order workflow is used: not every caller may reach orders. */
export function createWorkflows(tx: EntityManager, actor: Actor, scope: () => OrderScope): Workflows {
  return lazy<Workflows>({
    ...serviceFactories(tx),
    tx: () => tx,
    actor: () => actor,
    incidentWorkflow: () => new IncidentWorkflow(tx, actor),
    orderWorkflow: () => new OrderWorkflow(tx, actor, scope()),
    supervisionWorkflow: () => new SupervisionWorkflow(tx, actor),
    caseWorkflow: () => new CaseWorkflow(tx, actor),
    rosterEditor: () => new RosterEditor(tx, actor),
  });
}

/** What one operation (or one live-feed event) reads through: its EntityManager fork, loaders and services. */
export interface RequestScope {
  em: EntityManager;
  loaders: Loaders;
  services: Services;
}

export function createRequestScope(em: EntityManager): RequestScope {
  return { em, loaders: createLoaders(em), services: createServices(em) };
}
