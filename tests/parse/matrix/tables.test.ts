// The phrasing matrix for indicator tables: each case is a small report built from one choice of
// every ingredient real tables combine (header words, where the unit is written, numbering, groups,
// a header over two rows, separators, empty marks, tiers, notes, a 续表 split, a table of places),
// and what the parser must read from it is computed from the same choices. Places and figures are
// invented. The ingredients of session 10 draw from a second generator, so the earlier cases keep
// their draws and gain the new forms only where one is picked.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../src/parse/index.js';
import { seededRandom } from './seeded.js';

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  /** A figure with one decimal in [lo, hi). */
  const figure = (lo: number, hi: number) => Math.round((lo + next() * (hi - lo)) * 10) / 10;
  return { pick, chance, figure, next };
}

// ---- Ingredients: each a form real tables use -------------------------------------------------

/** Indicators as tables name them, with the unit their level is in ('%' when only a rate of growth is given). */
const INDICATORS = [
  { code: 'gdp', names: ['地区生产总值', '生产总值', 'GDP'], unit: '亿元', group: 0, level: [40, 200] },
  { code: 'industrial-value-added', names: ['规模以上工业增加值', '规上工业增加值'], unit: '%', group: 0 },
  { code: 'fixed-asset-investment', names: ['固定资产投资', '全社会固定资产投资'], unit: '%', group: 1 },
  {
    code: 'retail-sales',
    names: ['社会消费品零售总额', '社零总额'],
    unit: '亿元',
    group: 1,
    level: [10, 80],
  },
  {
    code: 'general-budget-revenue',
    names: ['一般公共预算收入', '地方一般公共预算收入'],
    unit: '亿元',
    group: 2,
    level: [2, 15],
  },
  // A part of the row above, written 其中：….
  { code: 'tax-revenue', names: ['税收收入'], unit: '亿元', group: 2, level: [1, 10], part: true },
  { code: 'foreign-trade', names: ['外贸进出口总额', '进出口总额'], unit: '亿元', group: 3, level: [1, 30] },
  { code: 'foreign-investment', names: ['实际利用外资'], unit: '万美元', group: 3, level: [500, 5000] },
  {
    code: 'urban-disposable-income-per-capita',
    names: ['城镇常住居民人均可支配收入', '城镇居民人均可支配收入'],
    unit: '元',
    group: 4,
    level: [15000, 30000],
  },
  {
    code: 'rural-disposable-income-per-capita',
    names: ['农村常住居民人均可支配收入', '农村居民人均可支配收入'],
    unit: '元',
    group: 4,
    level: [8000, 16000],
  },
  // A price index: its rise, or the index against last year's 100.
  { code: 'cpi', names: ['居民消费价格涨幅', '居民消费价格指数（上年=100）'], unit: '%', group: 4 },
] as const;
type Indicator = (typeof INDICATORS)[number];

/** Group names a category column or a group row gives, in the order of INDICATORS' groups. */
const GROUPS = [
  ['经济总量', '经济发展'],
  ['投资消费', '投资与消费'],
  ['财政收入', '财政金融'],
  ['对外开放', '开放型经济'],
  ['居民收入', '人民生活'],
] as const;

const PLACES = ['岚溪县', '桐岭县', '榆川区', '蓼原县', '枫浦县'];
const PERIODS = [
  {
    title: '上半年',
    span: '1-6月',
    code: '2024-H1',
    words: ['1-6月完成', '上半年', '1-6月', '1—6月累计', '上半年完成'],
    targets: ['上半年目标', '1-6月目标'],
  },
  {
    title: '1-9月',
    span: '1-9月',
    code: '2024-Q3',
    words: ['1-9月完成', '前三季度', '1-9月', '1—9月累计'],
    targets: ['前三季度目标', '1-9月目标'],
  },
] as const;
const LEVEL_HEADERS = ['实际完成', '绝对值', '完成值', '完成数'];
const NAME_HEADERS = ['指标名称', '指标', '项目', '主要指标'];
const UNIT_HEADERS = ['单位', '计量单位'];
const TARGET_HEADERS = ['年度目标', '全年目标', '预期目标', '计划目标', '年初计划', '2024年目标'];
const GUIDANCE_HEADERS = ['市下达目标', '上级指导目标', '省定目标', '市定目标'];
/** Parent cities a guidance header may name (invented). */
const PARENTS = ['沅岭市', '澄川市'];
const GROWTH_HEADERS = ['增长%', '增幅(%)', '同比±%', '增速', '增长(%)', '同比增长(%)', '比上年同期增长%'];
const PROGRESS_HEADERS = ['完成年计划%', '进度(%)', '完成年度目标%', '占年计划%'];
const RANK_HEADERS = [
  { header: '名次', scope: '' },
  { header: '排名', scope: '' },
  { header: '位次', scope: '' },
  { header: '全市排名', scope: '全市' },
  { header: '全市位次', scope: '全市' },
  { header: '增速全市排位', scope: '全市' },
  { header: '排位', scope: '' },
];
/** A column beside the rank saying how far it moved: read as the rank's change. */
const RANK_CHANGE_HEADERS = ['较一季度位次变化', '位次变化', '排位升降'];
const RANK_CHANGES = [
  { cell: '上升1位', change: 1 },
  { cell: '前进2位', change: 2 },
  { cell: '↑2', change: 2 },
  { cell: '下降1位', change: -1 },
  { cell: '-1', change: -1 },
  { cell: '持平', change: 0 },
] as const;
/** A column of percentage points against last year's growth: a change, in 百分点. */
const PP_HEADERS = [
  '比上年同期增减(百分点)',
  '增减(百分点)',
  '较上年同期增减（百分点）',
  // A growth column's neighbour told in signed points (session 10): 增速比上年同期（±百分点）.
  '增速比上年同期（±百分点）',
  '增速比上年(±个百分点)',
];
/** The share of the year gone by, the same in every row: no figure of the row's indicator. */
const TIME_PROGRESS_HEADERS = ['时序进度', '时序进度(%)', '时间进度'];
const CAPTIONS = [
  (_p: string, _s: string) => '表1 主要经济指标完成情况表',
  (p: string, s: string) => `附表:${p}2024年${s}主要经济指标完成情况`,
  (_p: string, s: string) => `2024年${s}主要经济指标完成情况表`,
  (_p: string, _s: string) => '主要经济指标监测表',
];
const EMPTY_MARKS = ['—', '/', '-', '', '--'];
/** Row numbers written before a name. */
const NUMBERING = ['none', '1.', '1、', '(1)', 'serial'] as const;

