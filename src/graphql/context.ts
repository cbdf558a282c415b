import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../integrations/keycloak';
import type { RevocationList } from '../modules/access/access.revocations';
import type { FeedHub } from '../modules/feed/feed.hub';
import type { Loaders } from '../modules/loaders';
import { createRequestScope, type Services } from '../modules/services';
import type { Authentication } from './auth';

export interface GraphQLContext {
  requestId: string;
  /** A fork of the EntityManager for this operation alone (for a live feed: for this event). */
  em: EntityManager;
  loaders: Loaders;
  /** The domain services of this operation, built once (src/modules/services.ts). */
  services: Services;
  /** The verified caller; absent when no (valid) token came with the operation. */
  principal?: Principal;
  authRejection?: string;
  /** The process's live feed, for subscriptions. */
  feed?: FeedHub;
  revocations?: RevocationList;
  /**
   * Set by mutate() once its transaction committed: an error reading the result back is then
   * reported as "saved, reading it back failed", never as a failed change.
   */
  committed?: { operation: string; ids: string[] };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller-supplied request id is kept when it is sane, so logs join up across systems. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** The one context factory, for HTTP operations and for each WebSocket operation alike. */
export function createContext(
  orm: MikroORM,
  requestId: string,
  auth: Authentication,
  process: { feed?: FeedHub; revocations?: RevocationList } = {},
): GraphQLContext {
  return { requestId, ...createRequestScope(orm.em.fork()), principal: auth.principal, authRejection: auth.rejection, ...process };
}
