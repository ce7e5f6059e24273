// The parser's public facade: bytes or text in, a ParsedReport and the problems found out. Never throws.

import { createHash } from 'node:crypto';
import type { SourceDocument } from '../ingest/types.js';
import { catalogueEntry } from './catalogue.js';
import { decodeBytes } from './decode.js';
import { splitLines } from './lines.js';
import { isGenericRegion, readSourceLine, readTitle, regionIn } from './meta.js';
import { foldWidth } from './normalise.js';
import { readProjects } from './projects.js';
import { groupSize, readProse } from './prose.js';
import { rules } from './rules.js';
import { readStructure, type Structure } from './structure.js';
import { readTables } from './table-rows.js';
import { judge } from './targets.js';
import type { Observation, ParseResult, Problem, Ranking, Target } from './types.js';

export type * from './types.js';

interface ParseOptions {
  sourceName: string;
}

export interface DocumentParseOptions extends ParseOptions {
  /** sha256 of the original bytes. */
  sha256: string;
  /** Region and period supplied by the user (--region, --period) for a text that does not name them. */
  region?: string;
  period?: string;
}

/** Parses a document from the ingest stage (any file format) into a report. */
export function parseDocument(document: SourceDocument, options: DocumentParseOptions): ParseResult {
  return parseReportText(document.text, options);
}

export function parseReport(bytes: Uint8Array, options: ParseOptions): ParseResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeBytes(bytes);
  if (decoded.text === null) return { report: null, problems: decoded.problems };
  const result = parseReportText(decoded.text, { ...options, sha256 });
  return { report: result.report, problems: [...decoded.problems, ...result.problems] };
}

