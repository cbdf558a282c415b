import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../common/paths';

const run = promisify(execFile);

/**
 * The CJK font the printed report is set in: Noto Sans SC's simplified-Chinese subset (it holds
 * digits and Latin letters too), from the npm package @fontsource/noto-sans-sc. The package is
 * 73 MB, so it is no dependency: the first PDF packs it into .cache/fonts (gitignored), checks
 * the package's integrity and the file's hash, keeps only that one file, and later PDFs reuse it.
 * CJK_FONT_PATH points at another copy of the same file instead (offline installs).
 */
export const FONT = {
  package: '@fontsource/noto-sans-sc',
  version: '5.3.0',
  integrity: 'sha512-HeqIlGm0+ohOKxZLuHj1qW6r6avHH0OWdKERAcSDI0RQ+MXrteuLKA+M+5eOA8rYy0MFvOR5AT0fQo2rUkye0Q==',
  file: 'files/noto-sans-sc-chinese-simplified-400-normal.woff',
  sha256: 'dc20a86875ff056a6332c353bc9a82d199bb2e5aae1d444f912c1fbff783bfa5',
} as const;

export class FontUnavailableError extends Error {
  constructor(detail: string) {
    super(
      `The PDF report needs the CJK font ${FONT.package}@${FONT.version} (${FONT.file}) and could not get it: ${detail}. ` +
        `Allow npm to reach its registry once, or set CJK_FONT_PATH to a copy of that file (sha256 ${FONT.sha256}).`,
    );
    this.name = 'FontUnavailableError';
  }
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let pending: Promise<string> | undefined;

/** The font file's path, fetching it on first use; concurrent callers share one fetch. */
export function cjkFontPath(): Promise<string> {
  pending ??= locate().catch((err: unknown) => {
    pending = undefined;
    throw err;
  });
  return pending;
}

async function locate(): Promise<string> {
  const override = process.env.CJK_FONT_PATH;
  if (override) {
    if (!fs.existsSync(override)) throw new FontUnavailableError(`CJK_FONT_PATH ${override} does not exist`);
    if (sha256(override) !== FONT.sha256) throw new FontUnavailableError(`CJK_FONT_PATH ${override} is not the expected file (hash differs)`);
    return override;
  }
  const dir = path.join(repoRoot(), '.cache', 'fonts', FONT.version);
  const target = path.join(dir, path.basename(FONT.file));
  if (fs.existsSync(target) && sha256(target) === FONT.sha256) return target;
  fs.mkdirSync(dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(dir, 'fetch.'));
  try {
    let packed: { integrity: string; filename: string }[];
    try {
      const { stdout } = await run('npm', ['pack', `${FONT.package}@${FONT.version}`, '--pack-destination', work, '--json', '--loglevel=error'], {
        maxBuffer: 64 * 1024 * 1024,
        timeout: 5 * 60_000,
      });
      packed = JSON.parse(stdout) as typeof packed;
    } catch (err) {
      throw new FontUnavailableError(`npm pack failed (${(err as Error).message.split('\n')[0]})`);
    }
    if (packed[0]?.integrity !== FONT.integrity) {
      throw new FontUnavailableError(`the package's integrity is ${packed[0]?.integrity}, expected ${FONT.integrity}`);
    }
    await run('tar', ['-xzf', path.join(work, packed[0].filename), '-C', work, `package/${FONT.file}`]);
    const extracted = path.join(work, 'package', FONT.file);
    if (sha256(extracted) !== FONT.sha256) throw new FontUnavailableError('the font file inside the package has an unexpected hash');
    fs.renameSync(extracted, target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