// ---- Choices of one case ------------------------------------------------------------------------

type Layout = 'tab' | 'pipe' | 'spaces' | 'cell-per-line';
type UnitPlace = 'column' | 'name' | 'line';
type Column =
  | 'serial'
  | 'category'
  | 'name'
  | 'unit'
  | 'target'
  | 'guidance'
  | 'level'
  | 'growth'
  | 'progress'
  | 'rank'
  | 'remark'
  | 'last-year'
  | 'target-high'
  | 'pp-change'
  | 'time-progress'
  | 'rank-change';

interface ExpectedTarget {
  code: string;
  kind: 'target' | 'guidance';
  setBy: string | null;
  /** null: either horizon is a fair reading (a bare 市下达目标 in a half-year report). */
  horizon: 'full-year' | 'period' | null;
  value: number;
  unit: string;
  comparator: string;
}

interface Expected {
  observations: string[];
  targets: ExpectedTarget[];
  rankings: string[];
}

interface Case {
  name: string;
  text: string;
  /** The report's region and period, read from its title. */
  meta: [string, string];
  expected: Expected;
}

/** A target cell and what it states; `unit` null means the row's or column's unit. */
interface TargetForm {
  cell: (v: number, v2: number) => string;
  values: (v: number, v2: number) => { value: number; comparator: string; explicit?: string }[];
}
/** Target forms of an indicator given as a rate of growth. */
const RATE_TARGETS: TargetForm[] = [
  { cell: (v) => `${v}`, values: (v) => [{ value: v, comparator: 'eq' }] },
  { cell: (v) => `${v}%`, values: (v) => [{ value: v, comparator: 'eq', explicit: '%' }] },
  { cell: (v) => `增长${v}%`, values: (v) => [{ value: v, comparator: 'eq', explicit: '%' }] },
  { cell: (v) => `${v}左右`, values: (v) => [{ value: v, comparator: 'approx' }] },
  { cell: (v) => `${v}%左右`, values: (v) => [{ value: v, comparator: 'approx', explicit: '%' }] },
  { cell: (v) => `${v}以上`, values: (v) => [{ value: v, comparator: 'gte' }] },
  { cell: (v) => `${v}%以上`, values: (v) => [{ value: v, comparator: 'gte', explicit: '%' }] },
  { cell: (v) => `≥${v}`, values: (v) => [{ value: v, comparator: 'gte' }] },
  {
    cell: (v, v2) => `${v}/${v2}`,
    values: (v, v2) => [
      { value: v, comparator: 'eq' },
      { value: v2, comparator: 'eq' },
    ],
  },
];
/** Target forms of an indicator given as a level: the level itself, or its growth. */
const LEVEL_TARGETS: TargetForm[] = [
  { cell: (v) => `增长${v}%`, values: (v) => [{ value: v, comparator: 'eq', explicit: '%' }] },
  { cell: (v) => `增长${v}%左右`, values: (v) => [{ value: v, comparator: 'approx', explicit: '%' }] },
  { cell: (v) => `${v}%以上`, values: (v) => [{ value: v, comparator: 'gte', explicit: '%' }] },
];

const fmt = (n: number) => String(n);

/**
 * A goal's horizon from its column's words: the year's, or the period's when the header names it; a
 * higher level's goal that names neither may be either (null).
 */
function horizonOf(kind: 'target' | 'guidance', word: string): ExpectedTarget['horizon'] {
  if (/上半年|季度|\d月/.test(word)) return 'period';
  if (kind === 'target' || /全年|年度/.test(word)) return 'full-year';
  return null;
}