export function parseReportText(text: string, options: ParseOptions & { sha256?: string }): ParseResult {
  try {
    return parseText(text, options.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'));
  } catch (error) {
    // A bug must not take the loader down with it: report it as a problem with this file.
    return {
      report: null,
      problems: [
        {
          code: 'internal-error',
          severity: 'error',
          message: `the parser failed on ${options.sourceName}: ${(error as Error).message}`,
          line: null,
        },
      ],
    };
  }
}

function parseText(source: string, sha256: string): ParseResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') {
    return {
      report: null,
      problems: [{ code: 'empty-input', severity: 'error', message: 'no text', line: null }],
    };
  }
  const { folded, lines } = splitLines(text);
  const title = readTitle(lines);
  if (!title) {
    return {
      report: null,
      problems: [
        {
          code: 'not-a-report',
          severity: 'error',
          message: 'no title naming a 国民经济和社会发展计划执行情况 report was found',
          line: null,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const sourceLine = readSourceLine(lines);
  // A title without the place (2022年上半年…的报告, the place being in the page's banner): the
  // publisher usually names it (某某县发展和改革局).
  const region = title.region || (sourceLine?.publisher ? (regionIn(sourceLine.publisher) ?? '') : '');
  if (!region) {
    return {
      report: null,
      problems: [
        {
          code: 'no-region',
          severity: 'error',
          message: 'neither the title nor the publisher names the region the report is about',
          line: title.line.number,
        },
      ],
    };
  }
  const skip = new Set<number>(sourceLine?.lines.map((line) => line.number) ?? []);
  const structure = readStructure(text, folded, lines, skip, title.line.number);
  problems.push(...structure.problems);
  const table = readTables(structure.tables, region);
  problems.push(...table.problems);
  const prose = readProse(text, folded, structure.sentences, structure.sections, title.year);
  const observations: Observation[] = [...table.observations, ...prose.observations];

  const growthOf = (o: Observation) => o.indicatorCode === 'gdp' && o.measure === 'growth' && o.quantity;
  const gdp = table.observations.find(growthOf) ?? prose.observations.find(growthOf);
  const partYear = !title.period.endsWith('-FY');
  const targets: Target[] = table.targets.map(({ target, value, rowKey }) => {
    const judged = judge({ ...value, horizon: target.horizon }, table.rowActuals.get(rowKey) ?? [], {
      direction: catalogueEntry(target.indicatorCode)?.direction ?? 'higher-is-better',
      growth: gdp?.quantity?.value ?? null,
      partYear,
    });
    return { ...target, attainment: judged.attainment, attainmentReason: judged.reason };
  });
  // Goals in the plan part: for the rest of this year in a part-year report, for the next year in a
  // full-year one (whose plan part is next year's plan), so those cannot be judged here.
  // What a goal is judged against: the indicator's own figures, not its share of the plan or its gaps.
  const actualsOf = (code: string) =>
    observations.filter((o) => o.indicatorCode === code && !COMPARED.has(o.measure));
  const stated = [...targets, ...prose.targets.map((t) => t.target)].filter((t) => !t.derived);
  for (const { target, value, horizon: written, actual } of prose.targets) {
    // A plan derived from a gap or a share that the report also states is that target, not a second one.
    if (target.derived && stated.some((t) => sameTarget(t, target))) continue;
    const horizon = written ?? (partYear ? 'full-year' : 'next-year');
    const judged =
      horizon === 'next-year'
        ? { attainment: 'unknown' as const, reason: 'a goal for the next year: this report cannot judge it' }
        : judge({ ...value, horizon }, actual ? [actual] : actualsOf(target.indicatorCode), {
            direction: catalogueEntry(target.indicatorCode)?.direction ?? 'higher-is-better',
            growth: gdp?.quantity?.value ?? null,
            partYear,
          });
    targets.push({
      ...target,
      setBy: region,
      horizon,
      attainment: judged.attainment,
      attainmentReason: judged.reason,
    });
  }

  applyTableNotes(structure, table.rankings);

  const indicators = [...table.indicators];
  for (const ref of prose.indicators) if (!indicators.some((i) => i.code === ref.code)) indicators.push(ref);
  const parentRegion =
    title.parentRegion ??
    table.parentRegion ??
    prose.rankings.find(
      (r) => /(?:市|州|盟|地区)$/.test(r.scope) && r.scope !== region && !isGenericRegion(r.scope),
    )?.scope ??
    null;

  return {
    report: {
      meta: {
        title: title.title,
        genre: 'plan-execution',
        region,
        parentRegion,
        year: title.year,
        period: title.period,
        periodLabel: title.periodLabel,
        publisher: sourceLine?.publisher ?? null,
        publishedAt: sourceLine?.publishedAt ?? null,
        sha256,
      },
      sourceText: text,
      sections: structure.sections,
      sentences: structure.sentences,
      table: structure.tables[0]?.read.table ?? null,
      indicators,
      observations,
      targets,
      rankings: [...table.rankings, ...prose.rankings],
      projects: readProjects(text, folded, structure.sentences, structure.sections),
      facts: prose.facts,
    },
    problems,
  };
}

/** Measures that compare an indicator with something else rather than report it. */
const COMPARED = new Set<Observation['measure']>([
  'share',
  'comparison',
  'change',
  'two-year-average-growth',
]);

/** Whether a stated target has the value a derived one computes (to the rounding of the text). */
type TargetValueOf = Pick<Target, 'indicatorCode' | 'value' | 'unit'>;

function sameTarget(stated: TargetValueOf, derived: TargetValueOf): boolean {
  if (stated.indicatorCode !== derived.indicatorCode || stated.unit !== derived.unit) return false;
  if (stated.value === null || derived.value === null) return false;
  return Math.abs(stated.value - derived.value) <= Math.max(0.05, Math.abs(stated.value) * 0.005);
}

/**
 * 注：排名为全市6个县（市、区）排名 under a table: the size of the group its rank column ranks in,
 * for the table's rankings that do not say it themselves.
 */
function applyTableNotes(structure: Structure, rankings: Ranking[]): void {
  for (const placed of structure.tables) {
    const last = placed.rowSentences.at(-1);
    if (last === undefined) continue;
    const after = structure.sentences.slice(last + 1).find((s) => s.kind === 'prose');
    const note = after ? foldWidth(after.text).trim() : '';
    const of = rules.tableNote.test(note) ? groupSize(note) : null;
    if (of === null) continue;
    const rows = new Set(placed.rowSentences);
    for (const ranking of rankings)
      if (ranking.of === null && rows.has(ranking.provenance.sentenceIndex)) ranking.of = of;
  }
}
