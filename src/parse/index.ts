// The parser's public facade: bytes or text in, a ParsedReport and the problems found out. Never throws.

import { createHash } from 'node:crypto';
import type { SourceDocument, Span, TableBlock } from '../ingest/types.js';
import { withoutAuditFindings } from './audit-findings.js';
import { bracketedPlanGoals } from './bracketed-plan-goals.js';
import { catalogueEntry } from './catalogue.js';
import { withoutCellCopyFacts, withoutGoalCopyProjects } from './cell-copy-facts.js';
import { chartLabelLines } from './chart-labels.js';
import { comparedGoals } from './compared-goal.js';
import { decodeBytes } from './decode.js';
import { sameTarget } from './derived-targets.js';
import { evaluationProposals } from './evaluation-proposals.js';
import { withFigurePeriods } from './figure-period.js';
import { forecastMetIndicators, withForecastVerdicts } from './forecast-goal-verdict.js';
import { replyLines } from './forum-replies.js';
import { gapBracketedGoals } from './gap-bracketed-goal.js';
import { type Line, splitLines } from './lines.js';
import { isMemberProposal } from './member-proposal.js';
import { isGenericRegion } from './meta.js';
import { foldWidth } from './normalise.js';
import { planAverageGoals } from './plan-average-goal.js';
import { planGoalGaps } from './plan-goal-gap.js';
import { insideNamedGoal, planNamedGoals } from './plan-named-goals.js';
import { readProjects } from './projects.js';
import { readProse } from './prose.js';
import { bareParent, restoreBareParent } from './prose-bare-parent.js';
import { withoutRestatedLevels } from './prose-goal-restated-unit.js';
import { parentScopeWord } from './prose-rank-group.js';
import { type MetaOptions, resolveMeta } from './report-meta.js';
import { revisedGoals, withRevisedGoals } from './revised-goals.js';
import { StatedGoals } from './stated-goals.js';
import { readStructure, type Structure } from './structure.js';
import type { TableBlockLines } from './table.js';
import { withoutTitlePeriodRanks, withTitlePeriods } from './table-caption-period.js';
import { declineDirection } from './table-decline-row.js';
import { withEarlierColumnPeriods, withoutEarlierColumnRanks } from './table-earlier-columns.js';
import { lastYearObservations } from './table-last-year-columns.js';
import { withMonthColumnPeriods } from './table-month-columns.js';
import {
  classScopeSize,
  definedGroup,
  groupFor,
  type NoteGroup,
  noteAccountingParent,
  noteGroups,
  proseRankGroup,
  scopeWordGroup,
  tableNoteAfter,
} from './table-note-groups.js';
import { applyNoteMoves } from './table-note-moves.js';
import { withoutProseRestated, withoutRowRestated } from './table-prose-restated.js';
import { scopesFromProse } from './table-rank-scopes.js';
import { withReportYearColumns } from './table-report-year-column.js';
import { withRowPeriods } from './table-row-period.js';
import { readTableProjects, readTables } from './table-rows.js';
import { withoutSectorRestated } from './table-sector-restated.js';
import { writtenComparator } from './table-target-comparator.js';
import { TargetConfirmations } from './target-confirmations.js';
import { floorBesideTablePlan, restatedShareGoal } from './target-repeated.js';
import { restatesTablePlan } from './target-restated.js';
import { judge } from './targets.js';
import { readTaskTableProjects } from './task-table-projects.js';
import type { Observation, ParseResult, Ranking, Target } from './types.js';
import { verdictBracketedGoals } from './verdict-bracketed-goal.js';
import { withoutRestatedWordGoals } from './word-goal-restated.js';
import { writtenIntensityDirection } from './written-intensity-direction.js';
import { yearGoalGaps } from './year-goal-gap.js';
import { zoneSelfMasked } from './zone-self.js';

export type { MetaOptions } from './report-meta.js';
export type * from './types.js';

interface ParseOptions {
  sourceName: string;
}

export interface DocumentParseOptions extends ParseOptions {
  /** sha256 of the original bytes. */
  sha256: string;
  /**
   * Region and period supplied by the user (--region, --period): they fill what the text does not
   * say and win over what it does. The period is written 2022-H1, 2022-Q1, 2022-Q3, 2022-FY, 2022-M1-5.
   */
  region?: string;
  period?: string;
}

