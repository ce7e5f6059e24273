// Turns table rows into indicators, actual observations, targets (not yet judged) and table rankings.
// Cells are interpreted by their column's role; units written in the row name apply to bare numbers.

import { type CatalogueEntry, generatedCode, lookupIndicator } from './catalogue.js';
import { isGenericRegion, regionIn } from './meta.js';
import { foldWidth, splitNameUnit } from './normalise.js';
import { readOrdinal, readQuantity, unitInfo } from './numbers.js';
import { isAggregate } from './project-names.js';
import { MOVED_DOWN } from './prose-rank-changes.js';
import type { PlacedTable } from './structure.js';
import { type Cell, FOOTNOTE_MARK } from './table.js';
import {
  bareTargetsAsGrowths,
  bareTargetsAsLevels,
  percentTargetsOfCountRows,
} from './table-bare-target-unit.js';
import { columnMeasure, growthOfRate, isAmountChangeHeader, isWholeShare } from './table-column-measure.js';
import {
  isMultiYearAverageHeader,
  isPlacesHeader,
  isRankChangeColumn,
  nameColumnOf,
  PROJECT_HEADER,
} from './table-column-roles.js';
import { declineQuantity, declineTarget, isDeclineRow } from './table-decline-row.js';
import { earlierGrowthColumnUnits } from './table-earlier-growth-column.js';
import {
  gdpRole,
  industryRowOfSecondary,
  isGdpTable,
  sectorOfGdpTable,
  unknownSectorOfGdpTable,
} from './table-gdp-sectors.js';
import {
  guidanceAmountsForYear,
  guidanceOfNextYear,
  guidanceOfYearReport,
} from './table-guidance-horizon.js';
import { BREAKDOWN_LABEL, investmentSectorName, isInvestmentTable } from './table-investment-sectors.js';
import { MeasureRows } from './table-measure-row.js';
import { isMonthAloneHeader } from './table-month-columns.js';
import { goalReadsAsLevel, rowLevels } from './table-note-goal-level.js';
import { isPointsChange, noteRowsInPoints } from './table-note-points.js';
import { noteTableUnits } from './table-note-sole-unit.js';
import { noteColumnUnits, noteExceptedRows, noteLevelGoalRows, noteUnitOf } from './table-note-units.js';
import { ownRankScope } from './table-own-rank-column.js';
import { actualPieces } from './table-pair-cell.js';
import { parentGapOf } from './table-parent-gap.js';
import { PartMeasures } from './table-part-measure.js';
import { PartUnits } from './table-part-unit.js';
import { otherPlaceColumns } from './table-place-groups.js';
import { type RankedIndicator, rankOwner } from './table-place-ranks.js';
import { isSubCountyPlaceRows, subCountyPlaceRuns } from './table-place-rows.js';
import { isPlanGapHeader, planGapComparedWith, signedGap } from './table-plan-gap.js';
import { yearPlanFromShare } from './table-plan-share.js';
import { isPopulationTable } from './table-population.js';
import { isPriceIndexTable } from './table-price-index.js';
import { PriceParts } from './table-price-parts.js';
import { isProductTable, productMeasure } from './table-products.js';
import { headerGroupSize, readRankCell } from './table-rank-cell.js';
import { residenceRow } from './table-residence-unit.js';
import { withoutRowPeriod } from './table-row-period.js';
import { scheduleGapColumns, scheduleGapComparedWith } from './table-schedule-gap.js';
import {
  cellIndicatorName,
  cellProject,
  isContinuationRow,
  isLedgerShareHeader,
  isTaskLedger,
  taskColumnOf,
  withoutCellName,
} from './table-task-ledger.js';
import { levelOfListed, listedUnits, unitFromLine } from './table-unit-cell.js';
import { parseTarget, type TargetValue } from './targets.js';
import type {
  Attainment,
  Horizon,
  IndicatorRef,
  Measure,
  Observation,
  Problem,
  Quantity,
  Ranking,
  TableColumn,
  Target,
} from './types.js';

export interface PendingTarget {
  target: Omit<Target, 'attainment' | 'attainmentReason'>;
  value: TargetValue;
  /** Key of the row the target sits in, to find the row's actuals. */
  rowKey: string;
}

export interface TableReading {
  indicators: IndicatorRef[];
  observations: Observation[];
  /** Actual observations per row key. */
  rowActuals: Map<string, Observation[]>;
  /** A plan evaluation's verdict per row key (进展评价 滞后 → missed, 符合预期 → met), for the row's five-year goals. */
  rowVerdicts: Map<string, Attainment>;
  targets: PendingTarget[];
  rankings: Ranking[];
  problems: Problem[];
  /** The parent region named in guidance or rank headers (某某市下达…, 某某市排名). */
  parentRegion: string | null;
}

const PERIOD_WORD = /上半年|季度|\d+\s*[-—–~至到]\s*\d+\s*月|半年/;

/**
 * 空气质量优良天数比率, 产品销售率: a row the catalogue lacks whose name is a ratio (not 增长率); so is one
 * named as a share (研发经费投入占地区生产总值比重, fix67), or as a proportion of another (甲支出相当于地区生产总值的比例,
 * fix133); so is 研发经费投入强度, R&D spending over the GDP (fixleft34b).
 */
const RATIO_NAME = /(?<!增长|增)(?:比?率)$|比重$|占比$|的比例$|投入强度$/;

/**
 * 税收占比, 税收收入占比, 税占比: the tax revenue's share of the budget revenue, the row's short name (fix137);
 * 税收收入占一般公共预算收入比重: the same share with its base named, as the prose names it (F9549).
 */
const TAX_SHARE_ROW =
  /^税(?:收(?:收入)?)?占比$|^税收(?:收入)?占(?:地方)?(?:一般公共预算收入|公共财政预算收入|财政总收入)(?:的)?比重$/;

/**
 * 园区企业入库税收, 区内企业税收 in the table of a zone's own report (its region the zone): the firms' tax the
 * zone collects is the zone's tax revenue, as its prose reads it (session 35, fix194). A county's table
 * keeps such a park's row under its own name.
 */
const ZONE_FIRMS_TAX = /^(?:园区|区内|开发区|入园)?(?:规上)?企业(?:实现)?(?:入库)?税收(?:收入)?$/;
const ZONE_REGION = /(?:开发区|园区|高新区)$/;

/**
 * 项目投资（不含房地产开发）增长, 甲产业增加值增长: a %-row's growth word after a bracket or an amount's
 * name, cut off to name the indicator whose growth the row gives.
 */
const GROWTH_AFTER_AMOUNT = /(?<=[)）]|增加值|产值|[总金]额|收入|投资)增长$/;

/** 全社会固定资产投资年均增长: a row of a plan's yearly average, no figure of the period (fix67). */
const AVERAGE_ROW = /年均(?:增长|增速|增幅)(?:率)?$/;

/**
 * 固定资产投资比上年增长 | % in a 统计手册 sheet: a row of a growth alone, the indicator named before the
 * comparison word (fix287).
 */
const COMPARED_GROWTH_ROW = /(?:同比|比上年(?:同期)?|比去年(?:同期)?)(?:增长|增速|增幅)(?:率)?$/;

/** The measure a table actual has: percentages follow the catalogue's tableMeasure, other units are levels. */
export function tableMeasure(quantity: Quantity, entry: CatalogueEntry | undefined, name?: string): Measure {
  if (quantity.baseUnit === 'pp') return 'change';
  if (quantity.baseUnit !== '%') return 'level';
  if (name && entry && GDP_SHARE_ROW.test(name)) return 'share';
  // An uncatalogued ratio row's percent is the ratio itself, not a growth.
  if (!entry && name && RATIO_NAME.test(name)) return 'rate';
  const measure = entry?.tableMeasure ?? 'growth';
  if (measure !== 'level') return measure;
  // 粮食产量 in 万吨, its row's % beside the level: a growth, for a count in 万吨 has no rate.
  return entry?.unit && entry.unit !== '%' ? 'growth' : 'rate';
}

/**
 * 服务业增加值占地区生产总值比重 | % in a plan's goal table: a catalogued amount's share of the GDP, the amount's row
 * (as the prose reads 服务业增加值占地区生产总值比重达到A%); its figures are shares (fix262).
 */
const GDP_SHARE_ROW = /^(.{2,16}?增加值)占(?:地区生产总值|GDP|生产总值)(?:的)?比重$/;

