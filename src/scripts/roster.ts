import 'reflect-metadata';
import fs from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { configureShortPhonePattern } from '../common/phone';
import { DomainError } from '../common/errors';
import { loadConfig } from '../config';
import { initOrm } from '../db/orm';
import { provisionDatabase } from '../db/provision';
import { ActionChannel } from '../modules/history/history.enums';
import type { Actor } from '../modules/history/history.actor';
import { RosterService, checkWindow } from '../modules/rosters/roster.service';
import { configureRosters } from '../modules/rosters/roster.settings';
import { importRosterWorkbook, rosterWorkbook, type RowProblem } from '../modules/rosters/roster.spreadsheet';
import { UnitService } from '../modules/units/unit.service';

const USAGE = `usage: npm run roster -- import <file.xlsx>
       npm run roster -- export <unit-code> <from ISO> <to ISO> <out.xlsx>
       npm run roster -- template <out.xlsx>`;

/** The CLI is an operator at the server: its changes are recorded as the administrator "roster-cli". */
const CLI_ACTOR: Actor = { id: 'roster-cli', name: '排班命令行 roster CLI', role: 'admin', channel: ActionChannel.SYSTEM };

async function main(args: string[]): Promise<void> {
  const config = loadConfig();
  configureRosters({ timeZone: config.rosters.timeZone, importMaxBytes: config.rosters.importMaxBytes });
  configureShortPhonePattern(config.rosters.shortPhonePattern);
  const [command, ...rest] = args;
  if (command === 'template' && rest[0]) {
    await fs.writeFile(rest[0], await rosterWorkbook({ code: '' }, []));
    process.stdout.write(`wrote the template to ${rest[0]}\n`);
    return;
  }
  if (!(command === 'import' && rest[0]) && !(command === 'export' && rest.length === 4)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const db = await provisionDatabase(config);
  const orm = await initOrm({ databaseUrl: db.url });
  try {
    if (command === 'import') {
      const content = await fs.readFile(rest[0]);
      const bar = new cliProgress.SingleBar({ format: '{phase} [{bar}] {value}/{total} rows', hideCursor: true }, cliProgress.Presets.shades_classic);
      let phase = '';
      const started = Date.now();
      try {
        const result = await orm.em.fork().transactional((tx) =>
          importRosterWorkbook(tx, CLI_ACTOR, content, (p, done, total) => {
            const label = p === 'check' ? '检查 check' : '写入 write';
            if (phase !== p) {
              if (phase) bar.stop();
              bar.start(total, done, { phase: label });
              phase = p;
            }
            bar.update(done, { phase: label });
          }),
        );
        bar.stop();
        process.stdout.write(`imported ${result.rows} rows into ${result.temporaries} temporary rosters (${result.units.join(', ')}) in ${Date.now() - started} ms\n`);
      } catch (err) {
        bar.stop();
        if (err instanceof DomainError && Array.isArray(err.details.problems)) {
          for (const p of err.details.problems as RowProblem[]) process.stderr.write(`第${p.row}行 row ${p.row}\t${p.column}\t${p.reason}\n`);
          process.stderr.write(`${(err.details.problems as RowProblem[]).length} bad cells; nothing was imported\n`);
          process.exitCode = 1;
          return;
        }
        throw err;
      }
    } else {
      const [code, fromText, toText, out] = rest;
      const em = orm.em.fork();
      const unit = await new UnitService(em).byCode(code);
      const from = new Date(fromText);
      const to = new Date(toText);
      checkWindow(from, to);
      const shifts = (await new RosterService(em).expand([unit.id], from, to)).get(unit.id) ?? [];
      await fs.writeFile(out, await rosterWorkbook(unit, shifts));
      process.stdout.write(`wrote ${shifts.length} shifts of ${unit.code} to ${out}\n`);
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