/**
 * Parses a document from the ingest stage (any file format) into a report. Its table blocks are read
 * as tables where they stand, whether or not a caption or a header the text reader knows heads them.
 */
export function parseDocument(document: SourceDocument, options: DocumentParseOptions): ParseResult {
  const tables = document.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const result = parseReportText(document.text, { ...options, hints: document.hints }, tables);
  const copies = document.blocks.filter((b) => b.kind !== 'table' && b.fromCell);
  if (result.report && copies.length > 0) {
    result.report.facts = withoutCellCopyFacts(result.report.facts, copies);
    const goals = copies.filter((b) => b.kind !== 'table' && b.fromCell === 'goal');
    result.report.projects = withoutGoalCopyProjects(result.report.projects, goals);
  }
  return result;
}

/** Parses a plain-text file's bytes; options may carry the user's --region/--period. */
export function parseReport(bytes: Uint8Array, options: ParseOptions & MetaOptions): ParseResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeBytes(bytes);
  if (decoded.text === null) return { report: null, problems: decoded.problems };
  const result = parseReportText(decoded.text, { ...options, sha256 });
  return { report: result.report, problems: [...decoded.problems, ...result.problems] };
}

export function parseReportText(
  text: string,
  options: ParseOptions & MetaOptions & { sha256?: string },
  tables: readonly Span[] = [],
): ParseResult {
  try {
    const sha256 = options.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex');
    return parseText(text, sha256, options, tables);
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

function parseText(
  source: string,
  sha256: string,
  options: MetaOptions,
  tables: readonly Span[],
): ParseResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') {
    return {
      report: null,
      problems: [{ code: 'empty-input', severity: 'error', message: 'no text', line: null }],
    };
  }
  const { folded, lines } = splitLines(text);
  const { resolved, problems } = resolveMeta(lines, options);
  if (!resolved) return { report: null, problems };
  const { meta, skip, titleLine, evaluation } = resolved;
  const region = meta.region;
  // Readers' replies under a forum copy and a printed chart's data labels are dropped as the meta
  // stage's furniture is.
  const dropped = new Set([...skip, ...replyLines(lines), ...chartLabelLines(lines)]);
  const structure = readStructure(text, folded, lines, dropped, titleLine, tableLines(lines, tables));
  problems.push(...structure.problems);
  // Array.from, not .map: an optimized parseText's .map gives a holey array, and readTables, reading it, deoptimized.
  const tableNotes = Array.from(structure.tables, (placed) => tableNote(structure, placed, lines));
  // 2021年 … 2025年 in a 统计手册 sheet on 2025: the report's year's column is its levels (fix287).
  const table = readTables(
    withReportYearColumns(structure.tables, meta.year),
    region,
    meta.year,
    tableNotes,
    meta.period.endsWith('-FY'),
    meta.genre === 'statistics-analysis',
  );
  problems.push(...table.problems);
  // 列宜春第5, 高于宜春0.1个百分点: a parent named bare is read as the 全市 it stands for, then named again.
  const bare = bareParent(folded, region);
  // 园区规模以上工业企业营业收入 in a zone's own report: the zone's own figure (fix213).
  const zoneSelf = zoneSelfMasked(bare?.masked ?? folded, region);
  const prose = readProse(
    text,
    zoneSelf ?? bare?.masked ?? folded,
    structure.sentences,
    structure.sections,
    meta.year,
    region,
    meta.period,
    table.indicators.map((indicator) => indicator.name),
    meta.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : null,
  );
  if (bare) restoreBareParent(bare, folded, prose);
  // 基金收入5560万元 under 三、专项资金审计情况 in an audit report: the audit's amounts, facts only (fix377).
  // 52.46亿斤（262.3万吨）: the bracket restates the level before it, one level (fix377).
  const proseObservations = withoutAuditFindings(
    withoutRestatedLevels(
      withFigurePeriods(prose.observations, folded, structure.sentences, meta.period),
      folded,
    ),
    meta.title,
    structure.sections,
  );
  // 8月本月 and 1—7月 columns beside the report's period's, rows named 城镇居民人均可支配收入（前三季度）
  // or marked ① where the table's 注 gives the mark a period, and tables titled 某县2024年1—6月主要经济指标
  // (an earlier issue's sheet): that month's or period's figures.
  const tableOwn = withTitlePeriods(
    withRowPeriods(
      withEarlierColumnPeriods(
        withMonthColumnPeriods(table.observations, structure.tables, meta.period),
        structure.tables,
        meta.period,
      ),
      structure.tables,
      meta.period,
      tableNotes,
      lines,
    ),
    structure.tables,
    lines,
    meta.period,
  );
  const tableRankings = withoutTitlePeriodRanks(
    withoutEarlierColumnRanks(table.rankings, structure.tables, meta.period),
    structure.tables,
    lines,
    meta.period,
  );
  const tableObservations = [
    ...tableOwn,
    // 上年同期: last year's levels of the same period, beside this period's.
    ...lastYearObservations(structure.tables, table.rowActuals, meta.period),
  ];
  // N under 1—M月完成（万元） beside the prose's X亿元: the prose's figure is the item.
  const observations: Observation[] = [
    ...withoutProseRestated(tableObservations, proseObservations),
    // 甲行业产值A亿元 beside a table's row 甲 with A: the row's item (fix219).
    // 批发和零售业增长a% beside a table's row 批发和零售业 with a: the row's item (fix272).
    ...withoutSectorRestated(withoutRowRestated(proseObservations, tableObservations), tableObservations),
  ];

  const parentRegion =
    meta.parentRegion ??
    table.parentRegion ??
    prose.rankings.find(
      (r) => /(?:市|州|盟|地区)$/.test(r.scope) && r.scope !== region && !isGenericRegion(r.scope),
    )?.scope ??
    bare?.name ??
    null;
  // Targets are judged against the report's own period: a full-year report's 上半年 figure is not its actual.
  const growthOf = (o: Observation) =>
    o.indicatorCode === 'gdp' && o.measure === 'growth' && o.quantity && o.period === undefined;
  const gdp = tableOwn.find(growthOf) ?? proseObservations.find(growthOf);
  const partYear = !meta.period.endsWith('-FY');
  const defaultHorizon = partYear ? 'full-year' : 'next-year';
  // Object.assign({}, a, { new keys }) where a spread would add keys its source lacks: under Node 20's V8 every
  // object `{ ...a, newKey }` gets a hidden class of its own, slow to build and to read (session 31).
  // Array.from, not .map, for the arrays read back below: an optimized parseText's .map builds a holey array where
  // the interpreter built a packed one, and each read of one then deoptimized parseText (session 33).
  // 甲占乙比重 in a plan's goal table and 甲占乙比重达到A% in its prose: one goal, the prose's (restatedShareGoal).
  const proseShareGoals = Array.from(prose.targets, (t) =>
    Object.assign({}, t.target, { horizon: t.horizon }),
  );
  const tableGoals = table.targets.filter(
    ({ target }) => !restatedShareGoal(target, proseShareGoals, defaultHorizon),
  );
  // 高于全部投资 in words: the prose's comparisons, by indicator, gathered once (a filter of every observation
  // a goal cost the square of the rows on a table of thousands of goals: session 40, docs/parser-speed.md).
  const comparisonsOf = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.measure !== 'comparison' || o.period !== undefined) continue;
    const ofCode = comparisonsOf.get(o.indicatorCode);
    if (ofCode) ofCode.push(o);
    else comparisonsOf.set(o.indicatorCode, [o]);
  }
  const targets: Target[] = Array.from(tableGoals, ({ target: read, value: cell, rowKey }) => {
    // 11 in the plan column, 增长11%左右 in the prose: the comparator the prose writes is the cell's.
    const comparator = writtenComparator(read, cell, prose.targets, defaultHorizon);
    const target = { ...read, comparator };
    const value = { ...cell, comparator };
    if (target.horizon === 'next-year')
      return Object.assign({}, target, {
        attainment: 'unknown' as const,
        attainmentReason: NEXT_YEAR_REASON,
      });
    // 2025年目标 with 进展评价 in a plan evaluation: the row's verdict judges it; a share of the way is no verdict.
    if (target.horizon === 'five-year') {
      const verdict = table.rowVerdicts.get(rowKey);
      return Object.assign({}, target, {
        attainment: verdict ?? ('unknown' as const),
        attainmentReason: verdict ? 'the evaluation’s verdict on the row' : FIVE_YEAR_REASON,
      });
    }
    // 高于全部投资 in words: the prose's comparison with that benchmark judges it.
    const comparisons = comparisonsOf.get(target.indicatorCode) ?? [];
    const rowActuals = [...(table.rowActuals.get(rowKey) ?? []), ...comparisons];
    const judged = judge(Object.assign({}, value, { horizon: target.horizon }), rowActuals, {
      // 万元GDP能耗降低 | % | 4.5 | 5.2: a fall's plan is met by a deeper fall (table-decline-row.ts).
      direction: declineDirection(
        target.indicatorName,
        value.value,
        catalogueEntry(target.indicatorCode)?.direction ?? 'higher-is-better',
      ),
      growth: gdp?.quantity?.value ?? null,
      partYear,
    });
    return Object.assign({}, target, { attainment: judged.attainment, attainmentReason: judged.reason });
  });
  // Goals in the plan part: for the rest of this year in a part-year report, for the next year in a
  // full-year one (whose plan part is next year's plan), so those cannot be judged here.
  // What a goal is judged against: the indicator's own figures, not its share of the plan or its gaps.
  // judge() itself passes over shares, gaps and other figures that are not the indicator's own.
  // By indicator, gathered once in the observations' order: a filter of every observation a prose goal cost the
  // square on a report of thousands of goals (session 40, docs/parser-speed.md). Nothing below touches
  // `observations` before the loop of prose goals, the one reader, and judge reads the list without a copy.
  const actualsByCode = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.period !== undefined) continue;
    const ofCode = actualsByCode.get(o.indicatorCode);
    if (ofCode) ofCode.push(o);
    else actualsByCode.set(o.indicatorCode, [o]);
  }
  const actualsOf = (code: string): readonly Observation[] => actualsByCode.get(code) ?? [];
  // 完成年初预算（%） 43.8 in the table beside the prose's 完成年初预算21.6亿元: the plan the table implies is the
  // one the prose states, not a second (session 38, fix261).
  const proseStated = prose.targets.filter((t) => !t.target.derived);
  for (let i = targets.length - 1; i >= 0; i--) {
    const implied = targets[i];
    if (
      implied?.derived &&
      proseStated.some(
        (t) => (t.horizon ?? defaultHorizon) === implied.horizon && sameTarget(t.target, implied),
      )
    )
      targets.splice(i, 1);
  }
  const stated = [
    ...targets,
    ...Array.from(prose.targets, (t) =>
      Object.assign({}, t.target, { horizon: t.horizon ?? defaultHorizon }),
    ),
  ].filter((t) => !t.derived);
  const tablePlans = [...targets];
  // The prose goals kept below, by what repeatsStatedGoal compares: a look-up a goal, not a copy and a pass.
  const proseGoals = new StatedGoals();
  // Whether a verdict in words confirms another target, a look-up a verdict (session 41, docs/parser-speed.md).
  const confirmations = new TargetConfirmations(prose.targets, defaultHorizon);
  const derivedGoals: Target[] = [];
  for (const [index, { target, value, horizon: written, actual, verdict }] of prose.targets.entries()) {
    const horizon = written ?? defaultHorizon;
    // 城镇调查失业率为4.6%，控制在5%的调控目标以内 in a plan outline's mid-term evaluation: the ceiling is the
    // plan's (a five-year goal, which no Horizon holds), neither the year's nor the next's.
    if (evaluation && (horizon === 'full-year' || horizon === 'next-year')) continue;
    if (confirmations.confirms(index, targets)) {
      // 增长A%，完成区人代会批准的与经济增长同步目标 beside a table's word goal (与经济增长同步): the text's own
      // verdict on a goal of no figure overrules judging it by the growths (8.7 against GDP's 9.1, said 基本同步).
      if (verdict) overruleWordGoal(targets.slice(0, tablePlans.length), target.indicatorCode, verdict);
      continue;
    }
    // 居民人均可支配收入增长5.4%，与经济增长基本同步 in a work report's review that states no such goal of the year:
    // a description of the growth, no target (F6054, fix294).
    if (prose.targets[index]?.confirmsOnly) continue;
    // 下半年…完成18亿元以上 beside the table's 全年计划 180000 (万元): the table's plan, written again.
    if (restatesTablePlan(target, horizon, tablePlans)) continue;
    // 年度目标为15% then 全年增长15%以上 in the prose: the goal stated again with a floor, one target
    // (a table's plan and a prose goal are matched by writtenComparator instead).
    // With the goal in a plan table, the floor is a target of its own beside the table's (floorBesideTablePlan).
    if (proseGoals.repeats(target, horizon) && !floorBesideTablePlan(target, horizon, tablePlans)) continue;
    // A plan derived from a gap or a share that the report also states is that target, not a second
    // one; next year's goal of the same value is another year's, and so is a five-year plan's (农村居民人均可支配
    // 收入…高于年度计划0.3个百分点 beside the 十三五's 年均增长10%以上; fixleft39d, F5912).
    const sameYear = (h: string) =>
      (h === 'next-year') === (horizon === 'next-year') && (h === 'five-year') === (horizon === 'five-year');
    if (target.derived && stated.some((t) => sameYear(t.horizon) && sameTarget(t, target, actual))) continue;
    // 比预算增加X万元，完成预算的A%: two derivations of one plan, the gap's exact and the share's rounded (F10042).
    if (target.derived && derivedGoals.some((t) => t.horizon === horizon && sameTarget(t, target, actual)))
      continue;
    const judged = verdict
      ? verdict
      : horizon === 'next-year'
        ? { attainment: 'unknown' as const, reason: NEXT_YEAR_REASON }
        : horizon === 'five-year'
          ? { attainment: 'unknown' as const, reason: FIVE_YEAR_REASON }
          : SHARE_OF_LAST_YEAR.test(target.raw)
            ? {
                attainment: 'unknown' as const,
                reason: 'a share of last year’s level, no growth to judge by',
              }
            : inWorkAheadLead(lines, target.provenance.start)
              ? {
                  attainment: 'unknown' as const,
                  reason: 'a goal for the rest of the year, under 【下一步…】',
                }
              : partYear && value.relativeToGrowth && horizon === 'full-year'
                ? // 确保…，居民收入增长与经济增长同步 in a half-year report's prose: the year's pace, which the part
                  // year's two growths do not settle.
                  { attainment: 'unknown' as const, reason: 'a pace for the whole year, stated in words' }
                : judge(
                    Object.assign({}, value, { horizon, derived: target.derived }),
                    actual ? [actual] : actualsOf(target.indicatorCode),
                    {
                      // 万元地区生产总值能耗…完成市下达的下降3.5%的目标: an intensity's signed fall is judged lower,
                      // the catalogue's binding-goal entry too (F7026, as fix344's F7004).
                      direction: writtenIntensityDirection(
                        target.indicatorName,
                        value.value,
                        catalogueEntry(target.indicatorCode)?.direction ?? 'higher-is-better',
                        target.indicatorCode,
                      ),
                      growth: gdp?.quantity?.value ?? null,
                      partYear,
                    },
                  );
    const kept = Object.assign({}, target, {
      // A goal the higher level set (市下达的全年目标任务是…) is its guidance.
      setBy: target.kind === 'guidance' ? parentRegion : region,
      horizon,
      attainment: judged.attainment,
      attainmentReason: judged.reason,
    });
    targets.push(kept);
    proseGoals.add(kept);
    if (kept.derived) derivedGoals.push(kept);
  }

  // ——甲增长A%左右（年均增长B%左右）； under 括号内为“十五五”时期目标: each bracket its item's five-year goal (fix262).
  const bracketed = bracketedPlanGoals(folded, targets, FIVE_YEAR_REASON);
  if (bracketed.added > 0) targets.splice(0, targets.length, ...bracketed.targets);

  // 距“十一五”规划确定的2010年甲达到X亿元的目标还有差距: the plan's goal for its last year (fixtail38a).
  for (const goal of planGoalGaps(folded, structure.sentences, region, FIVE_YEAR_REASON))
    if (!targets.some((t) => t.indicatorCode === goal.indicatorCode && t.horizon === 'five-year'))
      targets.push(goal);

  // 与规划提出的2006年达到2450元的目标还有差距: the report year's goal, quoted after its result, missed (F7933).
  for (const goal of yearGoalGaps(folded, structure.sentences, meta.year, region))
    if (
      !targets.some(
        (t) => t.indicatorCode === goal.indicatorCode && t.horizon === 'full-year' && t.value === goal.value,
      )
    )
      targets.push(goal);

  // 年均增长A%，高于“十四五”规划确定的年均增长B%的目标: the plan's average-growth goal (F6113).
  for (const goal of planAverageGoals(folded, structure.sentences, region, FIVE_YEAR_REASON))
    if (!targets.some((t) => t.indicatorCode === goal.indicatorCode && t.horizon === 'five-year'))
      targets.push(goal);
  // 完成规划目标（17亿元）的78.8%, 提前完成50%的规划目标: the plan's goal a result is measured against, five-year; the
  // year's goal or the level read from the same words gives way to it (F6162, fix302).
  const named = planNamedGoals(folded, structure.sentences, meta.year, region, FIVE_YEAR_REASON);
  if (named.length > 0) {
    const kept = targets.filter((t) => t.horizon === 'five-year' || !insideNamedGoal(t, named));
    const levels = observations.filter((o) => o.measure === 'share' || !insideNamedGoal(o, named));
    targets.splice(0, targets.length, ...kept);
    observations.splice(0, observations.length, ...levels);
    // 低于53万吨的规划目标 under 粮食总产量 beside the table's 粮食综合生产能力 53以上: the table's goal, restated.
    for (const goal of named)
      if (
        !targets.some(
          (t) =>
            t.horizon === 'five-year' &&
            (t.indicatorCode === goal.indicatorCode || (t.value === goal.value && t.unit === goal.unit)),
        )
      )
        targets.push(goal);
  }

  // 完成市下达年度目标任务（下降4%）: the bracket's figure is the year's goal the verdict judges, no growth (fixtail38a).
  const verdictGoals = verdictBracketedGoals(folded, observations, region);
  if (verdictGoals.targets.length > 0) {
    observations.splice(0, observations.length, ...verdictGoals.observations);
    for (const goal of verdictGoals.targets)
      if (!targets.some((t) => t.indicatorCode === goal.indicatorCode && t.horizon === 'full-year'))
        targets.push(goal);
  }

  // 甲增速低于年初预期目标（增长5%左右）: the bracket is the year's goal the growth trails (F5645).
  targets.push(...gapBracketedGoals(folded, observations, targets, region, structure.sentences));

  // 居民消费价格涨幅高于年初确定的4.5%左右的调控目标: a goal named by what the result was above or below (fixleft39).
  const compared = comparedGoals(folded, structure.sentences, observations, region);
  if (compared.targets.length > 0) observations.splice(0, observations.length, ...compared.observations);
  for (const goal of compared.targets) {
    const at = targets.findIndex(
      (t) =>
        t.indicatorCode === goal.indicatorCode &&
        t.horizon === 'full-year' &&
        t.value !== null &&
        Math.abs(t.value) === Math.abs(goal.value ?? Number.NaN),
    );
    const known = targets[at];
    if (known)
      targets[at] = Object.assign({}, known, {
        attainment: goal.attainment,
        attainmentReason: goal.attainmentReason,
      });
    else if (!targets.some((t) => t.indicatorCode === goal.indicatorCode && t.horizon === 'full-year'))
      targets.push(goal);
  }

  // 建议将甲2025年目标由X调整为Y, 2023—2025年…年均增长A%以上 in a plan outline's evaluation: the plan's goals it proposes.
  if (evaluation)
    for (const proposal of evaluationProposals(
      folded,
      structure.sentences,
      meta.year,
      region,
      FIVE_YEAR_REASON,
    ))
      if (
        !targets.some(
          (t) =>
            t.horizon === 'five-year' &&
            t.indicatorCode === proposal.indicatorCode &&
            t.value === proposal.value &&
            // 2024—2025年…年均增长10%以上 beside the table's 2025 goal [10]: a floor of its own (fixtail38a).
            t.comparator === proposal.comparator,
        )
      )
        targets.push(proposal);

  // 甲由增长A%调整为力争恢复正增长 in a mid-year report: the revised goals replace the year's first ones (F5821).
  targets.splice(
    0,
    targets.length,
    ...withRevisedGoals(targets, revisedGoals(folded, structure.sentences, region)),
  );
  // 城镇登记失业率控制在目标以内 after its figured goal: the same goal said again in words, one target (F7275).
  targets.splice(0, targets.length, ...withoutRestatedWordGoals(targets));
  // 预计全年甲增长9%左右，可完成年度目标 in a part year's page: its 8.9% short of 9% decides nothing (F7664).
  if (partYear)
    targets.splice(
      0,
      targets.length,
      ...withForecastVerdicts(targets, forecastMetIndicators(folded, observations)),
    );

  applyTableNotes(structure, lines, tableRankings, prose.rankings);
  // 全市排名 | M beside 在某市N个区中排名第M: the prose names the table's parent.
  scopesFromProse(tableRankings, prose.rankings);

  const indicators = [...table.indicators];
  for (const ref of prose.indicators) if (!indicators.some((i) => i.code === ref.code)) indicators.push(ref);

  return {
    report: {
      meta: { ...meta, parentRegion, sha256 },
      sourceText: text,
      sections: structure.sections,
      sentences: structure.sentences,
      table: structure.tables[0]?.read.table ?? null,
      indicators,
      observations,
      // A member's 提案 proposes the years ahead's figures; only the goals the county set for the year it reads stand.
      targets: isMemberProposal(lines) ? targets.filter((t) => t.horizon === 'full-year') : targets,
      rankings: [...tableRankings, ...prose.rankings],
      projects: readProjects(text, folded, structure.sentences, structure.sections, [
        ...readTableProjects(structure.tables, text),
        ...readTaskTableProjects(structure.tables, text),
      ]),
      facts: prose.facts,
    },
    problems,
  };
}

