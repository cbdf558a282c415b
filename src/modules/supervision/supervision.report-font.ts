import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { repoRoot } from '../../common/paths';

const run = promisify(execFile);

/**
 * The CJK font the printed report is set in: Noto Sans SC's simplified-Chinese subset (it holds
 * digits and Latin letters too), from the npm package @fontsource/noto-sans-sc. The package is
 * 73 MB, so it is no dependency: the first PDF packs it into .cache/fonts (gitignored), checks
 * the package's integrity and the file's hash, keeps only that one file, and later PDFs reuse it.
 * CJK_FONT_PATH points at another copy of the same file instead (offline installs). The WOFF is
 * unpacked once into a plain TrueType file beside it: fontkit reads WOFF tables compressed and
 * inflates them again on every glyph lookup, which made one report take minutes instead of a second.
 */
export const FONT = {
  package: '@fontsource/noto-sans-sc',
  version: '5.3.0',
  integrity: 'sha512-HeqIlGm0+ohOKxZLuHj1qW6r6avHH0OWdKERAcSDI0RQ+MXrteuLKA+M+5eOA8rYy0MFvOR5AT0fQo2rUkye0Q==',
  file: 'files/noto-sans-sc-chinese-simplified-400-normal.woff',
  sha256: 'dc20a86875ff056a6332c353bc9a82d199bb2e5aae1d444f912c1fbff783bfa5',
  /** The TrueType file unpacked from it (unpacking is deterministic). */
  ttfSha256: 'ed5a5fcdfcd1f448218e947c9c3058365b91bb41410e5364ed58a7f1be992f62',
} as const;

/** WOFF 1.0 to the sfnt (TrueType/OpenType) it wraps: inflate each table and lay them out again. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new FontUnavailableError('the font file is not WOFF 1.0');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  let power = 1;
  let log = 0;
  while (power * 2 <= count) {
    power *= 2;
    log++;
  }
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const at = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(at, at + compressed);
    const data = compressed < length ? zlib.inflateSync(raw) : raw;
    header.writeUInt32BE(woff.readUInt32BE(entry), 12 + i * 16);
    header.writeUInt32BE(woff.readUInt32BE(entry + 16), 12 + i * 16 + 4);
    header.writeUInt32BE(offset, 12 + i * 16 + 8);
    header.writeUInt32BE(length, 12 + i * 16 + 12);
    const pad = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  }
  return Buffer.concat(parts);
}

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
  const dir = path.join(repoRoot(), '.cache', 'fonts', FONT.version);
  const ttf = path.join(dir, path.basename(FONT.file).replace(/\.woff$/, '.ttf'));
  if (fs.existsSync(ttf) && sha256(ttf) === FONT.ttfSha256) return ttf;
  fs.mkdirSync(dir, { recursive: true });
  const woff = await fetchWoff(dir);
  const unpacked = `${ttf}.${process.pid}.tmp`;
  fs.writeFileSync(unpacked, woffToSfnt(fs.readFileSync(woff)));
  if (sha256(unpacked) !== FONT.ttfSha256) {
    fs.rmSync(unpacked, { force: true });
    throw new FontUnavailableError('unpacking the WOFF gave an unexpected TrueType file');
  }
  fs.renameSync(unpacked, ttf);
  return ttf;
}

async function fetchWoff(dir: string): Promise<string> {
  const override = process.env.CJK_FONT_PATH;
  if (override) {
    if (!fs.existsSync(override)) throw new FontUnavailableError(`CJK_FONT_PATH ${override} does not exist`);
    if (sha256(override) !== FONT.sha256) throw new FontUnavailableError(`CJK_FONT_PATH ${override} is not the expected file (hash differs)`);
    return override;
  }
  const target = path.join(dir, path.basename(FONT.file));
  if (fs.existsSync(target) && sha256(target) === FONT.sha256) return target;
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
