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

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processOutput: CliOutput = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** Returns the exit code; the progress bar goes to stderr when it is a terminal. */
export async function main(args: string[], env: NodeJS.ProcessEnv = process.env, out: CliOutput = processOutput): Promise<number> {
  const config = loadConfig(env);
  configureRosters({ timeZone: config.rosters.timeZone, importMaxBytes: config.rosters.importMaxBytes });
  configureShortPhonePattern(config.rosters.shortPhonePattern);
  const [command, ...rest] = args;
  if (command === 'template' && rest[0]) {
    await fs.writeFile(rest[0], await rosterWorkbook({ code: '' }, []));
    out.stdout(`wrote the template to ${rest[0]}\n`);
    return 0;
  }
  if (!(command === 'import' && rest[0]) && !(command === 'export' && rest.length === 4)) {
    out.stderr(`${USAGE}\n`);
    return 2;
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
        out.stdout(`imported ${result.rows} rows into ${result.temporaries} temporary rosters (${result.units.join(', ')}) in ${Date.now() - started} ms\n`);
      } catch (err) {
        bar.stop();
        if (err instanceof DomainError && Array.isArray(err.details.problems)) {
          for (const p of err.details.problems as RowProblem[]) out.stderr(`第${p.row}行 row ${p.row}\t${p.column}\t${p.reason}\n`);
          out.stderr(`${(err.details.problems as RowProblem[]).length} bad cells; nothing was imported\n`);
          return 1;
        }
        throw err;
      }
    } else {
      const [code, fromText, toText, file] = rest;
      const em = orm.em.fork();
      const unit = await new UnitService(em).byCode(code);
      const from = new Date(fromText);
      const to = new Date(toText);
      checkWindow(from, to);
      const shifts = (await new RosterService(em).expand([unit.id], from, to)).get(unit.id) ?? [];
      await fs.writeFile(file, await rosterWorkbook(unit, shifts));
      out.stdout(`wrote ${shifts.length} shifts of ${unit.code} to ${file}\n`);
    }
    return 0;
  } finally {
    await orm.close();
    await db.stop();
  }
}

if (require.main === module) {
  main(process.argv.slice(2))
    .then((code) => (process.exitCode = code))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