const NEXT_YEAR_REASON = 'a goal for the next year: this report cannot judge it';
const FIVE_YEAR_REASON = 'a five-year plan’s goal, judged only at the plan’s end';
/** 固定资产投资恢复到上年的A%以上: a level brought back to a share of last year's, which a growth cannot judge. */
const SHARE_OF_LAST_YEAR = /(?:恢复|回升)(?:到|至)(?:上年|去年)(?:同期)?(?:水平)?的/;

/**
 * 【下一步工作建议】…力争全年社会消费品零售总额增长A%左右: a bulletin's paragraph led by a bracketed topic
 * on the work ahead sets goals for the months left, which the months so far cannot judge; the parts of such
 * bulletins are topics in 【】, not headings, so no planned part holds it.
 */
const WORK_AHEAD_LEAD = /^\s*【(?:下一步|下步|今后|下阶段|[^】]{0,6}(?:建议|打算|工作安排|对策))[^】]{0,8}】/;
function inWorkAheadLead(
  lines: readonly { start: number; end: number; text: string }[],
  at: number,
): boolean {
  const line = lines.find((l) => l.start <= at && at < l.end);
  return line !== undefined && WORK_AHEAD_LEAD.test(line.text);
}

/** The note under a table (注：…), null when none follows it. */
function tableNote(
  structure: Structure,
  placed: Structure['tables'][number],
  lines: readonly Line[],
): string | null {
  const last = placed.rowSentences.at(-1);
  if (last === undefined) return null;
  // A note split at ； into sentences is still one note: every sentence on its line.
  const lineText = (line: number) =>
    structure.sentences
      .filter((s) => s.line === line && s.kind === 'prose')
      .map((s) => foldWidth(s.text).trim())
      .join('；');
  const rawLine = (line: number) => lines[line - 1]?.text ?? '';
  return tableNoteAfter(structure.sentences.slice(last + 1), lineText, rawLine);
}

