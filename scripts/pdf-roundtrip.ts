// npm run pdf:roundtrip: prints every table-bearing Word fixture to PDF under the layouts of
// scripts/pdf-roundtrip/variants.ts (soffice), reads the .docx and each .pdf through ingest and the
// parser, and counts the items (keyed as the accuracy harness keys them) each PDF reading loses or
// gains against the .docx reading. Needs LibreOffice, so it is not part of npm test.
// Options: --only name,name (fixtures whose name starts so) --variant name,name --keep DIR (keep files) --all (list every item);
// --fixture writes tests/ingest/pdfprop/header-levels.pdf (scripts/pdf-roundtrip/fixture.ts) instead.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ingest } from '../src/ingest/index.js';
import { parseDocument } from '../src/parse/index.js';
import { biqiaoDocx } from './accuracy-files/biqiao.js';
import { biyuanDocx } from './accuracy-files/biyuan.js';
import { eshanDocx } from './accuracy-files/eshan.js';
import { futangDocx } from './accuracy-files/futang.js';
import { lupingDocx } from './accuracy-files/luping.js';
import { mengxiuDocx } from './accuracy-files/mengxiu.js';
import { mochuanDocx } from './accuracy-files/mochuan.js';
import { naiaoDocx } from './accuracy-files/naiao.js';
import { officeReportDocx } from './accuracy-files/office-report.js';
import { ouquanDocx } from './accuracy-files/ouquan.js';
import { printToPdf } from './accuracy-files/print-pdf.js';
import { qindai } from './accuracy-files/qindai.js';
import { suli } from './accuracy-files/suli.js';
import { yingxuDocx } from './accuracy-files/yingxu.js';
import { zaopiDocx } from './accuracy-files/zaopi.js';
import { zhulanDocx } from './accuracy-files/zhulan.js';
import { differenceOf, itemKeys } from './pdf-roundtrip/compare.js';
import { fixtureDocx } from './pdf-roundtrip/fixture.js';
import { VARIANTS } from './pdf-roundtrip/variants.js';

const ACCURACY = new URL('../tests/accuracy/', import.meta.url).pathname;

/** The fixtures printed to PDF for the accuracy harness, rebuilt as the Word files they were printed from. */
const PRINTED: Record<string, () => Promise<Buffer>> = {
  'biqiao-2016-fy-plan': biqiaoDocx,
  'biyuan-2019-fy-plan': biyuanDocx,
  'eshan-2011-h1-review': eshanDocx,
  'futang-2011-communique': futangDocx,
  'luping-2010-m10-analysis': lupingDocx,
  'mengxiu-2012-h1': mengxiuDocx,
  'mochuan-2021-m8-analysis': mochuanDocx,
  'naiao-2021-h1-review': naiaoDocx,
  'ouquan-2012-m9-analysis': ouquanDocx,
  'qindai-2023-h1': () => officeReportDocx(qindai),
  'suli-2021-m10-projects': () => officeReportDocx(suli),
  'yingxu-2017-q3-analysis': yingxuDocx,
  'zaopi-2012-fy-review': zaopiDocx,
  'zhulan-2022-h1': zhulanDocx,
};

function option(flag: string): string[] | undefined {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : (process.argv[at + 1] ?? '').split(',').filter(Boolean);
}

async function sources(only: string[] | undefined): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const wanted = (name: string) => !only || only.some((o) => name.startsWith(o));
  for (const file of readdirSync(ACCURACY)
    .filter((f) => f.endsWith('.docx'))
    .sort()) {
    const name = file.slice(0, -5);
    if (wanted(name)) out.set(name, readFileSync(join(ACCURACY, file)));
  }
  for (const [name, build] of Object.entries(PRINTED)) if (wanted(name)) out.set(name, await build());
  return out;
}

async function rewriteDocx(docx: Buffer, rewrite: (xml: string) => string): Promise<Buffer | null> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file('word/document.xml');
  if (!part) return null;
  const xml = await part.async('string');
  if (!xml.includes('<w:tbl>')) return null;
  zip.file('word/document.xml', rewrite(xml));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** soffice over the files in a few parallel instances, each with its own profile (one profile serves one process). */
async function printAll(dir: string, files: string[], instances = 4): Promise<void> {
  const chunks = Array.from({ length: instances }, (_, i) => files.filter((_, k) => k % instances === i));
  await Promise.all(
    chunks
      .filter((c) => c.length > 0)
      .map(
        (chunk, i) =>
          new Promise<void>((resolve, reject) => {
            const profile = `-env:UserInstallation=file://${join(dir, `profile-${i}`)}`;
            const run = spawn(
              'soffice',
              [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...chunk],
              {
                stdio: 'ignore',
              },
            );
            run.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`soffice exited ${code}`))));
          }),
      ),
  );
}

async function readKeys(bytes: Buffer, name: string): Promise<string[]> {
  const ingested = await ingest(bytes, { name });
  if (!ingested.document) return [];
  return itemKeys(parseDocument(ingested.document, { sourceName: name, sha256: '' }).report);
}

async function main(): Promise<void> {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error) {
    console.log('soffice not found: install LibreOffice to run the PDF round trip');
    return;
  }
  if (process.argv.includes('--fixture')) {
    const out = new URL('../tests/ingest/pdfprop/', import.meta.url).pathname;
    mkdirSync(out, { recursive: true });
    printToPdf(await fixtureDocx(), 'header-levels', out);
    console.log(`wrote ${out}header-levels.pdf`);
    return;
  }
  const variants = VARIANTS.filter((v) => !option('--variant') || option('--variant')?.includes(v.name));
  const keep = option('--keep')?.[0];
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'pdf-roundtrip-'));
  mkdirSync(dir, { recursive: true });
  const docs = await sources(option('--only'));
  const files: string[] = [];
  const references = new Map<string, string[]>();
  for (const [name, docx] of docs) {
    for (const v of variants) {
      const rewritten = await rewriteDocx(docx, v.rewrite);
      if (!rewritten) continue;
      const file = join(dir, `${name}--${v.name}.docx`);
      writeFileSync(file, rewritten);
      files.push(file);
    }
    if (files.some((f) => f.includes(`/${name}--`)))
      references.set(name, await readKeys(docx, `${name}.docx`));
  }
  await printAll(dir, files);
  const all = process.argv.includes('--all');
  const lines: string[] = [`${references.size} table-bearing Word fixtures × ${variants.length} layouts`];
  for (const v of variants) {
    let items = 0;
    const details: string[] = [];
    for (const [name, reference] of references) {
      const pdf = readFileSync(join(dir, `${name}--${v.name}.pdf`));
      const diff = differenceOf(reference, await readKeys(pdf, `${name}.pdf`));
      const n = diff.lost.length + diff.gained.length;
      if (n === 0) continue;
      items += n;
      const shown = [...diff.lost.map((k) => `- ${k}`), ...diff.gained.map((k) => `+ ${k}`)];
      details.push(`    ${name}: ${n}`, ...(all ? shown : shown.slice(0, 1)).map((s) => `      ${s}`));
    }
    lines.push(`${v.name.padEnd(18)} ${String(items).padStart(4)} items differ  (${v.imitates})`, ...details);
  }
  console.log(lines.join('\n'));
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

await main();
