// Golden fixture pairs: tests/fixtures/<name>.txt and a hand-checked <name>.expected.json summary.
// UPDATE_FIXTURES=1 rewrites the summaries; review the diff by hand before keeping it.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.js';
import type { ParseResult } from '../../src/parse/types.js';

const FIXTURES = [
  'hexi-2021-q1',
  'nanhu-2019-m1-9',
  'beiling-2022-h1',
  'xishan-2022-q3',
  'qinghe-2021-fy',
  'suzhou-2023-h1',
  // The genre's siblings (invented places and figures, in the forms real pages use: docs/genres.md).
  'qingchuan-2022-fy-draft',
  'yunling-2023-h1-stats',
  'qingchuan-2021-h1-review',
  'shimen-2021-communique',
  'yunling-2022-q3-news',
  'qingchuan-2023-m1-5-untitled',
];
const url = (file: string) => new URL(`../fixtures/${file}`, import.meta.url);

/** The parts of a parse worth pinning by hand: not every fact, but everything the API leads with. */
function summarise(result: ParseResult) {
  const report = result.report;
  if (!report) return { problems: result.problems.map((p) => p.code) };
  const { sha256: _sha, ...meta } = report.meta;
  return {
    meta,
    problems: result.problems.map((p) => `${p.severity}:${p.code}@${p.line}`),
    table: report.table && {
      layout: report.table.layout,
      roles: report.table.columns.map((c) => c.role),
      rowCount: report.table.rowCount,
    },
    indicators: report.indicators.map((i) => `${i.code}|${i.name}|${i.unit ?? ''}|${i.known}`),
    targets: report.targets.map(
      (t) =>
        `${t.indicatorCode}|${t.kind}|${t.setBy}|${t.horizon}|${t.comparator} ${t.value}${t.unit ?? ''}|${t.attainment}`,
    ),
    observations: report.observations.map(
      (o) =>
        `${o.source}|${o.indicatorCode}|${o.measure}|${o.quantity ? `${o.quantity.value}${o.quantity.unit}` : o.text}`,
    ),
    rankings: report.rankings.map(
      (r) => `${r.source}|${r.indicatorCode}|${r.subject}|${r.rank}/${r.of}|${r.scope}`,
    ),
    projects: report.projects.map(
      (p) =>
        `${p.name}: ${p.mentions.map((m) => `${m.phase} ${m.plannedInvestment} ${m.completedInvestment} ${m.status}`).join('; ')}`,
    ),
    sections: report.sections
      .filter((s) => s.level < 3)
      .map((s) => `${s.level}|${s.number}|${s.phase}|${s.title}`),
  };
}

describe.each(FIXTURES)('fixture %s', (name) => {
  const bytes = readFileSync(url(`${name}.txt`));
  const result = parseReport(bytes, { sourceName: `${name}.txt` });
  const summary = summarise(result);

  it('matches its expected summary', () => {
    if (process.env.UPDATE_FIXTURES)
      writeFileSync(url(`${name}.expected.json`), `${JSON.stringify(summary, null, 2)}\n`);
    expect(summary).toEqual(JSON.parse(readFileSync(url(`${name}.expected.json`), 'utf8')));
  });

  it('keeps every span exact', () => {
    const source = new TextDecoder().decode(bytes);
    const report = result.report;
    expect(report).not.toBeNull();
    for (const s of report?.sentences ?? []) expect(source.slice(s.start, s.end)).toBe(s.text);
    for (const f of report?.facts ?? [])
      expect(source.slice(f.provenance.start, f.provenance.end)).toBe(f.quantity.raw);
  });
});

describe('GBK input', () => {
  it('decodes a GBK copy with a warning and parses it like the UTF-8 one', () => {
    const gbk = parseReport(readFileSync(url('hexi-2021-q1.gbk.txt')), { sourceName: 'gbk' });
    const utf8 = parseReport(readFileSync(url('hexi-2021-q1.txt')), { sourceName: 'utf8' });
    expect(gbk.problems[0]).toMatchObject({ code: 'decoded-gbk', severity: 'warning' });
    expect(gbk.problems.slice(1)).toEqual(utf8.problems);
    expect({ ...summarise(gbk), problems: [] }).toEqual({ ...summarise(utf8), problems: [] });
  });
});