function buildCase(seed: number): Case {
  const r = random(seed);
  const place = r.pick(PLACES);
  const period = r.pick(PERIODS);
  const layout: Layout = r.pick(['tab', 'pipe', 'spaces', 'cell-per-line'] as const);
  const rowPerLine = layout !== 'cell-per-line';
  // Runs of spaces cannot keep an empty cell, so such tables mark every empty cell.
  const emptyMark = layout === 'tab' || layout === 'pipe' ? r.pick(EMPTY_MARKS) : r.pick(['—', '/']);
  const unitPlace: UnitPlace = r.pick(['column', 'column', 'name', 'line'] as const);
  const numbering = r.pick(NUMBERING);
  const categories: 'none' | 'column' | 'rows' =
    layout === 'cell-per-line' ? 'none' : r.pick(['none', 'none', 'column', 'rows'] as const);
  // A category column keeps its group's later cells empty, or drops them (the flattened merged cell).
  const categoryLater: 'blank' | 'missing' =
    layout === 'spaces' ? 'missing' : r.pick(['blank', 'missing'] as const);
  const hasTarget = r.chance(0.8);
  const hasGuidance = r.chance(0.3);
  const hasLevel = r.chance(0.8);
  const hasProgress = hasLevel && r.chance(0.3);
  const hasRank = r.chance(0.6);
  const hasRemark = r.chance(0.2);
  const hasLastYear = hasLevel && r.chance(0.15);
  const twoRowHeader = hasLevel && (layout === 'tab' || layout === 'pipe') && r.chance(0.3);
  const caption = r.chance(0.8) ? r.pick(CAPTIONS)(place, period.title) : null;
  const continued = rowPerLine && r.chance(0.15);
  const groupSize = hasRank && r.chance(0.3) ? r.pick([6, 8, 11]) : null;
  const note = r.pick(['none', 'none', 'comparable', 'document', 'footnote'] as const);
  // Session 10's ingredients, from their own generator.
  const x = random(seed + 7_000_000);
  const tabOrPipe = layout === 'tab' || layout === 'pipe';
  // The tenth batch's note naming the parent its group belongs to (位次为在沅岭市8个县（市、区）中的
  // 排位), from a generator of its own so the other cases stay as they were.
  const y = random(seed + 9_000_000);
  const groupParent = groupSize && y.chance(0.5) ? y.pick(PARENTS) : null;
  // 完成(亿元): the unit in the level column's header instead of a 单位 line over the table.
  const unitInHeader = unitPlace === 'line' && x.chance(0.5);
  // 续表 over the second part, its header typed again or not; a one-cell-a-line table split too.
  const split2 = continued || (layout === 'cell-per-line' && x.chance(0.2));
  const repeatHeader = x.chance(0.5);
  // 全年目标 over 确保 | 力争: a target in two tiers, a column each.
  const tiers = hasTarget && tabOrPipe && !twoRowHeader && x.chance(0.2);
  // A header cell broken over two lines (全市 / 排名).
  const brokenHeader = tabOrPipe && !twoRowHeader && !tiers && x.chance(0.2);
  const hasPpChange = x.chance(0.15);
  const hasTimeProgress = x.chance(0.15);
  const hasRankChange = hasRank && x.chance(0.25);
  // 一、地区生产总值: names numbered as groups are, in tables laid a row a line without group rows.
  const chineseNumbers = numbering === 'none' && rowPerLine && categories !== 'rows' && x.chance(0.3);
  const footMark = x.pick(['*', '*', '[1]', '①'] as const);
  // A row whose name a line break splits (tab and pipe rows only).
  const wrapName = tabOrPipe && x.chance(0.2);
  // 县定目标 over our own goals; 省下达目标 over a higher level's that names no place.
  const ownTargetHeader = x.chance(0.15) ? `${place.at(-1)}定目标` : null;
  const provinceGuidance = x.chance(0.2);
  // A 单位 column left blank on rows that write their unit in the name instead.
  const mixedUnits = unitPlace === 'column' && x.chance(0.3);

  // Rows: a handful of indicators in catalogue order, names as one alias.
  const chosen = INDICATORS.filter(
    (ind, k) =>
      r.chance(0.55) &&
      // 其中：税收收入 only under its whole, and not where runs of spaces would lose its blank serial.
      (!('part' in ind) ||
        (INDICATORS[k - 1] !== undefined && !(numbering === 'serial' && layout === 'spaces'))),
  );
  const parts = chosen.filter(
    (ind, k) => !('part' in ind) || chosen[k - 1]?.code === 'general-budget-revenue',
  );
  const indicators: Indicator[] = parts.length >= 2 ? parts : [INDICATORS[0], INDICATORS[1]];
  // 单位：亿元、% over the table fits only tables whose levels are all in 亿元.
  const rows = indicators
    .filter((ind) => unitPlace !== 'line' || ind.unit === '亿元' || ind.unit === '%')
    .map((ind) => ({ ind, name: r.pick(ind.names) }));
  if (rows.length === 0) rows.push({ ind: INDICATORS[0], name: '地区生产总值' });

  const columns: Column[] = [];
  if (numbering === 'serial') columns.push('serial');
  if (categories === 'column') columns.push('category');
  columns.push('name');
  if (unitPlace === 'column') columns.push('unit');
  if (hasTarget) columns.push('target');
  if (tiers) columns.push('target-high');
  if (hasGuidance) columns.push('guidance');
  if (hasLastYear) columns.push('last-year');
  if (hasLevel) columns.push('level');
  columns.push('growth');
  if (hasPpChange) columns.push('pp-change');
  if (hasProgress) columns.push('progress');
  if (hasTimeProgress) columns.push('time-progress');
  if (hasRank) columns.push('rank');
  if (hasRankChange) columns.push('rank-change');
  if (hasRemark) columns.push('remark');

  const periodWord = r.pick(period.words);
  const levelWord = r.pick([periodWord, periodWord, r.pick(LEVEL_HEADERS)]);
  const growthWord = r.pick(GROWTH_HEADERS);
  const rankHeader = r.pick(RANK_HEADERS);
  const targetWord = tiers
    ? '全年目标'
    : (ownTargetHeader ?? (r.chance(0.15) ? r.pick(period.targets) : r.pick(TARGET_HEADERS)));
  const parent = r.chance(0.3) ? r.pick(PARENTS) : null;
  const guidanceWord = parent
    ? `${parent}下达目标`
    : provinceGuidance
      ? x.pick(['省下达目标', '省下达'])
      : r.pick(GUIDANCE_HEADERS);
  const levelUnit = unitInHeader ? x.pick(['（亿元）', '(亿元)']) : '';
  // Where a bare rank holds: the parent a guidance header names, else nowhere said.
  const headerScope = rankHeader.scope || (hasGuidance && parent ? parent : '');
  // A note naming the parent names what 全市 (or no scope) over the rank column stands for.
  const rankScope = groupParent && (headerScope === '' || headerScope === '全市') ? groupParent : headerScope;
  const header: Record<Column, string> = {
    serial: '序号',
    category: '类别',
    name: r.pick(NAME_HEADERS),
    unit: r.pick(UNIT_HEADERS),
    target: targetWord,
    guidance: guidanceWord,
    level: `${levelWord}${twoRowHeader ? '' : levelUnit}`,
    growth: growthWord,
    progress: r.pick(PROGRESS_HEADERS),
    rank: rankHeader.header,
    remark: '备注',
    'last-year': r.pick(['上年同期', '上年同期完成']),
    'target-high': '',
    'pp-change': x.pick(PP_HEADERS),
    'time-progress': x.pick(TIME_PROGRESS_HEADERS),
    'rank-change': x.pick(RANK_CHANGE_HEADERS),
  };

  const expected: Expected = { observations: [], targets: [], rankings: [] };
  const body: string[][] = [];
  let lastGroup = -1;
  let number = 0;
  for (const { ind, name } of rows) {
    const part = 'part' in ind;
    if (!part) number++;
    const k = number - 1;
    const isRate = ind.unit === '%';
    const unit = ind.unit;
    const cells: Partial<Record<Column, string>> = {};
    const firstOfGroup = ind.group !== lastGroup;
    const groupName = GROUPS[ind.group]?.[seed % 2] ?? '';
    if (categories === 'rows' && firstOfGroup) {
      const row = columns.map((c) => (c === 'name' ? `${'一二三四五'[ind.group]}、${groupName}` : ''));
      body.push(row);
    }
    lastGroup = ind.group;
    const mark = note === 'footnote' && k === 0 && !part ? footMark : '';
    const index = ind.code === 'cpi' && name.includes('=100');
    const numbered = part
      ? r.pick(['其中：', '其中:'])
      : numbering === '1.'
        ? `${k + 1}.`
        : numbering === '1、'
          ? `${k + 1}、`
          : numbering === '(1)'
            ? `（${k + 1}）`
            : chineseNumbers
              ? `${'一二三四五六七八九十'[k] ?? ''}、`
              : '';
    const unitInName = (unitPlace === 'name' || (mixedUnits && x.chance(0.5))) && !index;
    cells.name = `${numbered}${name}${unitInName ? `（${unit}）` : ''}${mark}`;
    cells.serial = part ? '' : String(k + 1);
    cells.category = firstOfGroup ? groupName : '';
    cells.unit = unitPlace === 'column' && unitInName ? '' : unit;
    // Values.
    const levelAmount = 'level' in ind ? r.figure(ind.level[0], ind.level[1]) : 0;
    // Yuan and dollars are whole numbers in these tables.
    const level = unit === '元' || unit === '万美元' ? Math.round(levelAmount) : levelAmount;
    const growth =
      ind.code === 'cpi' ? r.figure(-1, 3) : r.chance(0.2) ? -r.figure(0.1, 9) : r.figure(0.1, 15);
    const levelKnown = hasLevel && !isRate && r.chance(0.9);
    cells.level = levelKnown ? fmt(level) : emptyMark;
    const lastYear =
      unit === '元' || unit === '万美元' ? Math.round(level * 0.9) : Math.round(level * 9) / 10;
    cells['last-year'] = levelKnown ? fmt(lastYear) : emptyMark;
    const growthKnown = r.chance(0.92);
    // 持平 (no change), 增长6% / 下降2.1% in words, 负增长 (a fall without its figure).
    const growthForm = index
      ? 'bare'
      : x.pick(['bare', 'bare', 'bare', 'bare', 'flat', 'words', 'fall'] as const);
    const growthRead = growthForm === 'flat' ? 0 : growth;
    // An index against last year's 100 (101.8) states the same rise as 1.8%.
    cells.growth = !growthKnown
      ? emptyMark
      : growthForm === 'flat'
        ? '持平'
        : growthForm === 'words'
          ? growth < 0
            ? `下降${-growth}%`
            : `增长${growth}%`
          : growthForm === 'fall' && growth < 0
            ? '负增长'
            : fmt(index ? Math.round((100 + growth) * 10) / 10 : growth);
    if (levelKnown) expected.observations.push(obs(ind.code, 'level', level, unit));
    // 上年同期: the same period's level a year before (fixhelan).
    if (levelKnown && hasLastYear)
      expected.observations.push(
        `${obs(ind.code, 'level', lastYear, unit)} @${Number(period.code.slice(0, 4)) - 1}${period.code.slice(4)}`,
      );
    if (growthKnown)
      expected.observations.push(
        growthForm === 'fall' && growth < 0
          ? obs(ind.code, 'growth', Number.NaN, '')
          : obs(ind.code, 'growth', growthRead, '%'),
      );
    // Percentage points against last year's growth.
    const pp = x.chance(0.85) ? Math.round((x.next() * 6 - 3) * 10) / 10 : null;
    cells['pp-change'] = pp === null ? emptyMark : fmt(pp);
    if (hasPpChange && pp !== null) expected.observations.push(obs(ind.code, 'change', pp, '百分点'));
    cells['time-progress'] = period.span === '1-6月' ? '50' : '75';
    // Share of the year's plan done.
    const progress = r.figure(35, 80);
    const progressKnown = hasProgress && levelKnown && r.chance(0.8);
    cells.progress = progressKnown ? fmt(progress) : emptyMark;
    if (progressKnown) expected.observations.push(obs(ind.code, 'share', progress, '%'));
    // A table stating no goal of its own or its parent's: a share of the year's plan (完成年计划%, not a bare
    // 进度(%)) is the plan's only trace, so it gives the plan its level implies (session 46, fix387, F7841).
    if (progressKnown && !hasTarget && !hasGuidance && /(?:全年|年度|年)(?:目标|计划)/.test(header.progress))
      expected.targets.push({
        code: ind.code,
        kind: 'target',
        setBy: place,
        horizon: 'full-year',
        value: Math.round((level / (progress / 100)) * 1e6) / 1e6,
        unit,
        comparator: 'eq',
      });
    // Targets.
    const targetCell = (kind: 'target' | 'guidance', word: string): string => {
      // Our own goals are the report's region's; a higher level's, the parent's its header names.
      const setBy = kind === 'target' ? place : parent;
      if (r.chance(0.12)) return emptyMark;
      const v = ind.code === 'cpi' ? r.pick([2, 3, 3.5]) : r.pick([5, 6, 6.5, 7, 7.5, 8, 9, 10]);
      const v2 = v + r.pick([1, 1.5, 2]);
      // A row's level target in its own unit, or its growth; a rate's target in %.
      const levelTarget = !isRate && unitPlace !== 'line' && r.chance(0.4);
      const form = isRate ? r.pick(RATE_TARGETS) : r.pick(LEVEL_TARGETS);
      const planLevel = Math.round(level * (period.span === '1-6月' ? 2 : 1.3));
      if (index) {
        // 103左右 against last year's 100: a rise of about 3%.
        expected.targets.push({
          code: ind.code,
          kind,
          setBy,
          horizon: horizonOf(kind, word),
          value: v,
          unit: '%',
          comparator: 'approx',
        });
        return `${100 + v}左右`;
      }
      const cell = levelTarget
        ? r.pick([`${planLevel}`, `${planLevel}以上`])
        : unitPlace === 'line' && !form.cell(v, v2).includes('%')
          ? `${v}%`
          : form.cell(v, v2);
      const values = levelTarget
        ? [{ value: planLevel, comparator: cell.endsWith('以上') ? 'gte' : 'eq', explicit: unit }]
        : unitPlace === 'line' && !form.cell(v, v2).includes('%')
          ? [{ value: v, comparator: 'eq', explicit: '%' }]
          : form.values(v, v2);
      for (const t of values)
        expected.targets.push({
          code: ind.code,
          kind,
          setBy,
          horizon: horizonOf(kind, word),
          value: t.value,
          unit: t.explicit ?? unit,
          comparator: t.comparator,
        });
      return cell;
    };
    if (tiers) {
      // 全年目标 确保 | 力争: each tier its own goal, written with its unit.
      const v = ind.code === 'cpi' ? x.pick([2, 3]) : x.pick([5, 6, 6.5, 7, 8]);
      const v2 = v + x.pick([1, 1.5, 2]);
      const tierCell = (value: number) => (isRate ? `${value}%` : `增长${value}%`);
      cells.target = tierCell(v);
      cells['target-high'] = tierCell(v2);
      for (const value of [v, v2])
        expected.targets.push({
          code: ind.code,
          kind: 'target',
          setBy: place,
          horizon: 'full-year',
          value,
          unit: '%',
          comparator: 'eq',
        });
    } else cells.target = hasTarget ? targetCell('target', targetWord) : '';
    cells.guidance = hasGuidance ? targetCell('guidance', guidanceWord) : '';
    // Ranks.
    const rank = 1 + Math.floor(r.next() * 8);
    const rankForm = r.pick(['n', 'n', '第n', '第n位', 'n/m'] as const);
    const rankKnown = hasRank && r.chance(0.85);
    const of = rankForm === 'n/m' ? 8 : groupSize;
    cells.rank = rankKnown
      ? rankForm === 'n'
        ? `${rank}`
        : rankForm === '第n'
          ? `第${rank}`
          : rankForm === '第n位'
            ? `第${rank}位`
            : `${rank}/8`
      : emptyMark;
    const moved = x.chance(0.85) ? x.pick(RANK_CHANGES) : null;
    cells['rank-change'] = moved ? moved.cell : emptyMark;
    const change = hasRankChange && moved ? ` Δ${moved.change}` : '';
    if (rankKnown) expected.rankings.push(`${ind.code} #${rank} of ${of ?? '-'} in ${rankScope}${change}`);
    cells.remark = r.pick(['', '快报数', '预计数', '可比价']);
    const row = columns.map((c) => cells[c] ?? '');
    // The merged category cell flattened away: the row is one cell short.
    if (categories === 'column' && !firstOfGroup && categoryLater === 'missing')
      row.splice(columns.indexOf('category'), 1);
    body.push(row);
  }

  // Header rows.
  let headerRows: string[][];
  if (twoRowHeader) {
    const top = columns.map((c) => (c === 'level' ? periodWord : c === 'growth' ? '' : header[c]));
    const sub = columns.map((c) =>
      c === 'level' ? `${r.pick(['绝对值', '本期', '完成'])}${levelUnit}` : c === 'growth' ? growthWord : '',
    );
    headerRows = [top, sub];
  } else if (tiers) {
    const top = columns.map((c) => (c === 'target-high' ? '' : header[c]));
    const sub = columns.map((c) => (c === 'target' ? '确保' : c === 'target-high' ? '力争' : ''));
    headerRows = [top, sub];
  } else headerRows = [columns.map((c) => header[c])];
  // 全市 / 排名: a header cell broken before its last word, the rest opening the next line.
  const breakable = columns.findIndex(
    (c, k) => k > 0 && /.(?:目标|完成|排名|排位|位次|进度)/.test(header[c]),
  );
  const breakAt = brokenHeader && breakable > 0 ? breakable : -1;
  const breakWord =
    /(?:目标|完成|排名|排位|位次|进度).*$/.exec(header[columns[breakAt] ?? 'name'])?.index ?? 0;
  // Session 11: one cell a line, a header cell broken over two lines (上级指导 / 目标, 全市 / 排名),
  // from a generator of its own so the other cases keep their draws.
  const z = random(seed + 11_000_000);
  const PIECES = /^(上级指导|[省市]下达|全市|全年)(目标|排名|位次|排位)$/;
  const pieceAt =
    layout === 'cell-per-line' && !twoRowHeader && z.chance(0.3)
      ? columns.findIndex((c) => PIECES.test(header[c]))
      : -1;
  // A row whose name a line break splits three characters from its end.
  const nameIdx = columns.indexOf('name');
  const wrapped = wrapName
    ? body.find((row) => {
        const name = row[nameIdx] ?? '';
        return row.length === columns.length && name.length >= 8 && !/[=*①[]/.test(name);
      })
    : undefined;

  const render = (row: string[]): string[] => {
    const cells = row.map((c) => (c === '' && layout === 'spaces' ? emptyMark : c));
    // Two lines parted inside one cell: the cell's start ends the first, its rest opens the second.
    const broken = (at: number, cut: number): string[] => {
      const text = cells[at] ?? '';
      const first = [...cells.slice(0, at), text.slice(0, cut)];
      const second = [text.slice(cut), ...cells.slice(at + 1)];
      return layout === 'pipe'
        ? [`| ${first.join(' | ')}`, `${second.join(' | ')} |`]
        : [first.join('\t'), second.join('\t')];
    };
    if (row === headerRows[0] && breakAt > 0) return broken(breakAt, breakWord);
    if (row === wrapped) return broken(nameIdx, (row[nameIdx] ?? '').length - 3);
    if (layout === 'tab') return [cells.join('\t')];
    if (layout === 'pipe') return [`| ${cells.join(' | ')} |`];
    if (layout === 'spaces') return [cells.join(r.pick(['  ', '   ', '    ']))];
    if (row === headerRows[0] && pieceAt >= 0)
      return cells.flatMap((c, k) => (k === pieceAt ? (PIECES.exec(c)?.slice(1, 3) ?? [c]) : [c]));
    return cells.map((c) => (c === '' && !blankCells ? emptyMark || '—' : c));
  };
  const sparse = layout === 'cell-per-line' && r.chance(0.5);
  // One cell a line with no blank line between cells: an empty cell is a blank line.
  const blankCells = layout === 'cell-per-line' && !sparse && r.chance(0.5);
  const renderAll = (rowsToRender: string[][]) => {
    const lines = rowsToRender.flatMap(render);
    return sparse ? lines.flatMap((l) => ['', l]) : lines;
  };

  const lines: string[] = [];
  lines.push(
    period.title === '上半年'
      ? `${place}2024年上半年国民经济和社会发展计划执行情况的报告`
      : `${place}2024年1-9月国民经济和社会发展计划执行情况的报告`,
  );
  if (r.chance(0.5)) lines.push(`一、${period.title}主要经济指标完成情况`);
  else
    lines.push(
      `一、${period.title}经济运行情况`,
      `${period.title}，全县经济运行总体平稳，主要指标完成情况如下。`,
    );
  if (caption) lines.push(caption);
  if (unitPlace === 'line') {
    const unitLine = r.pick(['单位:亿元、%', '单位：亿元，%']);
    if (!unitInHeader) lines.push(unitLine);
  }
  const split = split2 ? Math.max(1, Math.floor(body.length / 2)) : body.length;
  lines.push(...renderAll([...headerRows, ...body.slice(0, split)]));
  if (split2 && split < body.length) {
    // 续表 alone over the rest, or with the header typed again (a rule of cell-per-line pages too).
    const again = repeatHeader;
    lines.push(r.pick(['续表', '(续表)', '续表1']));
    lines.push(...renderAll([...(again ? headerRows : []), ...body.slice(split)]));
  }
  if (groupSize)
    lines.push(
      groupParent
        ? `注：位次为在${groupParent}${groupSize}个县（市、区）中的排位。`
        : `注：排名为全市${groupSize}个县（市、区）排名。`,
    );
  if (note === 'comparable') lines.push('注：地区生产总值、规模以上工业增加值增速按可比价计算。');
  if (note === 'document') lines.push('注：年度目标依据县政发〔2024〕3号文件确定。');
  if (note === 'footnote') lines.push(`注：带${footMark}号的为快报数。`);
  // A table of places under ours (one row a county, a total row): by the team's decision the row
  // naming the report's own place gives its figure for the indicator each column header names, and
  // its rank where a rank column follows a single indicator; other places' rows give nothing.
  const placesTable = r.chance(0.15) || x.chance(0.1);
  if (placesTable) {
    const sep = layout === 'pipe' ? ' | ' : layout === 'spaces' ? '  ' : '\t';
    const row = (cells: string[]) => (layout === 'pipe' ? `| ${cells.join(sep)} |` : cells.join(sep));
    const placesParent = r.pick(PARENTS);
    lines.push(`附表2：${placesParent}各县（市、区）主要指标对比`);
    const span = period.span;
    // Each column: its header, the indicator and measure it gives, or a rank of the columns before.
    const shapes = [
      [
        { header: '地区生产总值增速(%)', code: 'gdp', measure: 'growth', unit: '%' },
        { header: '规上工业增加值增速(%)', code: 'industrial-value-added', measure: 'growth', unit: '%' },
        { header: '位次', rank: '' },
      ],
      [
        { header: '地区生产总值(亿元)', code: 'gdp', measure: 'level', unit: '亿元' },
        { header: '地区生产总值增速(%)', code: 'gdp', measure: 'growth', unit: '%' },
        { header: '位次', rank: placesParent },
      ],
      [
        { header: '规模以上工业增加值增速(%)', code: 'industrial-value-added', measure: 'growth', unit: '%' },
        { header: '全市位次', rank: '全市' },
        { header: '固定资产投资增速(%)', code: 'fixed-asset-investment', measure: 'growth', unit: '%' },
        { header: '全市位次', rank: '全市' },
      ],
      [
        { header: `${span}地区生产总值增长(%)`, code: 'gdp', measure: 'growth', unit: '%' },
        { header: '排名', rank: placesParent },
      ],
    ] as const;
    const shape = x.pick(shapes);
    lines.push(row([r.pick(['地区', '县（市、区）', '区域']), ...shape.map((c) => c.header)]));
    const total = x.pick(['全市', '合计', '全市合计']);
    const others = PLACES.filter((p) => p !== place);
    // Our own place among the others, by its full name or without 县/区, sometimes left out.
    const ownAt = x.chance(0.8) ? Math.floor(x.next() * (others.length + 1)) : -1;
    const ownName = x.chance(0.7) ? place : place.slice(0, -1);
    const names = [...others];
    if (ownAt >= 0) names.splice(ownAt, 0, ownName);
    lines.push(row([total, ...shape.map((c) => ('rank' in c ? '—' : fmt(x.figure(3, 8))))]));
    for (const [k, name] of names.entries()) {
      const own = k === ownAt;
      let since: string[] = [];
      const cells = shape.map((c) => {
        if ('rank' in c) {
          const ranked = since;
          since = [];
          if (!own) return String(k + 1);
          if (ranked.length === 1) expected.rankings.push(`${ranked[0]} #${k + 1} of - in ${c.rank}`);
          return String(k + 1);
        }
        if (!since.includes(c.code)) since.push(c.code);
        const value = c.measure === 'level' ? x.figure(20, 90) : x.figure(1, 10);
        const known = !own || x.chance(0.9);
        if (own && known) expected.observations.push(obs(c.code, c.measure, value, c.unit));
        return known ? fmt(value) : '—';
      });
      lines.push(row([name, ...cells]));
    }
  }
  lines.push('二、下半年工作安排', '下半年，继续抓好项目建设和产业培育。', '');

  const name = [
    layout,
    `unit:${unitPlace}`,
    `numbering:${numbering}`,
    `categories:${categories}${categories === 'column' ? `/${categoryLater}` : ''}`,
    twoRowHeader ? 'two-row-header' : '',
    groupParent ? 'note:parent' : '',
    split2 ? (repeatHeader ? '续表+header' : '续表') : '',
    unitInHeader ? 'unit-in-header' : '',
    mixedUnits ? 'mixed-units' : '',
    tiers ? 'tiers' : '',
    breakAt > 0 ? 'broken-header' : '',
    wrapped ? 'wrapped-name' : '',
    chineseNumbers ? 'numbering:一、' : '',
    hasPpChange ? 'pp-change' : '',
    hasTimeProgress ? 'time-progress' : '',
    hasRankChange ? 'rank-change' : '',
    ownTargetHeader ? 'own-target-header' : '',
    provinceGuidance && hasGuidance && !parent ? 'province-guidance' : '',
    hasLastYear ? 'last-year' : '',
    note !== 'none' ? `note:${note}` : '',
    placesTable ? 'places-table' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { name, text: lines.join('\n'), meta: [place, period.code], expected };
}

function obs(code: string, measure: string, value: number, unit: string): string {
  return `${code} ${measure} ${value} ${unit}`;
}

function read(text: string) {
  const parsed = parseReportText(text, { sourceName: 'matrix.txt' });
  const report = parsed.report;
  return {
    meta: report ? [report.meta.region, report.meta.period] : null,
    observations: (report?.observations ?? [])
      .map(
        (o) =>
          `${obs(o.indicatorCode, o.measure, o.quantity?.value ?? Number.NaN, o.quantity?.unit ?? '')}${o.period ? ` @${o.period}` : ''}${o.source === 'prose' ? ' (prose)' : ''}`,
      )
      .sort(),
    targets: (report?.targets ?? []).map((t) => ({
      code: t.indicatorCode,
      kind: t.kind,
      setBy: t.setBy,
      horizon: t.horizon,
      value: t.value,
      unit: t.unit,
      comparator: t.comparator,
    })),
    rankings: (report?.rankings ?? [])
      .map(
        (k) =>
          `${k.indicatorCode} #${k.rank} of ${k.of ?? '-'} in ${k.scope}${k.change === null ? '' : ` Δ${k.change}`}`,
      )
      .sort(),
  };
}

const targetKey = (t: {
  code: string;
  kind: string;
  setBy: string | null;
  value: number | null;
  unit: string | null;
  comparator: string | null;
}) => `${t.code} ${t.kind} ${t.comparator} ${t.value} ${t.unit} by ${t.setBy ?? '-'}`;

const CASES = Array.from({ length: 500 }, (_, k) => buildCase(1000 + k));

describe('indicator tables: the phrasing matrix', () => {
  it.each(CASES.map((c, k) => [k, c.name, c] as const))('case %i: %s', (_k, _name, c) => {
    const got = read(c.text);
    // A guidance column that names no period may be read as the year's or the period's.
    const horizons = (targets: readonly { horizon: string | null }[], keys: string[]) =>
      targets.map((t, k) => `${keys[k]} ${t.horizon ?? '(either)'}`);
    const wantKeys = c.expected.targets.map(targetKey);
    const gotKeys = got.targets.map(targetKey);
    const want = {
      meta: c.meta,
      observations: [...c.expected.observations].sort(),
      targets: horizons(c.expected.targets, wantKeys).sort(),
      rankings: [...c.expected.rankings].sort(),
    };
    const read_ = {
      meta: got.meta,
      observations: got.observations,
      targets: horizons(
        got.targets.map((t, k) => {
          const expected = c.expected.targets.find((e) => targetKey(e) === gotKeys[k]);
          return expected && expected.horizon === null ? { horizon: null } : t;
        }),
        gotKeys,
      ).sort(),
      rankings: got.rankings,
    };
    // The message (the generated report, what it should read and what it read) only when they differ.
    const same = JSON.stringify(read_) === JSON.stringify(want);
    const message = same
      ? ''
      : `\n--- text ---\n${c.text}\n--- expected ---\n${JSON.stringify(want, null, 1)}\n--- read ---\n${JSON.stringify(read_, null, 1)}\n`;
    expect(read_, message).toEqual(want);
  });
});
