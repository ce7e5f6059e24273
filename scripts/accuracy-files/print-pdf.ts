// Prints a Word file to PDF with LibreOffice, as an office prints its report for the site, or saves it
// as a Word 97–2003 file (.doc), as older sites still attach them.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `<outDir><name>.pdf` from a Word file; false when soffice is not installed. */
export function printToPdf(docx: Buffer, name: string, outDir: string): boolean {
  return convertWord(docx, name, outDir, 'pdf');
}

/** Whether fontconfig knows a font with Chinese glyphs (fonts-noto-cjk on Debian). */
function hasCjkFont(): boolean {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return !list.error && list.stdout.trim() !== '';
}

/** Writes `<outDir><name>.<format>` (pdf, or doc for Word 97–2003) from a Word file; false without soffice.
 * A PDF is refused when no Chinese font is installed: soffice would still print one, with every Chinese
 * glyph drawn as one fallback character, and the fixture would test nothing (session 31 committed such a
 * file once). */
export function convertWord(docx: Buffer, name: string, outDir: string, format: 'pdf' | 'doc'): boolean {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error) return false;
  if (format === 'pdf' && !hasCjkFont()) {
    throw new Error(
      `no Chinese font installed (fc-list :lang=zh is empty): ${name}.pdf would print every Chinese glyph as one character; install fonts-noto-cjk`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'accuracy-pdf-'));
  try {
    writeFileSync(join(dir, `${name}.docx`), docx);
    const run = spawnSync(
      'soffice',
      ['--headless', '--convert-to', format, '--outdir', dir, join(dir, `${name}.docx`)],
      { stdio: 'ignore' },
    );
    if (run.status !== 0) throw new Error(`soffice failed on ${name}.docx (status ${run.status})`);
    copyFileSync(join(dir, `${name}.${format}`), `${outDir}${name}.${format}`);
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `<outDir><name>.<format>` (pdf by default) from a Word file; without soffice it says so and
 * leaves the committed file as it is. */
export function convertOrKeep(
  docx: Buffer,
  name: string,
  outDir: string,
  format: 'pdf' | 'doc' = 'pdf',
): void {
  if (!convertWord(docx, name, outDir, format)) {
    console.log(`soffice not found: ${name}.${format} not rebuilt, the committed file is left as it is`);
  }
}
