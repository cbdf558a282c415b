import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Principal } from '../../../integrations/keycloak';
import { DomainError, HTTP_STATUS } from '../../common/errors';
import { logger } from '../../common/logger';
import { ROSTER_EDITORS, ROSTER_READERS } from '../../common/roles';
import { actorFor } from '../history/history.actor';
import { UnitService } from '../units/unit.service';
import { unitCalendar } from './roster.calendar';
import { RosterService, checkWindow } from './roster.service';
import { rosterSettings } from './roster.settings';
import { importRosterWorkbook, rosterWorkbook } from './roster.spreadsheet';

export const ROSTER_IMPORT_PATH = '/rosters/import';
export const ROSTER_EXPORT_PATH = '/rosters/export';
export const CALENDAR_PATH = '/calendar/:file';

/** The server's bearer check, handed in so this module never imports the transport layer. */
export type Authenticate = (authorization: unknown) => Promise<{ principal?: Principal; rejection?: string }>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

async function caller(req: Request, res: Response, authenticate: Authenticate, roles: readonly string[]): Promise<Principal | undefined> {
  const auth = await authenticate(req.headers.authorization);
  if (!auth.principal) {
    fail(res, 401, 'UNAUTHENTICATED', auth.rejection ?? 'Sign in first: send a bearer token in the Authorization header.');
    return undefined;
  }
  if (!auth.principal.roles.some((r) => roles.includes(r))) {
    fail(res, 403, 'FORBIDDEN', `This needs one of the roles ${roles.join(', ')}.`);
    return undefined;
  }
  return auth.principal;
}

function domainFailure(res: Response, err: unknown): void {
  if (err instanceof DomainError) {
    fail(res, HTTP_STATUS[err.code], err.code, err.message, err.details);
    return;
  }
  logger.error('roster HTTP request failed', { err });
  fail(res, 500, 'INTERNAL_SERVER_ERROR', 'The roster request failed; the error is logged.');
}

/**
 * POST /rosters/import: the XLSX file as the request body (at most ROSTER_IMPORT_MAX_BYTES),
 * bearer token of a unit operator (its own unit's rows only) or an administrator. Every bad row is
 * reported with row, column and reason; nothing is written unless every row is good.
 */
export function rosterImportHandlers(orm: MikroORM, authenticate: Authenticate): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit: rosterSettings().importMaxBytes }),
    async (req, res) => {
      const principal = await caller(req, res, authenticate, ROSTER_EDITORS);
      if (!principal) return;
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        fail(res, 400, 'BAD_USER_INPUT', 'content: send the XLSX file as the request body.', { field: 'content' });
        return;
      }
      const started = Date.now();
      try {
        const actor = actorFor(principal, ROSTER_EDITORS);
        const result = await orm.em.fork().transactional((tx) => importRosterWorkbook(tx, actor, req.body as Buffer));
        res.json({ ...result, ms: Date.now() - started });
      } catch (err) {
        domainFailure(res, err);
      }
    },
  ];
}

/** GET /rosters/export?unit=&from=&to=: the unit's expanded shifts as XLSX (the template's columns). */
export function rosterExportHandler(orm: MikroORM, authenticate: Authenticate): RequestHandler {
  return async (req, res) => {
    const principal = await caller(req, res, authenticate, ROSTER_READERS);
    if (!principal) return;
    try {
      const em = orm.em.fork();
      const unit = await new UnitService(em).byCode(String(req.query.unit ?? ''));
      const wide = principal.roles.some((r) => r !== 'unit_operator' && ROSTER_READERS.includes(r));
      if (!wide && principal.unitCode !== unit.code) {
        fail(res, 403, 'FORBIDDEN', `This token may read the roster of unit "${principal.unitCode}" only.`);
        return;
      }
      const from = new Date(String(req.query.from ?? ''));
      const to = new Date(String(req.query.to ?? ''));
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
        fail(res, 400, 'BAD_USER_INPUT', 'from: give from and to as ISO date-times.', { field: 'from' });
        return;
      }
      checkWindow(from, to);
      const shifts = (await new RosterService(em).expand([unit.id], from, to)).get(unit.id) ?? [];
      res.type(XLSX).setHeader('content-disposition', `attachment; filename="${unit.code}-roster.xlsx"`);
      res.send(await rosterWorkbook(unit, shifts));
    } catch (err) {
      domainFailure(res, err);
    }
  };
}

/** GET /calendar/<token>.ics: no bearer token (phones cannot send one); the token in the URL is the key, revocable. */
export function calendarHandler(orm: MikroORM): RequestHandler {
  return async (req, res) => {
    const match = /^([A-Za-z0-9_-]{16,128})\.ics$/.exec(String(req.params.file ?? ''));
    const body = match ? await unitCalendar(orm.em.fork(), match[1]).catch((err: unknown) => (logger.error('calendar feed failed', { err }), undefined)) : undefined;
    if (!body) {
      res.status(404).type('text/plain').send('No such calendar, or it was revoked.');
      return;
    }
    res.type('text/calendar; charset=utf-8').send(body);
  };
}
