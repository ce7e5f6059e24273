// Prints a Word file to PDF with LibreOffice, as an office prints its report for the site.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `<outDir><name>.pdf` from a Word file; false when soffice is not installed. */
export function printToPdf(docx: Buffer, name: string, outDir: string): boolean {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error) return false;
  const dir = mkdtempSync(join(tmpdir(), 'accuracy-pdf-'));
  try {
    writeFileSync(join(dir, `${name}.docx`), docx);
    const run = spawnSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.docx`)],
      { stdio: 'ignore' },
    );
    if (run.status !== 0) throw new Error(`soffice failed on ${name}.docx (status ${run.status})`);
    copyFileSync(join(dir, `${name}.pdf`), `${outDir}${name}.pdf`);
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
