// npm run coverage -- [--region R] [--period P] [--leads KIND] [--json] PATH...
// Parses every report under the given files and folders (any format the loader reads) and prints
// what it left unread (scripts/coverage/unread.ts): for piles of real pages that have no answer
// files and must not enter the repository. Counts per file, totals, then the leads themselves.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPORT_EXTENSIONS } from '../src/cli/sources.js';
import { ingest } from '../src/ingest/index.js';
import { parseDocument } from '../src/parse/index.js';
import { type Coverage, coverageOf, LEAD_KINDS, type LeadKind } from './coverage/unread.js';

const usage = 'usage: npm run coverage -- [--region R] [--period P] [--leads KIND[,KIND]] [--json] PATH...';
const argv = process.argv.slice(2);
const options: { region?: string; period?: string; leads?: LeadKind[]; json: boolean } = {
  json: false,
};
const paths: string[] = [];
for (let k = 0; k < argv.length; k++) {
  const arg = argv[k] ?? '';
  if (arg === '--json') options.json = true;
  else if (arg === '--region' || arg === '--period' || arg === '--leads') {
    const value = argv[++k];
    if (value === undefined) fail(`${arg} needs a value`);
    if (arg === '--leads') {
      const kinds = value.split(',');
      const bad = kinds.filter((x) => !(LEAD_KINDS as readonly string[]).includes(x));
      if (bad.length > 0) fail(`unknown lead kind ${bad.join(', ')}; kinds: ${LEAD_KINDS.join(', ')}`);
      options.leads = kinds as LeadKind[];
    } else options[arg === '--region' ? 'region' : 'period'] = value;
  } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else paths.push(arg);
}
if (paths.length === 0) fail('no files or folders given');

function fail(message: string): never {
  console.error(`${message}; ${usage}`);
  process.exit(2);
}

// What a folder walk picks up: the formats the loader reads, the seed CLI's own list (a file named on the
// command line is always tried, whatever its name).
const readable = (name: string) => REPORT_EXTENSIONS.includes(path.extname(name).toLowerCase());

function filesUnder(p: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(p);
  } catch {
    fail(`no such file or folder: ${p}`);
  }
  if (!stat.isDirectory()) return [p];
  return readdirSync(p)
    .filter((name) => !name.startsWith('.'))
    .filter((name) => statSync(path.join(p, name)).isDirectory() || readable(name))
    .sort()
    .flatMap((name) => filesUnder(path.join(p, name)));
}

interface FileCoverage {
  file: string;
  meta: string | null;
  problems: string[];
  coverage: Coverage | null;
}

const results: FileCoverage[] = [];
for (const file of paths.flatMap(filesUnder)) {
  const bytes = readFileSync(file);
  const ingested = await ingest(bytes, { name: path.basename(file) });
  const problems = ingested.problems.map((p) => `${p.code}: ${p.message}`);
  if (!ingested.document) {
    results.push({ file, meta: null, problems, coverage: null });
    continue;
  }
  const parsed = parseDocument(ingested.document, {
    sourceName: path.basename(file),
    sha256: '',
    region: options.region,
    period: options.period,
  });
  problems.push(...parsed.problems.map((p) => `${p.code}: ${p.message}`));
  const report = parsed.report;
  results.push({
    file,
    meta: report ? `${report.meta.genre} ${report.meta.region} ${report.meta.period}` : null,
    problems,
    coverage: report ? coverageOf(report) : null,
  });
}

if (options.json) {
  console.log(JSON.stringify(results, null, 2));
  process.exit(0);
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((a / b) * 100).toFixed(1)}%`);
const out: string[] = [
  '| file | meta | figures | covered | facts | obs | targets | ranks | projects | leads |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
const total = { figures: 0, covered: 0, refused: 0, leads: new Map<LeadKind, number>() };
for (const r of results) {
  const c = r.coverage;
  if (!c) {
    total.refused++;
    out.push(`| ${r.file} | refused: ${r.problems.join('; ')} | | | | | | | | |`);
    continue;
  }
  total.figures += c.figures;
  total.covered += c.covered;
  for (const l of c.leads) total.leads.set(l.kind, (total.leads.get(l.kind) ?? 0) + 1);
  out.push(
    `| ${r.file} | ${r.meta} | ${c.figures} | ${pct(c.covered, c.figures)} | ${c.facts} | ${c.observations} | ${c.targets} | ${c.rankings} | ${c.projects} | ${c.leads.length} |`,
  );
}
out.push(
  '',
  `${results.length} files, ${total.refused} refused; figures with a unit covered by a fact: ${total.covered}/${total.figures} (${pct(total.covered, total.figures)})`,
  `leads: ${LEAD_KINDS.map((k) => `${k} ${total.leads.get(k) ?? 0}`).join(', ')}`,
);
for (const kind of options.leads ?? LEAD_KINDS) {
  const leads = results.flatMap((r) =>
    (r.coverage?.leads ?? []).filter((l) => l.kind === kind).map((l) => ({ ...l, file: r.file })),
  );
  if (leads.length === 0) continue;
  out.push('', `${kind}:`);
  for (const l of leads)
    out.push(`  ${path.basename(l.file)}:${l.line}  ${l.what ? `[${l.what}] ` : ''}${l.sentence}`);
}
console.log(out.join('\n'));