/** The catalogued amount a GDP-share row names, or undefined. */
export const gdpShareOwner = (name: string): CatalogueEntry | undefined => {
  const owner = GDP_SHARE_ROW.exec(name)?.[1];
  return owner ? lookupIndicator(owner) : undefined;
};

/** 1.地区生产总值, (2)固定资产投资, 一、地区生产总值: a row's serial number written before its name. */
const NAME_SERIAL =
  /^(?:\d{1,2}\s*[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}\s*[、.．]|[(（][一二三四五六七八九十]{1,2}[)）])\s*/;

/**
 * A row's name as written, without what is not the name: 其中： (or the statisticians' # for it, #工业;
 * or a monthly sheet's 在总计中： before the first of the parts, 在总计中：轻工业; fix485, F10307)
 * before a part of the row above, a serial number before, a footnote mark after.
 */
export function rowName(text: string): string {
  return (
    foldWidth(text)
      .trim()
      .replace(/^(?:(?:其中|在[总合]计中)\s*[:：]?|#)\s*/, '')
      .replace(NAME_SERIAL, '')
      // 按产业分：第一产业: the breakdown's label groups the rows, no part of the name.
      .replace(BREAKDOWN_LABEL, '')
      .replace(FOOTNOTE_MARK, '')
  );
}

/**
 * A goal cell written as a growth with a bare figure (增长6.5, 增长6左右, 增长5以上): the figure is a rate
 * whatever unit the row's level is in (地区生产总值 | 亿元 | 增长6.5 | 186.42). Session 27, fix85.
 */
const GROWTH_CELL = /^(?:同比|比上年)?(?:增长|增速|增幅)\s*\d+(?:\.\d+)?\s*(?:左右|以上|以内|以下)?$/;

/** (确保), (奋斗): the tier a target is set at, written after it; 增长8%(确保) 增长10%(奋斗) in one cell. */
const TIER_MARK = /[(（](?:确保|奋斗|力争|争取|预期|保底|底线|冲刺)(?:目标|值)?[)）]/g;

const TIER_PAIR = /^((?:增长)?\d+(?:\.\d+)?%?)\s*\/\s*(\d+(?:\.\d+)?%?)$/;

/** A cell holding only 一: the dash of an empty cell typed as the numeral one. */
const LONE_ONE = /^\s*一\s*$/;

/** A target cell's tiers, each closed by its tier mark; the whole cell when it holds fewer than two. */
export function targetTiers(text: string): string[] {
  // 7/8, 7%/8%: two tiers (确保/争取) written as two figures parted by a slash.
  const pair = TIER_PAIR.exec(text);
  if (pair?.[1] && pair[2]) return [pair[1], pair[2]];
  // Array.from, not .map (readTables, which reads the tiers, would deoptimize: see there).
  const ends = Array.from(text.matchAll(TIER_MARK), (m) => m.index + m[0].length);
  if (ends.length < 2) return [text];
  const tiers = Array.from(ends, (end, k) => text.slice(k === 0 ? 0 : ends[k - 1], end).trim());
  return tiers.every((t) => /\d/.test(t)) ? tiers : [text];
}

/** 上升2位, 后退1, ↑2, -1, 进2, 退1 in a rank-change column: places moved, up positive; 持平 is none. */
const CELL_RANK_CHANGE =
  /^(前移|上升|提升|前进|提高|进位|后移|下降|后退|下滑|回落|[↑↓+\-进退])\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?(?:位次|位|名)?$/;

/**
 * “—”为不变, "-"表示持平 in the table's note: the legend makes a bare dash in the rank-change column a
 * rank that did not move (0), no missing cell (session 31, fix123).
 */
const DASH_UNCHANGED_LEGEND =
  /["“”'‘’「]\s*[—–\-－]{1,2}\s*["“”'‘’」](?:为|表示|代表)(?:位次)?(?:不变|持平|未变)/;

export function noteDashUnchanged(note: string): boolean {
  return (
    (note.includes('不变') || note.includes('持平') || note.includes('未变')) &&
    DASH_UNCHANGED_LEGEND.test(note)
  );
}

export function cellRankChange(text: string): number | null {
  if (/^(?:持平|不变|0)$/.test(text)) return 0;
  const moved = CELL_RANK_CHANGE.exec(text);
  const places = moved ? readOrdinal(moved[2] ?? '') : null;
  if (!moved || places === null) return null;
  const mark = moved[1] ?? '';
  return MOVED_DOWN.test(mark) || mark === '↓' || mark === '-' || mark === '退' ? -places : places;
}

/**
 * 比上月±位次 (2, -3, 0 below), or a note's 正数为前移位次，负数为后移位次: a signed move column, whose bare number is a
 * move up (its falls carry the minus). Session 47, fix421, F8615.
 */
const SIGNED_MOVE_HEADER = /±|\+\/?-|\(\+\)/;
const SIGNED_MOVE_LEGEND = /正数(?:为|表示|代表)(?:前移|上升|提升|前进)/;
const BARE_PLACES = /^\+?(\d{1,2})$/;

export function signedMoveColumn(header: string, note: string): boolean {
  return SIGNED_MOVE_HEADER.test(header) || (note.includes('正数') && SIGNED_MOVE_LEGEND.test(note));
}

/** The rank-change cell's move; a cell that held an empty mark (read '', with a width) is 0 under the dash legend. */
function rankChangeOf(
  cell: { text: string; start: number; end: number } | undefined,
  dashUnchanged: boolean,
  signed = false,
) {
  if (!cell) return null;
  if (dashUnchanged && cell.text === '' && cell.end > cell.start) return 0;
  const bare = signed ? BARE_PLACES.exec(cell.text) : null;
  return bare ? Number(bare[1]) : cellRankChange(cell.text);
}

/** A rank column's scope said without a place name: 全省排位, 全国排名. */
const SCOPE_WORD = /全国|全省|全市|全区|全州|全县/;

/** A row name's closing bracket that states an index base: (上年=100), (上年同期=100). */
const INDEX_BASE = /[(][^()=]*=\s*(\d+)\s*[)]\s*$/;

/**
 * An index number (101.2 against a base of 100) as the percentage change it states (+1.2%).
 * Only a bare number in the index's plausible range is read so: a cell written with % is
 * already a change, and 50–200 keeps a change of a few percent from being taken for an index.
 */
function fromIndex(quantity: Quantity, cellText: string, base: number): Quantity {
  if (/[%％]/.test(cellText) || quantity.value < base / 2 || quantity.value > base * 2) return quantity;
  const decimals = (quantity.raw.split('.')[1] ?? '').replace(/\D.*$/, '').length;
  const change = Number(((quantity.value - base) / (base / 100)).toFixed(decimals));
  return { ...quantity, value: change, unit: '%', valueBase: change, baseUnit: '%' };
}

/** A target written as an index number (103 against 100) as the change it states (3%); see fromIndex. */
function targetFromIndex(target: TargetValue, text: string, base: number): TargetValue {
  const value = target.value;
  if (value === null || /[%％]/.test(text) || value < base / 2 || value > base * 2) return target;
  const decimals = (/\d+(?:\.(\d+))?/.exec(text)?.[1] ?? '').length;
  const change = Number(((value - base) / (base / 100)).toFixed(decimals));
  const upper =
    target.upper === undefined ? undefined : Number(((target.upper - base) / (base / 100)).toFixed(decimals));
  return { ...target, value: change, unit: '%', ...(upper === undefined ? {} : { upper }) };
}

/** 增速比1—2月±, 增幅较上月(±), 增速比上半年增减: a growth's header compared with an earlier part of its year. */
const GROWTH_AGAINST_EARLIER =
  /^(?:增速|增幅)(?:比|较)(?:上月|上期|上季度?|一季度|上半年|前三季度|1?\d[-—–~～至]1?\d月)(?:±|\+\/?-|增减|\((?:±|\+\/?-)\))?$/;

/**
 * The unit a column's header gives its bare numbers: 增长(%) → %, 完成(亿元) → 亿元. A change
 * column (增长, 增速, 同比) without one is in %, whatever unit the row's level is in.
 */
export function columnUnit(header: string): string | null {
  const folded = foldWidth(header).trim();
  // 增减额: an amount in the row's unit, whatever its change word says.
  if (isAmountChangeHeader(folded)) return null;
  const bracket = /\(\s*([^()]{1,6}?)\s*\)\s*$/.exec(folded)?.[1];
  if (bracket && (bracket === '%' || unitInfo(bracket))) return bracket;
  // 增速比上半年(±百分点), 比一季度增减(个百分点): a column of changes in the growth, not growths.
  if (/百分点\)?$/.test(folded)) return '百分点';
  // 增速比1—2月±, 增幅较一季度: the growth against an earlier part of the year is a change in points, whatever
  // unit the header leaves unsaid (session 43, fix349, F7091).
  if (GROWTH_AGAINST_EARLIER.test(folded.replace(/\s/g, ''))) return '百分点';
  if (/%$/.test(folded)) return '%';
  if (/增长|增速|增幅|增减|同比|±/.test(folded) && !/完成|实际|绝对|总量|累计/.test(folded)) return '%';
  // 上半年完成增速: a sub-header's change word under its period's spanning cell.
  if (/(?:增长|增速|增幅|增减|同比|±)(?:率|幅度)?$/.test(folded)) return '%';
  return null;
}

/**
 * 1—N月完成（万元） over 全体居民人均可支配收入（元） and 实际使用外资（万美元）: a level unit in the row's own
 * name is the exception to the header's level unit (the header's % of a growth column still rules).
 */
function ownLevelUnit(rowOwn: string | null, column: string | null | undefined): string | null | undefined {
  const level = (unit: string | null | undefined) => !!unit && unit !== '%' && !/百分点$/.test(unit);
  return level(rowOwn) && level(column) ? rowOwn : column;
}

function withUnit(quantity: Quantity, unit: string | null): Quantity {
  if (quantity.unit !== '' || !unit) return quantity;
  const info = unitInfo(unit) ?? { factor: 1, baseUnit: unit };
  return { ...quantity, unit, valueBase: quantity.value * info.factor, baseUnit: info.baseUnit };
}

/**
 * 全县生产总值, 县市财政总收入, 区级一般公共预算收入: a row named with the whole area it covers, or
 * with the level of government whose budget it is, is the indicator itself (prose reads it so too).
 */
const WHOLE_AREA = /^(?:[全本][县市区州省旗]|县市|市县|县区|[县市区州省旗镇乡]级)(?=[\u4e00-\u9fa5]{3})/;

/**
 * 2008年计划 | 比上年增长%: a growth column right after a column of next year's plan levels gives
 * the plan's growth over this year, a goal too, not this year's growth. Maps such a column's index
 * to the header of the plan column it belongs to.
 */
function planGrowthHeaders(
  columns: readonly TableColumn[],
  year: number | undefined,
): (string | undefined)[] {
  // Array.from, not .map: readTables reads the headers back (see there).
  return Array.from(columns, (column, c) => {
    const before = columns[c - 1];
    // 2025年目标 | 年均增长（%） in a plan outline of 2020 (the plan wholly ahead): the plan's yearly pace,
    // a goal for its end as the level beside it is (fix218); in a later evaluation, what was done so far.
    if (year !== undefined && column.role === 'other' && before?.role === 'target') {
      const planEnd = Number(/((?:19|20)\d{2})\s*年/.exec(before.header)?.[1]);
      return planEnd === year + 5 && planEnd % 5 === 0 && isMultiYearAverageHeader(column.header)
        ? before.header
        : undefined;
    }
    if (year === undefined || column.role !== 'actual' || before?.role !== 'target') return undefined;
    if (!/增长|增速|增幅/.test(column.header) || /(?:19|20)\d{2}\s*年/.test(column.header)) return undefined;
    const planYear = /((?:19|20)\d{2})\s*年/.exec(before.header)?.[1];
    return planYear !== undefined && Number(planYear) === year + 1 ? before.header : undefined;
  });
}

/**
 * Reads the indicator tables. `year` is the report's: a target column headed with the next year
 * (2023年目标 in a report on 2022) holds next year's goals. `wholeYear`: the report's period is the year.
 */
export function readTables(
  tables: readonly PlacedTable[],
  region: string,
  year?: number,
  notes: readonly (string | null)[] = [],
  wholeYear = false,
  sheetGoods = false,
): TableReading {
  const reading: TableReading = {
    indicators: [],
    observations: [],
    rowActuals: new Map(),
    rowVerdicts: new Map(),
    targets: [],
    rankings: [],
    problems: [],
    parentRegion: null,
  };
  const seen = new Set<string>();
  for (const [t, placed] of tables.entries()) {
    const { columns } = placed.read.table;
    // A table of projects holds no indicator: its rows are readTableProjects'.
    if (isProjectTable(columns)) continue;
    // 地区 | 地区生产总值增速(%) | 位次: a table of places; only the report's own place's row is read.
    if (isPlacesTable(columns)) {
      readOwnPlaceRow(placed, region, reading);
      continue;
    }
    const nameColumn = nameColumnOf(columns);
    // 区镇 | … over 甲城街道, 乙湖镇, 经济开发区: rows of the towns and zones below the region (fix248).
    if (
      isSubCountyPlaceRows(Array.from(placed.read.rows, (row) => rowName(row.cells[nameColumn]?.text ?? '')))
    )
      continue;
    // 类别 | 项目数 | 年度计划投资 | 完成投资: rows of project classes (续建项目, 新开工项目, 合计) hold no indicator.
    if (isProjectClassTable(placed, nameColumn)) continue;
    // What a column's header says about the unit of its bare numbers, read once per table.
    // 注：年度目标、上级指导目标均为增长率（%）: a note under the table gives a header its unit.
    const noteUnits = noteColumnUnits(notes[t] ?? '');
    // Array.from, not .map, for the arrays this function reads back: V8's optimized .map builds a holey
    // array where the interpreter's built a packed one, so each read of one deoptimized readTables ("wrong
    // map") and it was compiled again, about ten times a process (session 33).
    // 同比增长% | 比一季度增减: the comparison column holds the growth's move in points.
    const columnUnits = earlierGrowthColumnUnits(
      Array.from(columns, (c) => c.header),
      Array.from(columns, (c) => columnUnit(c.header) ?? noteUnitOf(noteUnits, c.header)),
    );
    // 除实际利用外资为总量（万美元）外: the rows the note excepts read its columns in their own unit.
    const noteExcepted = new Set(noteExceptedRows(notes[t] ?? ''));
    // 甲、乙的计划栏为绝对数或控制数 under 计划增长（%）: those rows' goals are in their own unit.
    const levelGoals = noteLevelGoalRows(notes[t] ?? '');
    const noteUnitFor = (c: number, row: string): string | null | undefined =>
      (noteExcepted.has(row) && columnUnit(columns[c]?.header ?? '') === null) ||
      (levelGoals.rows.has(row) && (columns[c]?.header ?? '').includes(levelGoals.column))
        ? null
        : columnUnits[c];
    const amountChange = Array.from(columns, (c) => isAmountChangeHeader(c.header));
    // 注：产品销售率的增减为百分点: that row's ± column holds points, not a growth.
    const pointRows = noteRowsInPoints(notes[t] ?? '');
    const dashUnchanged = noteDashUnchanged(notes[t] ?? '');
    // 单位：亿元、% over the table: its bare levels are in the first unit that is not %, and when it
    // names one unit alone, every bare number is in it. 单位：亿元、元、%: a row whose indicator is
    // reported in one of the other listed units (人均可支配收入 in 元) is in that one.
    // 注：本表单位为万元 under a table with no unit line over it: the note's unit (table-note-sole-unit.ts).
    const units = placed.read.units.length > 0 ? placed.read.units : noteTableUnits(notes[t] ?? '');
    const levelUnit = units.length === 1 ? (units[0] ?? null) : (units.find((u) => u !== '%') ?? null);
    const soleUnit = units.length === 1 ? (units[0] ?? null) : null;
    const unitColumn = columns.findIndex((c) => /^(?:计量)?单位$/.test(c.header));
    const tableTargets = reading.targets.length;
    // Guidance whose column header names the period (1-9月指导目标): the period's, whatever its scale.
    const periodGuidance = new Set<PendingTarget>();
    // 市定目标 in a city's own report: its own target, not a higher level's.
    const own = region.at(-1) ?? '';
    const roles = Array.from(columns, (c) =>
      c.role === 'guidance' && own !== '' && new RegExp(`^${own}定`).test(c.header) ? 'target' : c.role,
    );
    const guidanceBy = columns.find((_c, k) => roles[k] === 'guidance');
    const rankColumn = columns.find((c) => c.role === 'rank');
    const rankChangeColumn = columns.findIndex((_c, k) =>
      isRankChangeColumn(
        Array.from(columns, (c) => c.header),
        k,
      ),
    );
    const signedMoves =
      rankChangeColumn >= 0 && signedMoveColumn(columns[rankChangeColumn]?.header ?? '', notes[t] ?? '');
    const parent =
      (guidanceBy && /下达/.test(guidanceBy.header)
        ? regionIn(guidanceBy.header.split('下达')[0] ?? '')
        : null) ?? (rankColumn && !SCOPE_WORD.test(rankColumn.header) ? regionIn(rankColumn.header) : null);
    if (parent && !isGenericRegion(parent) && !reading.parentRegion) reading.parentRegion = parent;
    const headers = planGrowthHeaders(columns, year);
    // 差距（百分点） beside 年度计划增速: each row's comparison with its goal (table-plan-gap.ts).
    const goalColumn = columns.find((_c, k) => roles[k] === 'target');
    const gapColumns = goalColumn ? Array.from(columns, (c) => isPlanGapHeader(c.header)) : [];
    // No goal, guidance or period-goal column: a 占全年目标% share is the only trace of the plan (table-plan-share.ts).
    const statesGoals =
      goalColumn !== undefined || guidanceBy !== undefined || headers.some((h) => h !== undefined);
    // 产品 | 产量(万吨) | 比上年增长(%): a row names a good; 粮食 with 产量 is an indicator, 油料 none.
    const { caption } = placed.read.table;
    const measureOfGoods = isProductTable(columns, nameColumn, caption)
      ? productMeasure(columns, caption)
      : null;
    const rowNames = Array.from(placed.read.rows, (row) => rowName(row.cells[nameColumn]?.text ?? ''));
    // 分乡镇… | 乡（镇） over 甲城镇, 乙尾镇, 沿海乡镇小计: a block of the towns below the indicator rows (F10011).
    const townRows = subCountyPlaceRuns(rowNames);
    // 居民消费价格总指数 over 食品烟酒, 衣着, 居住: the index's categories are no indicators.
    const priceTable = isPriceIndexTable(rowNames);
    // 年末人口数及其构成 (全县常住人口 | 城镇 | 乡村 | 男性 | 女性): population is facts only, its
    // parts' 比重 no shares of an indicator, and a table gives no facts: nothing in it is read.
    if (isPopulationTable(rowNames, caption)) continue;
    // 地区生产总值 | 第一产业 | 第二产业 | 工业 | 建筑业: a GDP table's sectors are named bare.
    const rowEntries = Array.from(rowNames, (name) => lookupIndicator(splitNameUnit(name).name));
    const gdpTable = isGdpTable(rowEntries);

    // 全市 (1-5月 | ±%) beside 砚河区 (1-5月 | ±%): the parent's columns are no figures of the report's place.
    const otherPlaces = otherPlaceColumns(columns, region);
    // 时序进度差（±） beside 完成年度目标%: the rows' gap to the schedule, read as the parent's gap is.
    // 序时进度 | 差距（±）: the bare gap after the schedule's column is the same gap (F6691).
    const scheduleGaps = scheduleGapColumns(Array.from(columns, (c) => c.header));
    const parentGaps = Array.from(columns, (c, k) => parentGapOf(c.header) ?? scheduleGaps[k] ?? null);
    // 固定资产投资 | 第一产业 | 第二产业: an investment table's bare industries are its investment's parts.
    const investmentTable = isInvestmentTable(rowEntries);

    const taskLedger = isTaskLedger(Array.from(columns, (c) => c.header));
    const taskColumn = taskLedger ? taskColumnOf(Array.from(columns, (c) => c.header)) : -1;
    const partUnits = new PartUnits();
    const partMeasures = new PartMeasures([caption ?? '', ...Array.from(columns, (c) => c.header)]);
    const measureRows = new MeasureRows();
    const priceParts = new PriceParts();
    const votedUnits = new Set(units);
    for (const [r, listedRow] of placed.read.rows.entries()) {
      let row = listedRow;
      const sentenceIndex = placed.rowSentences[r] ?? 0;
      const nameCell = row.cells[nameColumn];
      if (!nameCell || nameCell.text === '' || townRows.has(r)) continue;
      const rawUnitCell = unitColumn >= 0 ? row.cells[unitColumn]?.text || null : null;
      // 居民消费价格指数(上年=100): the bracket names the index base; the name is what precedes it.
      // 其中：地方一般预算收入: a part of the row above, named after the label.
      // 城镇居民人均可支配收入（前三季度）: the period its figures are for, no part of the name.
      // 居民人均可支配收入 | 城镇（元）: the residence in the unit cell names whose income the row is.
      const residence = residenceRow(withoutRowPeriod(rowName(nameCell.text)), rawUnitCell);
      const written = residence?.name ?? withoutRowPeriod(rowName(nameCell.text));
      // 　增速 under 地区生产总值(亿元): the growth of the row above, in its own unit.
      const owner = measureRows.ownerOf(written);
      const statedBase = owner ? null : INDEX_BASE.exec(written);
      const own = splitNameUnit(statedBase ? written.slice(0, statedBase.index) : written);
      const asWritten = owner ? { ...own, name: splitNameUnit(owner).name } : own;
      const split =
        measureOfGoods !== null
          ? { ...asWritten, name: `${asWritten.name}${measureOfGoods}` }
          : investmentTable
            ? { ...asWritten, name: investmentSectorName(asWritten.name) }
            : { ...asWritten, name: partMeasures.next(nameCell.text, asWritten.name) };
      // A statistics sheet's products page (产品名称 | 单位 | 1—9月 | 同比增长%) reads every good under its name, as
      // its indicator rows' 原煤 and 水泥 are (session 46's product-rows decision, F8223); a 公报's gives none.
      if (((measureOfGoods !== null && !sheetGoods) || priceTable) && !lookupIndicator(split.name)) continue;
      // 亿元、% in the unit column: the level's unit, the goals' left for the rows to vote on.
      const unitCell = residence?.unit ?? rawUnitCell;
      const rowListed = unitCell ? listedUnits(unitCell) : null;
      if (rowListed?.includes('%')) votedUnits.add('%');
      // 地区生产总值（亿元） over 第一产业 | X: a GDP table's industry counts in the GDP's unit (fix224).
      const rowUnit = partUnits.next(
        nameCell.text,
        split.unit ?? (rowListed ? levelOfListed(rowListed) : unitCell),
        gdpTable ? gdpRole(rowEntries[r], split.name) : null,
      );
      // 税收占比 | % | A: the tax revenue's share of the budget revenue, a row named by its short form.
      const taxShare = split.name.includes('占') && TAX_SHARE_ROW.test(split.name);
      // 就业创业促进行动 | 城镇新增就业3200人 | 城镇新增就业2286人: a ledger's task named by the indicator in its
      // task cell; the row is that indicator's, its cells read without the name (F8861).
      const cellName =
        taskLedger && taskColumn >= 0 ? cellIndicatorName(row.cells[taskColumn]?.text ?? '') : null;
      const cellEntry = cellName !== null ? lookupIndicator(cellName) : undefined;
      if (cellName !== null && cellEntry !== undefined && lookupIndicator(split.name) === undefined) {
        row = {
          ...row,
          cells: row.cells.map((cell) => ({ ...cell, text: withoutCellName(cell.text, cellName) })),
        };
        split.name = cellEntry.name;
      }
      const entry =
        (gdpTable
          ? industryRowOfSecondary(nameCell.text, split.name, rowEntries[r - 1], rowNames)
          : undefined) ??
        lookupIndicator(split.name) ??
        lookupIndicator(split.name.replace(WHOLE_AREA, '')) ??
        (taxShare ? lookupIndicator('税收收入') : undefined) ??
        (ZONE_FIRMS_TAX.test(split.name) && ZONE_REGION.test(region)
          ? lookupIndicator('税收收入')
          : undefined) ??
        (gdpTable ? sectorOfGdpTable(split.name) : undefined) ??
        (rowUnit === '%' ? gdpShareOwner(split.name) : undefined) ??
        // 甲年均增长（%） in a plan evaluation: the goal is 甲's pace over the plan's years (fix167).
        (rowUnit === '%' && AVERAGE_ROW.test(split.name)
          ? lookupIndicator(split.name.replace(AVERAGE_ROW, ''))
          : undefined) ??
        (rowUnit === '%' && COMPARED_GROWTH_ROW.test(split.name)
          ? lookupIndicator(split.name.replace(COMPARED_GROWTH_ROW, ''))
          : undefined);
      // 总计 | 38416 | 12.6 over 采矿业, 制造业 (a table of a measure by industry): the total row names no
      // indicator of its own; its figures are the table's measure, read where it is named (the main sheet).
      if (entry === undefined && TOTAL_ROW.test(split.name)) continue;
      // 学前教育扩容工程 | 新建幼儿园4所 | … | 县教育局: a task of a ledger, no indicator (table-task-ledger.ts).
      if (entry === undefined && taskLedger) continue;
      const indexBase = statedBase ? Number(statedBase[1]) : entry?.indexBase;
      // 其中：食品烟酒类 | % | 104.6 under 居民消费价格指数（上年同期=100）: a price category, nothing read.
      const figureCells = row.cells.flatMap((cell, c) =>
        c === nameColumn || c === unitColumn ? [] : [cell.text],
      );
      if (priceParts.isCategory(indexBase, entry !== undefined, figureCells)) continue;
      const decline = entry !== undefined && isDeclineRow(split.name);
      // 其中：项目投资（不含房地产开发）增长 | %: a plan table's row naming its growth, the name before 增长
      // (the catalogue's names are found so; a name it lacks is cut the same way). So is 甲产业增加值增长 | %,
      // an amount's name (增加值, 产值, …额) with the growth word glued on.
      const generatedName =
        entry === undefined && rowUnit === '%'
          ? split.name.replace(GROWTH_AFTER_AMOUNT, '')
          : entry === undefined && gdpTable
            ? unknownSectorOfGdpTable(split.name)
            : split.name;
      const code = entry?.code ?? generatedCode(generatedName);
      const listedUnit = entry?.unit && units.includes(entry.unit) ? entry.unit : levelUnit;
      if (!seen.has(code)) {
        seen.add(code);
        reading.indicators.push({ code, name: generatedName, unit: split.unit, known: entry !== undefined });
      }
      const rowKey = `${t}:${r}`;
      // The row's goals are the targets pushed from here on (every push below carries its rowKey, and no
      // other row's target does): a scan of all the targets so far for them cost the square of the rows on a
      // table of thousands (session 40, docs/parser-speed.md).
      const rowTargets = reading.targets.length;
      const actuals: Observation[] = [];
      // 5月 | 1-5月 | 占全年目标%: the month alone's level is no part of the share (table-month-columns.ts).
      const monthAlone = new Set<Observation>();
      const provenance = (cell: Cell) => ({ sentenceIndex, start: cell.start, end: cell.end });
      const badCell = (cell: Cell, what: string) =>
        reading.problems.push({
          code: 'bad-cell',
          severity: 'warning',
          message: `${split.name}: could not read ${what} "${cell.text}"`,
          line: cell.line,
        });
      const gapCells: Cell[] = [];
      // 2025年完成 61.35 in the grain row: the levels a note-given growth goal may read as (table-note-goal-level.ts).
      const levels = rowLevels(
        columns.flatMap((column, k) =>
          roles[k] === 'actual' && columnUnits[k] === null && columnMeasure(column.header) === null
            ? [row.cells[k]?.text ?? '']
            : [],
        ),
      );
      const progressShares: Array<{
        header: string;
        quantity: Quantity;
        provenance: Observation['provenance'];
        raw: string;
      }> = [];
      for (const [c, column] of columns.entries()) {
        const cell = row.cells[c];
        if (!cell || cell.text === '' || c === nameColumn) continue;
        // 高于（低于）全市（百分点）: the row's gap to its parent's growth (table-parent-gap.ts; session 38, fix257).
        const parentGap = parentGaps[c];
        if (parentGap) {
          const read = readQuantity(cell.text);
          if (read)
            reading.observations.push({
              indicatorCode: code,
              indicatorName: split.name,
              source: 'table',
              measure: 'comparison',
              quantity: withUnit(read, '个百分点'),
              text: null,
              comparedWith:
                (scheduleGaps[c] && scheduleGapComparedWith(row.cells[c - 1]?.text, goalColumn?.header)) ||
                parentGap,
              provenance: provenance(cell),
            });
          continue;
        }
        if (otherPlaces.has(c)) continue;
        // 进展评价 滞后/符合预期 in a plan evaluation: the row's verdict on its five-year goal, no figure.
        const verdict = column.header.includes('评价') ? planVerdict(cell.text) : null;
        if (verdict) {
          reading.rowVerdicts.set(rowKey, verdict);
        } else if (gapColumns[c]) {
          gapCells.push(cell);
        } else if (column.role === 'progress' || (taskLedger && isLedgerShareHeader(column.header))) {
          const read = readQuantity(cell.text);
          if (!read) {
            if (/\d/.test(cell.text)) badCell(cell, 'the share of the plan done');
            continue;
          }
          // Always a percentage of the plan, whatever the row's unit.
          const quantity = withUnit(read, '%');
          progressShares.push({
            header: column.header,
            quantity,
            provenance: provenance(cell),
            raw: cell.text.trim(),
          });
          reading.observations.push({
            indicatorCode: code,
            indicatorName: split.name,
            source: 'table',
            measure: 'share',
            quantity,
            text: null,
            comparedWith: null,
            provenance: provenance(cell),
          });
        } else if (column.role === 'actual' && headers[c] === undefined && !AVERAGE_ROW.test(split.name)) {
          // 68.42/6.8 under 绝对值/增速: the level and its growth, two actuals of one cell.
          for (const piece of actualPieces(column.header, cell.text)) {
            const read = readQuantity(piece.text);
            if (!read && /\d/.test(piece.text)) badCell(cell, 'the actual');
            const inPoints = isPointsChange(pointRows, split.name, column.header, nameCell.text);
            const withRowUnit = read
              ? withUnit(
                  read,
                  inPoints
                    ? '个百分点'
                    : (piece.unit ??
                        // 占规上工业比重 beside a 单位 column of 亿元: a share column's figure is a %, never the row's unit.
                        (columnMeasure(column.header) === 'share' ? '%' : null) ??
                        ownLevelUnit(split.unit, columnUnits[c]) ??
                        rowUnit ??
                        listedUnit),
                )
              : null;
            const read100 =
              withRowUnit && indexBase ? fromIndex(withRowUnit, piece.text, indexBase) : withRowUnit;
            // 单位地区生产总值能耗下降 | % | 3.4: the row's percentage is a fall (table-decline-row.ts).
            const quantity = read100 && decline ? declineQuantity(read100) : read100;
            // 100 under 占全部投资比重(%) in the total's row: the whole itself, no share.
            if (quantity?.baseUnit === '%' && isWholeShare(column.header, quantity.value)) continue;
            // 规模以上工业 | 9.1 | 60.15 under 增加值增速（%） | 产值（亿元）: the column names the whole's measure.
            const columnName = partMeasures.columnName(column.header);
            const columnEntry = columnName === null ? undefined : lookupIndicator(columnName);
            if (columnEntry && !seen.has(columnEntry.code)) {
              seen.add(columnEntry.code);
              reading.indicators.push({
                code: columnEntry.code,
                name: columnName ?? '',
                unit: null,
                known: true,
              });
            }
            const observation: Observation = {
              indicatorCode: columnEntry?.code ?? code,
              indicatorName: columnEntry ? (columnName ?? split.name) : split.name,
              source: 'table',
              // 负增长 in a change column: a growth without its figure.
              // 两年平均增长(%), 构成(%): the header's measure, whatever the row's indicator makes of a %.
              // 增减额: a change in the row's unit.
              // 注：…的增减为百分点: the rate's move in points.
              measure: quantity
                ? taxShare && quantity.baseUnit === '%'
                  ? 'share'
                  : inPoints && quantity.baseUnit === 'pp'
                    ? 'change'
                    : ((quantity.baseUnit === '%' ? columnMeasure(column.header) : null) ??
                      (amountChange[c] && quantity.baseUnit !== '%'
                        ? 'change'
                        : entry?.unit === '%'
                          ? tableMeasure(quantity, entry, split.name)
                          : growthOfRate(column.header, tableMeasure(quantity, entry, split.name))))
                : columnUnits[c] === '%'
                  ? 'growth'
                  : 'level',
              quantity,
              text: quantity ? null : piece.text,
              comparedWith: null,
              provenance: provenance(cell),
            };
            // The fall is a growth below zero, whatever the catalogue makes of the row's %.
            if (decline && quantity?.baseUnit === '%') observation.measure = 'growth';
            actuals.push(observation);
            if (isMonthAloneHeader(column.header)) monthAlone.add(observation);
            reading.observations.push(observation);
          }
        } else if (roles[c] === 'target' || roles[c] === 'guidance' || headers[c] !== undefined) {
          // 2025年目标 in a 2022 evaluation of a five-year plan: the plan's end, neither the year's goal nor
          // the next year's (session 24, fix67): a five-year goal when the year closes a plan (…5, …0), else
          // none (session 34, fix167).
          const planEnd = beyondNextYear(headers[c] ?? column.header, year);
          if (planEnd && !closesFiveYearPlan(headers[c] ?? column.header, year)) continue;
          // 一 alone in a goal cell is a dash typed as the numeral (the row has no goal there), as a
          // Word table's 一 under 年度目标 for a growth-only row: no goal, not a goal in words.
          if (LONE_ONE.test(cell.text)) continue;
          // [4.2] under 年均增长 (注：[ ]内为五年累计数): the plan's sum over its years, no yearly pace.
          if (roles[c] === 'other' && /^\s*[[［【]/.test(cell.text)) continue;
          for (const tier of targetTiers(cell.text)) {
            // 增长7 under a row in 亿元: the cell names a growth, so the row's unit is not its figure's.
            const read = parseTarget(
              tier,
              GROWTH_CELL.test(tier)
                ? '%'
                : ((columnUnit(column.header) === null && goalReadsAsLevel(tier, levels)
                    ? null
                    : noteUnitFor(c, split.name)) ??
                    (rowListed && !split.unit ? null : rowUnit) ??
                    soleUnit),
            );
            // 103左右 in an index's row (上年=100): a goal of a 3% rise, as its actual is read.
            const indexed = indexBase ? targetFromIndex(read, tier, indexBase) : read;
            const declined = decline ? declineTarget(indexed, tier) : indexed;
            // ＜5.5 under 2025年目标: a plan outline's ceiling, 控制在5.5%以内 in its prose (at most).
            const value =
              planEnd && declined.comparator === 'lt'
                ? Object.assign({}, declined, { comparator: 'lte' as const })
                : declined;
            if (value.comparator === null && /\d/.test(cell.text)) badCell(cell, 'the target');
            const guidance = roles[c] === 'guidance';
            const namedYear = /((?:19|20)\d{2})\s*年/.exec(headers[c] ?? column.header)?.[1];
            const horizon: Horizon = planEnd
              ? 'five-year'
              : year !== undefined && namedYear !== undefined && Number(namedYear) === year + 1
                ? 'next-year'
                : guidance
                  ? /全年|年度目标/.test(column.header)
                    ? 'full-year'
                    : 'period'
                  : PERIOD_WORD.test(column.header) && !/全年/.test(column.header)
                    ? 'period'
                    : 'full-year';
            // 全市排名 says where a rank holds, not who set a goal: only a named parent sets one.
            const setBy = guidance ? (parent && !isGenericRegion(parent) ? parent : null) : region;
            const pending: PendingTarget = {
              rowKey,
              value,
              target: {
                indicatorCode: code,
                indicatorName: split.name,
                setBy,
                kind: guidance ? 'guidance' : 'target',
                horizon,
                value: value.value,
                unit: value.unit,
                comparator: value.comparator,
                text: tier,
                raw: tier,
                derived: false,
                provenance: provenance(cell),
              },
            };
            reading.targets.push(pending);
            if (guidance && PERIOD_WORD.test(headers[c] ?? column.header)) periodGuidance.add(pending);
          }
        } else if (column.role === 'rank') {
          // 3/8: third of eight; 全市第3位: the scope word in the cell.
          const read = readRankCell(cell.text);
          if (read === null) {
            badCell(cell, 'the rank');
            continue;
          }
          const { rank } = read;
          // 全市位次（5个区县）: the header's bracket sizes every rank of the column.
          const of = read.of ?? headerGroupSize(column.header);
          // 本县位次 beside a 全市 column: 本县 is whose rank it is, 全市 where (table-own-rank-column.ts, F6963).
          const ownScope = ownRankScope(
            column.header,
            columns.map((k) => k.header),
          );
          reading.rankings.push({
            indicatorCode: entry?.code ?? code,
            subject: split.name,
            change: rankChangeOf(row.cells[rankChangeColumn], dashUnchanged, signedMoves),
            rank,
            of,
            // 增速全市排位: the scope word, not 增速全市 read as a place.
            scope:
              SCOPE_WORD.exec(column.header)?.[0] ??
              (ownScope === null
                ? (regionIn(column.header) ?? read.scope ?? parent ?? '')
                : ownScope || (read.scope ?? '')),
            source: 'table',
            raw: cell.text,
            provenance: provenance(cell),
          });
        }
      }
      for (const cell of gapCells) {
        const read = readQuantity(cell.text);
        if (!read || !goalColumn) continue;
        const goal = reading.targets
          .slice(rowTargets)
          .find((p) => p.rowKey === rowKey && p.target.kind === 'target')?.value.value;
        const actual = actuals.find((o) => o.measure === 'growth')?.quantity?.value;
        const value = signedGap(read.value, actual, goal ?? undefined);
        reading.observations.push({
          indicatorCode: code,
          indicatorName: split.name,
          source: 'table',
          measure: 'comparison',
          quantity: withUnit({ ...read, value }, '个百分点'),
          text: null,
          comparedWith: planGapComparedWith(goalColumn.header),
          provenance: provenance(cell),
        });
      }
      // 税收收入 | 6.58 | 完成年初预算（%） 42.9 with no plan in the row: the plan the share implies (session 38,
      // fix261). A row with a goal of its own (增长10% beside 完成年度目标进度) is judged by that goal.
      if (!reading.targets.slice(rowTargets).some((p) => p.rowKey === rowKey))
        for (const share of progressShares) {
          const plan = yearPlanFromShare(
            share.header,
            share,
            actuals.filter((o) => !monthAlone.has(o)),
            { rowKey, code, name: split.name, setBy: region },
            statesGoals,
          );
          if (plan) reading.targets.push(plan);
        }
      reading.rowActuals.set(rowKey, actuals);
    }
    bareTargetsAsGrowths(reading.targets.slice(tableTargets), reading.rowActuals, [...votedUnits]);
    bareTargetsAsLevels(reading.targets.slice(tableTargets), reading.rowActuals, [...votedUnits]);
    percentTargetsOfCountRows(reading.targets.slice(tableTargets), reading.rowActuals);
    guidanceOfNextYear(reading.targets.slice(tableTargets), periodGuidance);
    if (wholeYear) guidanceOfYearReport(reading.targets.slice(tableTargets), periodGuidance);
    guidanceAmountsForYear(reading.targets.slice(tableTargets), periodGuidance);
  }
  return reading;
}

/**
 * 地区生产总值增速(%), 1-6月规上工业增加值增长: a places table's column header, the measure word after the name;
 * 地区生产总值 over 增长% (fix339, F6861): the sub-header's bare % closes the word, no bracket round it.
 */
const PLACE_COLUMN_MEASURE =
  /(?:同比|比上年(?:同期)?)?(?:增速|增长率?|增幅|绝对值|总量|完成(?:值|额|数)?|累计)\s*%?$/;

/** A row naming the report's own place: 岚溪县 or 岚溪 in its report, 全市 in a city's (全县 in a county's). */
function isOwnPlace(name: string, region: string): boolean {
  if (region === '') return false;
  const bare = region.length >= 2 ? region.slice(0, -1) : region;
  return name === region || name === bare || name === `全${region.at(-1)}`;
}

/** Where a places table's ranks hold: its header's scope, else the parent its caption names (沅岭市各县…). */
function placesRankScope(header: string, caption: string | null): string {
  const inHeader = SCOPE_WORD.exec(header)?.[0] ?? regionIn(header);
  if (inHeader) return inHeader;
  // 2020年1—9月沅岭市各县…: the period before the parent is cut first, so 月 is not read into its name.
  const named = caption
    ? regionIn(
        caption.replace(/^附?表\s*[\d一二三四五六七八九十]*\s*[:：]?\s*/, '').replace(PERIOD_PREFIX, ''),
      )
    : null;
  return named && !/\d|年/.test(named) && !isGenericRegion(named) ? named : '';
}

/**
 * 地区 | 地区生产总值增速(%) | 位次 | …: the row naming the report's own place gives that place's figure
 * for the indicator each column header names, and its rank where a rank column follows a single
 * indicator column (after two or more, whose rank it is cannot be told). Other places' rows, and
 * columns naming no known indicator, give nothing.
 */
function readOwnPlaceRow(placed: PlacedTable, region: string, reading: TableReading): void {
  const { columns, caption } = placed.read.table;
  const nameColumn = nameColumnOf(columns);
  const r = placed.read.rows.findIndex((row) =>
    isOwnPlace(rowName(row.cells[nameColumn]?.text ?? '').replace(/\s/g, ''), region),
  );
  const row = placed.read.rows[r];
  if (!row) return;
  const sentenceIndex = placed.rowSentences[r] ?? 0;
  // The indicators of the figure columns since the last rank column, that column's, and the last
  // figure column's (地区生产总值(亿元) | 增速(%): the growth column names no indicator of its own).
  let run: RankedIndicator[] = [];
  let previous: RankedIndicator | null = null;
  let last: RankedIndicator | null = null;
  for (const [c, column] of columns.entries()) {
    const cell = row.cells[c];
    if (c === nameColumn) continue;
    if (column.role === 'rank') {
      const owner = rankOwner(column.header, run, previous);
      previous = owner;
      run = [];
      const rank = cell?.text ? readOrdinal(cell.text) : null;
      if (!owner || !cell || rank === null || rank === 0) continue;
      reading.rankings.push({
        indicatorCode: owner.code,
        subject: owner.name,
        change: null,
        rank,
        of: null,
        // 地区生产总值总量位次: the scope is read past the indicator's name (地区 is no place).
        scope: placesRankScope(column.header.replace(owner.name, ''), caption),
        source: 'table',
        raw: cell.text,
        provenance: { sentenceIndex, start: cell.start, end: cell.end },
      });
      continue;
    }
    const written = splitNameUnit(column.header).name.replace(PERIOD_PREFIX, '');
    const name = written.replace(PLACE_COLUMN_MEASURE, '');
    const entry = lookupIndicator(name) ?? lookupIndicator(name.replace(WHOLE_AREA, ''));
    // 增速(%) right after 地区生产总值(亿元): the growth of the indicator on its left.
    const owner: RankedIndicator | null = entry
      ? { code: entry.code, name }
      : name === '' && written !== ''
        ? last
        : null;
    last = owner;
    if (!owner) continue;
    run.push(owner);
    const read = cell?.text ? readQuantity(cell.text) : null;
    if (!cell || !read) continue;
    // 地区 | 规模以上工业增加值 under …主要指标增速（%）: the caption's one unit is a bare cell's;
    // 总量 under 单位：亿元、%: the level's of the units listed.
    const quantity = withUnit(
      read,
      columnUnit(column.header) ??
        unitFromLine(placed.read.units, column.header, lookupIndicator(owner.name)?.unit ?? null),
    );
    if (!reading.indicators.some((i) => i.code === owner.code))
      reading.indicators.push({ code: owner.code, name: owner.name, unit: null, known: true });
    reading.observations.push({
      indicatorCode: owner.code,
      indicatorName: owner.name,
      source: 'table',
      measure: tableMeasure(quantity, lookupIndicator(owner.name)),
      quantity,
      text: null,
      comparedWith: null,
      provenance: { sentenceIndex, start: cell.start, end: cell.end },
    });
  }
}

/** 1-6月, 上半年 before an indicator's name in a column header. */
const PERIOD_PREFIX =
  /^(?:(?:19|20)\d{2}\s*年)?(?:上半年|前三季度|[一二三]季度|1\s*[-—–~至]\s*\d{1,2}\s*月)(?:累计)?/;

/** A name column headed by places (地区, 县(市、区), 区域): its rows are places, not indicators. */
export function isPlacesTable(columns: readonly TableColumn[]): boolean {
  return isPlacesHeader(columns[nameColumnOf(columns)]?.header ?? '');
}

/** A table whose every row but a total names a class of projects (续建项目, 新开工项目, 前期项目). */
function isProjectClassTable(placed: PlacedTable, nameColumn: number): boolean {
  const names = placed.read.rows
    .map((row) => rowName(row.cells[nameColumn]?.text ?? ''))
    .filter((name) => name !== '' && !TOTAL_ROW.test(name));
  return names.length > 0 && names.every((name) => isAggregate(name));
}

const TOTAL_ROW = /^(?:合计|总计|小计|全部)$/;
/**
 * 工业项目小计（7个）, 基础设施类合计: the subtotal of a group of a project table's rows, named by the group before its
 * 小计 (session 51, fix486_487, F10364).
 */
const GROUP_TOTAL_ROW = /^[\u4e00-\u9fa5]{1,12}(?:小计|合计)$/;
/** 新开工项目(12个), 续建项目(共8项): the count a group row of a project table gives its class. */
const GROUP_COUNT = /\((?:共)?\d+(?:个|项|宗)\)$/;
/**
 * 小计(列示项目), 合计(不含储备项目): a total row whose bracketed note says what it sums is no project
 * either (fix280).
 */
const TOTAL_NOTE = /\([\u4e00-\u9fa5]{2,12}\)$/;
/** 注：, 填报人：, 审核人：, 填报日期：: a note or the sign-off of a schedule, written in the name column's rows. */
const FOOTER_LABEL =
  /^(?:注|备注|说明|(?:填报|填表|制表|审核|审批|负责|联系)人|联系电话|(?:填报|填表|制表|报送)(?:日期|时间))\s*[:：]/;
/** 产业发展类, 基础设施类: a class of projects named by …类 without 项目 (a group row's own name). */
const TABLE_CLASS = /^[\u4e00-\u9fa5]{1,10}类$/;

/**
 * 序号 | 项目名称 | 总投资(亿元) | 2024年计划投资(亿元) | 1—8月完成投资(亿元) | 完成率(%): a table whose rows are
 * projects, named in a 项目名称 (or 项目) column beside columns of investment.
 */
export function isProjectTable(columns: readonly TableColumn[]): boolean {
  const name = columns[nameColumnOf(columns)]?.header ?? '';
  return PROJECT_HEADER.test(foldWidth(name).trim()) && columns.some((c) => /投资/.test(c.header));
}

/** A project as a row of a project table gives it: its total and completed investment in 元, its progress. */
export interface TableProject {
  name: string;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  /** The 进展情况 (形象进度) cell as written, or null without such a column. */
  progress: string | null;
  raw: string;
  provenance: { sentenceIndex: number; start: number; end: number };
}

/** 完成投资, 1—10月完成(亿元), 累计完成: the column of the amount done (not 完成率, a share). */
const DONE_HEADER = /完成投资|完成(?:额)?\s*(?:\([^)]*\))?$/;

/** 累计完成投资（万元）, 开工以来累计完成: the column of the amount done since the works began. */
const RUNNING_DONE_HEADER = /^(?:(?:项目)?(?:开工|建设)以来)?累计/;

/** 年度计划投资, 本年计划投资（万元）, 2024年计划投资, 年度计划: a column of the year's planned amount (not 完成率, a share). */
const YEAR_PLAN_HEADER =
  /^(?:(?:年度|今年|本年|全年|当年|\d{4}\s*年)计划(?:完成)?(?:投资)?)\s*(?:\([^)]*\))?$/;

/**
 * 已建成投产，累计完成投资X亿元 in a row's 形象进度 cell: the amount done since the start, which a project's
 * completed investment is, over the period's column (1—N月完成) beside it (fix172).
 */
const CUMULATIVE_DONE = /累计(?:已)?完成(?:投资)?\s*(\d+(?:\.\d+)?\s*(?:亿元|万元))/;

/** An amount in 元 written with its unit (46亿元, 3800万元) in a table's cell, or null. */
export function writtenYuan(written: string | undefined): number | null {
  const read = written ? readQuantity(written) : null;
  const factor = read?.unit ? unitInfo(read.unit)?.factor : undefined;
  return read && factor !== undefined ? Math.round(read.value * factor * 100) / 100 : null;
}

/** The amount in 元 a progress cell gives as done since the start, or null. */
function cumulativeDone(progress: string): number | null {
  if (!progress.includes('累计')) return null;
  return writtenYuan(CUMULATIVE_DONE.exec(progress)?.[1]);
}

/**
 * 总投资（万元） | 2003年计划投资 | 1—7月完成投资: the one unit the investment columns that state one agree on,
 * which the bare ones beside them share (a Word table names it in its first amount column only; F9542).
 */
function investmentColumnsUnit(columns: readonly TableColumn[]): string | null {
  const stated = new Set<string>();
  for (const column of columns) {
    if (!column.header.includes('投资')) continue;
    const unit = columnUnit(column.header);
    if (unit) stated.add(unit);
  }
  const [only] = stated;
  return stated.size === 1 && only !== undefined && only !== '%' ? only : null;
}

/** The rows of every project table: 总投资 is the planned investment, 完成投资 the completed. */
export function readTableProjects(tables: readonly PlacedTable[], source: string): TableProject[] {
  const found: TableProject[] = [];
  for (const placed of tables) {
    const { columns } = placed.read.table;
    if (isTaskLedger(Array.from(columns, (c) => c.header))) {
      found.push(...ledgerProjects(placed, source));
      continue;
    }
    if (!isProjectTable(columns)) continue;
    const nameColumn = nameColumnOf(columns);
    // 项目 | 项目数 | 总投资: a table headed 项目 whose rows are classes (产业项目, 基础设施项目) names none.
    if (isProjectClassTable(placed, nameColumn)) continue;
    // 年度计划投资, 2024年计划投资 beside no 总投资 column: the year's plan is each row's only planned amount,
    // so its planned investment (decision 15, session 34, fixd15); beside a 总投资 column it is not.
    const totalColumn = columns.findIndex((c) => /总投资/.test(c.header));
    const total =
      totalColumn >= 0
        ? totalColumn
        : columns.findIndex((c) => YEAR_PLAN_HEADER.test(foldWidth(c.header).trim()));
    // 1—8月完成投资 | 累计完成投资: beside the period's column, the running total since the start is the
    // project's completed investment, as a progress cell's 累计完成投资 is (F10445).
    const doneHeaders = columns.map((c) => foldWidth(c.header).trim());
    const running = doneHeaders.findIndex((h) => RUNNING_DONE_HEADER.test(h) && DONE_HEADER.test(h));
    const done = running >= 0 ? running : doneHeaders.findIndex((h) => DONE_HEADER.test(h));
    const progress = columns.findIndex((c) =>
      /^(?:进展情况|项目进展|形象进度|进度情况|建设进度)/.test(c.header),
    );
    // 单位：万元 over the table: the unit of the bare amounts its headers leave unsaid.
    const { units } = placed.read;
    const listedUnit = units.length === 1 ? (units[0] ?? null) : (units.find((u) => u !== '%') ?? null);
    const siblingUnit = investmentColumnsUnit(columns);
    const amount = (cells: readonly Cell[], c: number): number | null => {
      const cell = c >= 0 ? cells[c] : undefined;
      const read = cell?.text ? readQuantity(cell.text) : null;
      const unit = read?.unit || columnUnit(columns[c]?.header ?? '') || listedUnit || siblingUnit;
      const factor = unit ? unitInfo(unit)?.factor : undefined;
      if (!read || factor === undefined || unit === '%') return null;
      return Math.round(read.value * factor * 100) / 100;
    };
    for (const [r, row] of placed.read.rows.entries()) {
      const name = foldWidth(row.cells[nameColumn]?.text ?? '').trim();
      // 合计（14个）: a total row may give the count of the projects it sums, as a group row does.
      const sums = name.replace(GROUP_COUNT, '').replace(TOTAL_NOTE, '').trim();
      if (name === '' || TOTAL_ROW.test(sums) || GROUP_TOTAL_ROW.test(rowName(sums))) continue;
      // 一 | 新开工项目(2个) | | |: a row heading a group of the table's projects names none.
      // 一、续建项目(7个), merged over 序号 and 项目名称: its serial number is the group's, not a project's.
      const group = rowName(name).replace(GROUP_COUNT, '').trim();
      // 一、产业发展类（5个）: a class named by …类 alone heads a group of a workbook's project table.
      if (isAggregate(group) || TABLE_CLASS.test(group)) continue;
      // 注：1．完成率＝…, 填报人：某某 under a workbook's last project: the sheet's footer, not a row.
      if (FOOTER_LABEL.test(name)) continue;
      // After a table laid one cell a line, a byline or a page's links take the place of a row: no
      // column of investment holds a number.
      if (
        placed.read.table.layout === 'cell-per-line' &&
        columns.every((column, c) => !/投资/.test(column.header) || !readQuantity(row.cells[c]?.text ?? ''))
      )
        continue;
      const progressText = foldWidth(row.cells[progress]?.text ?? '').trim();
      found.push({
        name,
        plannedInvestment: amount(row.cells, total),
        completedInvestment: cumulativeDone(progressText) ?? amount(row.cells, done),
        progress: progressText || null,
        raw: source.slice(row.start, row.end),
        provenance: { sentenceIndex: placed.rowSentences[r] ?? 0, start: row.start, end: row.end },
      });
    }
  }
  return found;
}

/** The works a task ledger's rows name inside their task cells, wrapped cells joined to their row (F8863). */
function ledgerProjects(placed: PlacedTable, source: string): TableProject[] {
  const headers = Array.from(placed.read.table.columns, (c) => c.header);
  const task = taskColumnOf(headers);
  const progress = headers.findIndex((h) => /完成情况|进展|进度情况/.test(h));
  if (task < 0 || progress < 0) return [];
  const nameColumn = nameColumnOf(placed.read.table.columns);
  const found: TableProject[] = [];
  const rows = placed.read.rows;
  for (const [r, row] of rows.entries()) {
    const texts = Array.from(row.cells, (cell) => cell.text);
    if (isContinuationRow(texts, nameColumn)) continue;
    // 玉沧段） | 年度计划投资1.2亿元 on the line below, between this row and the next: the row's wrapped cells
    // (a PDF's), no row of their own; joined to it cell by cell.
    const next = rows[r + 1];
    const end = next ? next.start : row.end;
    if (next) {
      for (const line of source.slice(row.end, next.start).split('\n')) {
        const wrapped = line.split('\t');
        if (wrapped.length !== texts.length || !isContinuationRow(wrapped, nameColumn)) continue;
        for (const [c, text] of wrapped.entries()) texts[c] = `${texts[c] ?? ''}${text.trim()}`;
      }
    }
    const work = cellProject(texts[task] ?? '', texts[progress] ?? '');
    if (!work) continue;
    found.push({
      name: work.name,
      plannedInvestment: writtenYuan(work.planned ?? undefined),
      completedInvestment: writtenYuan(work.done ?? undefined),
      progress: texts[progress]?.trim() || null,
      raw: source.slice(row.start, end),
      provenance: { sentenceIndex: placed.rowSentences[r] ?? 0, start: row.start, end },
    });
  }
  return found;
}

/** 2025年目标 read in 2021…2024: the last year of the five-year plan the report's year is in. */
function closesFiveYearPlan(header: string, year: number | undefined): boolean {
  const named = Number(/((?:19|20)\d{2})\s*年/.exec(header)?.[1]);
  return year !== undefined && named % 5 === 0 && named - year <= 5;
}

const PLAN_VERDICT =
  /^(?:滞后|慢于预期|低于预期|未达预期)$|^(?:符合预期|快于预期|超过预期|好于预期|超出预期|达到预期|提前完成|已完成)$/;

/** 滞后 → missed, 符合预期/快于预期 → met: a plan evaluation's verdict cell; null for any other text. */
function planVerdict(text: string): Attainment | null {
  const m = PLAN_VERDICT.exec(text.replace(/\s/g, ''));
  if (!m) return null;
  return /滞后|慢于|低于|未达/.test(m[0]) ? 'missed' : 'met';
}

/** Whether a target column's header names a year after the report's next (a plan's 2025年目标). */
function beyondNextYear(header: string, year: number | undefined): boolean {
  const named = /((?:19|20)\d{2})\s*年/.exec(header)?.[1];
  return year !== undefined && named !== undefined && Number(named) > year + 1;
}