/**
 * 注：排名为全市6个县（市、区）排名 under a table: the size of the group its rank column ranks in,
 * for the table's rankings that do not say it themselves; 位次为在霓州市9个县（市、区）中的排位 also
 * names the parent a 全市位次 column's scope word stands for, in the table and in the prose's 居全市第3位.
 */
function applyTableNotes(
  structure: Structure,
  lines: readonly Line[],
  rankings: Ranking[],
  proseRankings: Ranking[],
): void {
  // The columns an earlier table's note defined (全市位次为…), for later tables whose note sizes none.
  const defined: NoteGroup[] = [];
  // Tables before the first note sizing a column: a release's 注释 list after its last table speaks
  // of the rank columns of every table above it (session 35, fix203).
  const before: Structure['tables'][number][] = [];
  for (const placed of structure.tables) {
    const note = tableNote(structure, placed, lines);
    // 注：甲增速位次较1—9月前移1位: the named rows' moves (F5642).
    if (note !== null) {
      const rows = new Set(placed.rowSentences);
      applyNoteMoves(
        note,
        rankings.filter((r) => rows.has(r.provenance.sentenceIndex)),
      );
    }
    const groups = note === null ? [] : noteGroups(note);
    if (groups.length === 0) {
      if (defined.length > 0) applyDefinedGroups(placed, rankings, defined);
      else before.push(placed);
      continue;
    }
    const defining = groups.filter((g) => g.column !== null);
    if (defined.length === 0 && defining.length > 0)
      for (const earlier of before.splice(0)) applyDefinedGroups(earlier, rankings, defining);
    defined.push(...defining);
    const rows = new Set(placed.rowSentences);
    const accounting = note === null ? null : noteAccountingParent(note);
    // 增速居全市第N位 in the prose, the note naming 全市排位's parent: the same parent and group.
    for (const ranking of proseRankings) {
      const group = proseRankGroup(groups, ranking.scope);
      if (!group?.parent) continue;
      ranking.of ??= group.of;
      ranking.scope = group.parent;
    }
    // 居全省县域第N位 in the prose, the note sizing 全省县域位次's class: that size; 排名全市第三, the note
    // sizing 全市位次 in 全市16个区: that one.
    for (const ranking of proseRankings) {
      const of =
        ranking.of === null && note !== null
          ? (classScopeSize(note, ranking.scope) ?? scopeWordGroup(groups, ranking.scope)?.of ?? null)
          : null;
      if (of !== null && ranking.rank <= of) ranking.of = of;
    }
    for (const ranking of rankings) {
      if (!rows.has(ranking.provenance.sentenceIndex)) continue;
      // 全市位次为…8个县区中；全省位次为…62个县中: each column its own clause's group.
      const group = groupFor(groups, ranking.scope);
      if (!group) continue;
      ranking.of ??= group.of;
      // 全市 over the column, 霓州市 in the note: the same parent, now named (or named where the note
      // credits the figures: 为霓州市统一核算数).
      const parent = group.parent ?? accounting;
      if (parent && (ranking.scope === '' || ranking.scope === parentScopeWord(parent)))
        ranking.scope = parent;
    }
  }
}

/** A table without a note of groups: its rank columns an earlier note defined take that note's group. */
function applyDefinedGroups(
  placed: Structure['tables'][number],
  rankings: Ranking[],
  defined: readonly NoteGroup[],
): void {
  const rows = new Set(placed.rowSentences);
  for (const ranking of rankings) {
    if (!rows.has(ranking.provenance.sentenceIndex)) continue;
    const group = definedGroup(defined, ranking.scope);
    if (!group) continue;
    ranking.of ??= group.of;
    if (group.parent && group.parent.at(-1) === ranking.scope.at(-1)) ranking.scope = group.parent;
  }
}

/** Each table span's first line index → the index of the line after it (lines hold trimmed offsets). */
function tableLines(lines: readonly Line[], tables: readonly Span[]): TableBlockLines {
  const found = new Map<number, number>();
  for (const table of tables) {
    const first = lines.findIndex((line) => line.end > table.start && line.text !== '');
    if (first < 0) continue;
    let next = first;
    while (next < lines.length && (lines[next]?.start ?? 0) < table.end) next++;
    found.set(first, next);
  }
  return found;
}

/** The table's word goal (no figure) of `code` this year takes the text's verdict on it. */
function overruleWordGoal(
  table: Target[],
  code: string,
  verdict: { attainment: Target['attainment']; reason: string },
): void {
  for (const t of table)
    if (t.indicatorCode === code && t.value === null && t.horizon !== 'next-year') {
      t.attainment = verdict.attainment;
      t.attainmentReason = verdict.reason;
    }
}
