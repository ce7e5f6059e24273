// A phrasing matrix for targets and attainment in prose: small lists of the ingredients real reports
// combine (goal announcer, indicator name or alias, value shape, qualifier, separator, horizon,
// derived plans, words of attainment), a generator that writes one small report per choice, and
// the targets each report must give, computed from the choices. Each ingredient is a form real
// reports use (docs/corpus.md, "Pages read for the phrasing matrices"); places and figures are
// invented, no sentence is copied.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../src/parse/index.js';
import type { Comparator, Target } from '../../../src/parse/types.js';
import { seededRandom as mulberry32 } from './seeded.js';

// ---------------------------------------------------------------------------------------------
// Sampling: a fixed seed, so a failure names the same case on every run.

const random = mulberry32(20261202);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** A figure with one decimal in [lo, hi), never a whole number written as one (6.0). */
const figure = (lo: number, hi: number) => {
  const n = Math.round((lo + random() * (hi - lo)) * 10) / 10;
  return Number.isInteger(n) ? n + 0.3 : n;
};
const round = (n: number) => Math.round(n * 1e6) / 1e6;

// ---------------------------------------------------------------------------------------------
// What a case expects.

interface Expected {
  code: string;
  kind: Target['kind'] | Target['kind'][];
  horizon: Target['horizon'] | Target['horizon'][];
  value: number | null;
  unit: string | null;
  /** Who set it, checked when given: the parent region for a higher level's guidance. */
  setBy?: string | null;
  /** Left out for a range, whose comparator the conventions leave open. */
  comparator?: Comparator | null;
  derived: boolean;
  attainment: Target['attainment'];
}

interface Case {
  name: string;
  text: string;
  targets: Expected[];
  /** Why the case waits for a decision instead of running (listed as a todo). */
  decision?: string;
  /** The indicator figures that must be observations (results), when the case says: no goal is one. */
  observed?: Array<[string, number]>;
}

const oneOf = <T>(want: T | T[], got: T) => (Array.isArray(want) ? want.includes(got) : want === got);

function matches(want: Expected, got: Target): boolean {
  if (want.code !== got.indicatorCode || !oneOf(want.kind, got.kind) || !oneOf(want.horizon, got.horizon))
    return false;
  if (want.derived !== got.derived || want.attainment !== got.attainment) return false;
  if (want.comparator !== undefined && want.comparator !== got.comparator) return false;
  if (want.setBy !== undefined && want.setBy !== got.setBy) return false;
  if (want.value === null || got.value === null) return want.value === got.value;
  if (Math.abs(want.value - got.value) > Math.max(1e-3, Math.abs(want.value) * 1e-4)) return false;
  return want.unit === got.unit;
}

const show = (t: Target) =>
  `${t.indicatorCode} ${t.kind} by ${t.setBy} ${t.horizon} ${t.comparator ?? '—'} ${t.value ?? '—'}${t.unit ?? ''}${t.derived ? ' (derived)' : ''} → ${t.attainment} «${t.text}»`;
const showWant = (t: Expected) =>
  `${t.code} ${t.kind}${t.setBy ? ` by ${t.setBy}` : ''} ${t.horizon} ${t.comparator === undefined ? '*' : (t.comparator ?? '—')} ${t.value ?? '—'}${t.unit ?? ''}${t.derived ? ' (derived)' : ''} → ${t.attainment}`;

function check(c: Case) {
  const report = parseReportText(c.text, { sourceName: 'matrix.txt' }).report;
  const got = report?.targets ?? [];
  const left = [...got];
  const missed: Expected[] = [];
  for (const want of c.targets) {
    const at = left.findIndex((t) => matches(want, t));
    if (at < 0) missed.push(want);
    else left.splice(at, 1);
  }
  const observed = (report?.observations ?? []).map((o) => `${o.indicatorCode} ${o.quantity?.value}`).sort();
  const wantObserved = c.observed?.map(([code, value]) => `${code} ${value}`).sort();
  const observationsDiffer = wantObserved !== undefined && wantObserved.join('|') !== observed.join('|');
  if (!report || missed.length > 0 || left.length > 0 || observationsDiffer) {
    const message = [
      `case ${c.name}`,
      '--- text',
      c.text,
      '--- expected',
      ...c.targets.map(showWant),
      '--- read',
      ...(report ? got.map(show) : ['(no report)']),
      '--- missed',
      ...missed.map(showWant),
      '--- spurious',
      ...left.map(show),
      ...(wantObserved
        ? ['--- observations expected', ...wantObserved, '--- observations read', ...observed]
        : []),
    ].join('\n');
    expect.fail(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Ingredients.

const REGIONS = ['青岚县', '檀溪县', '松岙区'];
const PARENT = '北岭市';
/** The region's own whole: 全县 in a county's report, 全区 in a district's. */
const whole = (region: string) => `全${region.slice(-1)}`;
const YEARS = [2019, 2023, 2024];

interface Indicator {
  code: string;
  names: string[];
  /** Whether goals of a level in 亿元 are written for it (达到X亿元). */
  level: boolean;
}
const GROWTH_INDICATORS: Indicator[] = [
  { code: 'gdp', names: ['地区生产总值', '生产总值', 'GDP'], level: true },
  { code: 'industrial-value-added', names: ['规模以上工业增加值', '规上工业增加值'], level: false },
  { code: 'fixed-asset-investment', names: ['固定资产投资', '全社会固定资产投资'], level: true },
  { code: 'retail-sales', names: ['社会消费品零售总额'], level: true },
  { code: 'general-budget-revenue', names: ['一般公共预算收入', '地方一般公共预算收入'], level: true },
  {
    code: 'urban-disposable-income-per-capita',
    names: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'],
    level: false,
  },
  { code: 'rural-disposable-income-per-capita', names: ['农村居民人均可支配收入'], level: false },
];

/** A goal item: its text and the targets it gives (without horizon and attainment). */
interface Item {
  code: string;
  text: string;
  goals: Array<{
    value: number;
    unit: string;
    comparator?: Comparator;
    direction: 'higher' | 'lower';
    /** The goal's own indicator when an item names two (城乡居民…分别增长a%、b%). */
    code?: string;
  }>;
}

/** Value shapes and qualifiers of a growth goal. */
const GROWTH_SHAPES: Array<(name: string) => Omit<Item, 'code'>> = [
  (n) => {
    const a = figure(5, 9);
    return { text: `${n}增长${a}%`, goals: [{ value: a, unit: '%', comparator: 'eq', direction: 'higher' }] };
  },
  (n) => {
    const a = figure(5, 9);
    return {
      text: `${n}增长${a}%左右`,
      goals: [{ value: a, unit: '%', comparator: 'approx', direction: 'higher' }],
    };
  },
  (n) => {
    const a = figure(5, 9);
    return {
      text: `${n}增长${a}%以上`,
      goals: [{ value: a, unit: '%', comparator: 'gte', direction: 'higher' }],
    };
  },
  (n) => {
    const a = figure(5, 9);
    return {
      text: `${n}增速不低于${a}%`,
      goals: [{ value: a, unit: '%', comparator: 'gte', direction: 'higher' }],
    };
  },
  (n) => {
    // A range: one target of its lower bound; the conventions leave its comparator open.
    const a = Math.floor(figure(5, 8));
    return { text: `${n}增长${a}%-${a + 0.5}%`, goals: [{ value: a, unit: '%', direction: 'higher' }] };
  },
  (n) => {
    // Two tiers: 确保A%、力争B%.
    const a = Math.floor(figure(5, 8));
    const b = a + 1;
    return {
      text: `${n}确保增长${a}%、力争增长${b}%`,
      goals: [
        { value: a, unit: '%', comparator: 'eq', direction: 'higher' },
        { value: b, unit: '%', comparator: 'eq', direction: 'higher' },
      ],
    };
  },
];
const LEVEL_SHAPES: Array<(name: string) => Omit<Item, 'code'>> = [
  (n) => {
    const x = figure(60, 400);
    return {
      text: `${n}达到${x}亿元`,
      goals: [{ value: x, unit: '亿元', comparator: 'eq', direction: 'higher' }],
    };
  },
  (n) => {
    const x = Math.round(figure(60, 400));
    return {
      text: `${n}突破${x}亿元`,
      goals: [{ value: x, unit: '亿元', comparator: 'gt', direction: 'higher' }],
    };
  },
  (n) => {
    const x = figure(60, 400);
    return {
      text: `${n}${x}亿元以上`,
      goals: [{ value: x, unit: '亿元', comparator: 'gte', direction: 'higher' }],
    };
  },
];
/** Goals of rates and prices: 控制在…以内, 左右. */
const RATE_ITEMS: Array<() => Item> = [
  () => {
    const a = figure(3, 4.5);
    return {
      code: 'urban-unemployment-rate',
      text: `城镇登记失业率控制在${a}%以内`,
      goals: [{ value: a, unit: '%', comparator: 'lte', direction: 'lower' }],
    };
  },
  () => {
    const a = figure(3, 4.5);
    return {
      code: 'urban-unemployment-rate',
      text: `城镇登记失业率不超过${a}%`,
      goals: [{ value: a, unit: '%', comparator: 'lte', direction: 'lower' }],
    };
  },
  () => {
    const a = figure(5, 5.6);
    return {
      code: 'urban-unemployment-rate',
      text: `城镇调查失业率${a}%左右`,
      goals: [{ value: a, unit: '%', comparator: 'approx', direction: 'lower' }],
    };
  },
  () => ({
    code: 'cpi',
    text: '居民消费价格涨幅控制在3%左右',
    goals: [{ value: 3, unit: '%', comparator: 'approx', direction: 'lower' }],
  }),
  () => {
    const a = figure(2, 4);
    return {
      code: 'energy-emission-targets',
      text: `单位地区生产总值能耗下降${a}%`,
      goals: [{ value: -a, unit: '%', comparator: 'eq', direction: 'higher' }],
    };
  },
];

/** 城乡居民人均可支配收入分别增长a%、b%: one item, two goals; a closing qualifier holds for both. */
function incomePair(): Item {
  const a = figure(5, 7);
  const b = figure(7, 9);
  const about = random() < 0.5;
  const pairs = [
    { code: 'urban-disposable-income-per-capita', value: a },
    { code: 'rural-disposable-income-per-capita', value: b },
  ];
  return {
    code: 'urban-disposable-income-per-capita',
    text: `城乡居民人均可支配收入分别增长${a}%${pick(['、', '和'])}${b}%${about ? '左右' : ''}`,
    goals: pairs.map((p) => ({
      ...p,
      unit: '%',
      comparator: about ? ('approx' as const) : ('eq' as const),
      direction: 'higher' as const,
    })),
  };
}

function goalItem(used: Set<string>, rates: boolean): Item {
  const incomes = ['urban-disposable-income-per-capita', 'rural-disposable-income-per-capita'];
  if (rates && random() < 0.12 && !incomes.some((c) => used.has(c))) {
    for (const c of incomes) used.add(c);
    return incomePair();
  }
  for (;;) {
    if (rates && random() < 0.2) {
      const item = pick(RATE_ITEMS)();
      if (!used.has(item.code)) {
        used.add(item.code);
        return item;
      }
      continue;
    }
    const indicator = pick(GROWTH_INDICATORS);
    if (used.has(indicator.code)) continue;
    used.add(indicator.code);
    const name = pick(indicator.names);
    const shape = indicator.level && random() < 0.3 ? pick(LEVEL_SHAPES) : pick(GROWTH_SHAPES);
    return { code: indicator.code, ...shape(name) };
  }
}

// ---------------------------------------------------------------------------------------------
// Reports.

interface Frame {
  /** The lines before the goal text (title, part one, an actual), the goal section's heading. */
  head: (actual: string | null) => string[];
  /** The goal heading, when the goals stand in a part of their own. */
  heading: string | null;
  horizon: Target['horizon'];
  /** Whether the report's actual judges the goals (this year's goals) or not (next year's). */
  judged: boolean;
  partYear: boolean;
}

function h1Frame(region: string, year: number): Frame {
  return {
    head: (actual) => [
      `${region}${year}年上半年国民经济和社会发展计划执行情况的报告`,
      '一、上半年计划执行情况',
      actual ?? `上半年，${whole(region)}经济运行总体平稳。`,
    ],
    heading: '二、下半年工作安排',
    horizon: 'full-year',
    judged: true,
    partYear: true,
  };
}
/** A full-year report without a plan part: next year's goals in its results part, named by 明年/Y+1. */
function fyResultsFrame(region: string, year: number): Frame {
  return {
    head: (actual) => [
      `${region}${year}年国民经济和社会发展计划执行情况的报告`,
      `一、${year}年计划执行情况`,
      actual ?? '全年经济运行总体平稳。',
    ],
    heading: null,
    horizon: 'next-year',
    judged: false,
    partYear: false,
  };
}

function draftFrame(region: string, year: number): Frame {
  return {
    head: (actual) => [
      `${region}${year}年国民经济和社会发展计划执行情况与${year + 1}年计划草案的报告`,
      `一、${year}年计划执行情况`,
      actual ?? '全年经济运行总体平稳。',
    ],
    heading: pick([`二、${year + 1}年经济社会发展的主要目标`, `二、${year + 1}年工作安排`]),
    horizon: 'next-year',
    judged: false,
    partYear: false,
  };
}

/** Judges a goal as the conventions do: against the report's own growth of the indicator. */
function attainment(
  goal: Item['goals'][number],
  actual: number | null,
  judged: boolean,
  partYear: boolean,
): Target['attainment'] {
  if (!judged || actual === null) return 'unknown';
  if (goal.unit !== '%') return partYear ? 'unknown' : 'unknown';
  const c = goal.comparator ?? 'eq';
  const lower = goal.direction === 'lower';
  const pass =
    c === 'gte'
      ? actual >= goal.value
      : c === 'gt'
        ? actual > goal.value
        : c === 'lte'
          ? actual <= goal.value
          : lower
            ? actual <= goal.value
            : actual >= goal.value;
  return pass ? 'met' : 'missed';
}

// ---------------------------------------------------------------------------------------------
// Family 1: goal lists, announced or standing in the plan part.

const COLON_ANNOUNCERS_H1 = [
  '全年主要预期目标是：',
  '全年经济社会发展的主要预期目标为：',
  '年初确定的全年目标是：',
  '全年预期目标为：',
];
const INLINE_ANNOUNCERS_H1 = ['力争全年', '确保全年', '计划全年', '力争全年实现'];
const COLON_ANNOUNCERS_NEXT = (year: number, region: string) => [
  `${year + 1}年主要预期目标是：`,
  '明年经济社会发展的主要预期目标为：',
  `${year + 1}年主要指标安排如下：`,
  `${year + 1}年${whole(region)}经济社会发展的主要预期目标是：`,
  '明年目标为：',
];
const INLINE_ANNOUNCERS_NEXT = (year: number) => ['明年力争', `${year + 1}年力争`, '明年确保'];

function goalListCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const roll = random();
  const frame =
    roll < 0.45
      ? h1Frame(region, year)
      : roll < 0.85
        ? draftFrame(region, year)
        : fyResultsFrame(region, year);
  const inline = random() < 0.35;
  const next = frame.horizon === 'next-year';
  const announcer = inline
    ? pick(next ? INLINE_ANNOUNCERS_NEXT(year) : INLINE_ANNOUNCERS_H1)
    : pick(next ? COLON_ANNOUNCERS_NEXT(year, region) : COLON_ANNOUNCERS_H1);
  const used = new Set<string>();
  const count = 1 + Math.floor(random() * 4);
  const items = Array.from({ length: count }, () => goalItem(used, !inline));
  // Two tiers written inline after 力争/确保 would repeat the announcer: keep those to colon lists.
  if (inline) for (const item of items) if (item.goals.length > 1) item.goals.splice(0, 1);
  for (const item of items)
    if (inline && item.text.includes('确保增长')) item.text = item.text.replace(/确保增长[\d.]+%、力争/, '');
  const separator = inline ? pick(['，', '、']) : pick(['；', '，', 'lines', 'bullets']);
  // What comes before the announcer in the sentence: nothing, a meeting's words, a proposal.
  const lead = inline ? '' : pick(['', '', '会议提出，', '综合考虑各方面因素，建议']);
  // An actual of the first goal's indicator in part one, when it is a growth goal.
  const first = items[0] as Item;
  const indicator = GROWTH_INDICATORS.find((i) => i.code === first.code);
  const actual = indicator && random() < 0.6 ? figure(3, 10) : null;
  const actualLine =
    actual !== null && indicator
      ? `${frame.partYear ? '上半年，' : '全年'}${whole(region)}${pick(indicator.names)}同比增长${actual}%。`
      : null;
  const lines = [...frame.head(actualLine)];
  if (frame.heading) lines.push(frame.heading);
  if (separator === 'lines' || separator === 'bullets') {
    lines.push(`${lead}${announcer}`);
    const bullet = separator === 'bullets' ? pick(['——', '●']) : '';
    items.forEach((item, i) => {
      lines.push(`${bullet}${item.text}${i === items.length - 1 ? '。' : '；'}`);
    });
  } else {
    lines.push(`${lead}${announcer}${items.map((i) => i.text).join(separator)}。`);
  }
  const targets: Expected[] = items.flatMap((item) =>
    item.goals.map((goal) => ({
      code: goal.code ?? item.code,
      kind: 'target' as const,
      setBy: region,
      horizon: frame.horizon,
      value: round(goal.value),
      unit: goal.unit,
      ...(goal.comparator ? { comparator: goal.comparator } : {}),
      derived: false,
      attainment: attainment(
        goal,
        item === first && (goal.code ?? item.code) === first.code ? actual : null,
        frame.judged,
        frame.partYear,
      ),
    })),
  );
  const observed: Array<[string, number]> = actual !== null ? [[first.code, actual]] : [];
  return { name: `goal-list-${n}`, text: lines.join('\n'), targets, observed };
}

// ---------------------------------------------------------------------------------------------
// Family 1b: goals the higher level set (市下达的全年目标任务是…): its guidance, set by the parent the
// report ranks itself in.

const GUIDANCE_ANNOUNCERS = [
  '市下达的全年目标任务是：',
  `${PARENT}下达的全年目标任务为：`,
  '上级下达的指导目标为：',
  '市下达我县的年度目标任务是：',
];

function guidanceCase(n: number): Case {
  const region = pick(REGIONS.filter((r) => r.endsWith('县')));
  const year = pick(YEARS);
  const actual = figure(3, 10);
  const used = new Set<string>(['gdp']);
  const gdp = pick(GROWTH_SHAPES.slice(0, 4))(pick(['地区生产总值', '生产总值']));
  const items = [
    { code: 'gdp', ...gdp },
    ...Array.from({ length: Math.floor(random() * 3) }, () => goalItem(used, false)),
  ];
  const lines = [
    `${region}${year}年上半年国民经济和社会发展计划执行情况的报告`,
    '一、上半年计划执行情况',
    `上半年，${whole(region)}地区生产总值同比增长${actual}%，增速居${PARENT}第${1 + Math.floor(random() * 8)}位。`,
    '二、下半年工作安排',
    `${pick(GUIDANCE_ANNOUNCERS)}${items.map((i) => i.text).join(pick(['；', '，']))}。`,
  ];
  const targets: Expected[] = items.flatMap((item) =>
    item.goals.map((goal) => ({
      code: item.code,
      kind: 'guidance' as const,
      setBy: PARENT,
      horizon: 'full-year' as const,
      value: round(goal.value),
      unit: goal.unit,
      ...(goal.comparator ? { comparator: goal.comparator } : {}),
      derived: false,
      attainment: attainment(goal, item.code === 'gdp' ? actual : null, true, true),
    })),
  );
  return { name: `guidance-${n}`, text: lines.join('\n'), targets, observed: [['gdp', actual]] };
}

// ---------------------------------------------------------------------------------------------
// Family 2: a goal after the actual in the same clause chain (增长A%，力争全年增长B%以上;
// 增长A%（预期目标为B%左右）).

const AFTER_ACTUAL: Array<(a: number, met: boolean) => { text: string; comparator: Comparator }> = [
  (a) => ({ text: `力争全年增长${a}%以上`, comparator: 'gte' }),
  (a) => ({ text: `全年力争增长${a}%`, comparator: 'eq' }),
  (a) => ({ text: `确保全年增长${a}%`, comparator: 'eq' }),
  (a) => ({ text: `（预期目标为${a}%左右）`, comparator: 'approx' }),
  (a) => ({ text: `（年度目标为${a}%）`, comparator: 'eq' }),
  (a) => ({ text: `全年预期目标为增长${a}%左右`, comparator: 'approx' }),
  (a) => ({ text: `（年初目标为${a}%）`, comparator: 'eq' }),
  (a) => ({ text: `年初确定的目标为增长${a}%`, comparator: 'eq' }),
  // The verdict in words agrees with the figures: 完成 when the actual reaches the goal.
  (a, met) => ({ text: `${met ? '' : '未'}完成年初确定的增长${a}%的目标`, comparator: 'eq' }),
];

function afterActualCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const indicator = pick(GROWTH_INDICATORS);
  const actual = figure(3, 10);
  const goal = figure(5, 9);
  const form = pick(AFTER_ACTUAL)(goal, actual >= goal);
  const partYear = random() < 0.6;
  const bracket = form.text.startsWith('（');
  const sentence = `${partYear ? '上半年，' : '全年'}${whole(region)}${pick(indicator.names)}同比增长${actual}%${bracket ? '' : '，'}${form.text}。`;
  const lines = partYear
    ? [`${region}${year}年上半年国民经济和社会发展计划执行情况的报告`, '一、上半年计划执行情况', sentence]
    : [`${region}${year}年国民经济和社会发展计划执行情况的报告`, `一、${year}年计划执行情况`, sentence];
  const g = { value: goal, unit: '%', comparator: form.comparator, direction: 'higher' as const };
  return {
    name: `after-actual-${n}`,
    text: lines.join('\n'),
    targets: [
      {
        code: indicator.code,
        kind: 'target',
        horizon: 'full-year',
        value: goal,
        unit: '%',
        comparator: form.comparator,
        derived: false,
        attainment: attainment(g, actual, true, partYear),
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Family 3: a plan implied by a gap next to the actual (高于计划N个百分点 → actual − N).

const GAPS: Array<{ words: string; sign: 1 | -1 }> = [
  { words: '高于计划', sign: 1 },
  { words: '低于计划', sign: -1 },
  { words: '超计划', sign: 1 },
  { words: '快于计划', sign: 1 },
  { words: '慢于计划', sign: -1 },
  { words: '比计划高', sign: 1 },
  { words: '比计划低', sign: -1 },
  { words: '高于年度目标', sign: 1 },
  { words: '低于年度目标', sign: -1 },
  { words: '超出全年预期目标', sign: 1 },
  { words: '低于预期目标', sign: -1 },
  { words: '高出计划目标', sign: 1 },
  { words: '差计划目标', sign: -1 },
  { words: '高于确保目标', sign: 1 },
  { words: '低于奋斗目标', sign: -1 },
  { words: '比计划增速快', sign: 1 },
  { words: '超过年度计划', sign: 1 },
  { words: '低于年初预期目标', sign: -1 },
  { words: '高于区人代会预期目标', sign: 1 },
];
/** A link of the chain between the growth and its gap to the plan: a change, a margin over the city. */
const BETWEEN: Array<() => string> = [
  () => '',
  () => '',
  () => `，增速比一季度加快${figure(0.2, 2)}个百分点`,
  () => `，增幅比去年同期高${figure(0.2, 2)}个百分点`,
  () => `，高于全市平均水平${figure(0.2, 2)}个百分点`,
];

function gapCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const indicator = pick(GROWTH_INDICATORS);
  const name = pick(indicator.names);
  const actual = figure(4, 12);
  const gap = pick(GAPS);
  const points = Math.round(figure(0.2, 3) * 10) / 10;
  const partYear = random() < 0.6;
  const level = indicator.level && random() < 0.5 ? `完成${figure(20, 300)}亿元，` : '';
  const unitPoint = pick(['个百分点', '个百分点', '个点']);
  const rank = random() < 0.4 ? `，居${PARENT}第${1 + Math.floor(random() * 6)}位` : '';
  const between = pick(BETWEEN)();
  const sentence = `${partYear ? '上半年，' : '全年'}${whole(region)}${name}${level}同比增长${actual}%${between}，${gap.words}${points}${unitPoint}${rank}。`;
  const lines = partYear
    ? [`${region}${year}年上半年国民经济和社会发展计划执行情况的报告`, '一、上半年计划执行情况', sentence]
    : [`${region}${year}年国民经济和社会发展计划执行情况的报告`, `一、${year}年计划执行情况`, sentence];
  return {
    name: `gap-${n}`,
    text: lines.join('\n'),
    targets: [
      {
        code: indicator.code,
        kind: ['period-plan', 'target'],
        horizon: ['period', 'full-year'],
        value: round(actual - gap.sign * points),
        unit: '%',
        derived: true,
        attainment: gap.sign > 0 ? 'met' : 'missed',
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Family 4: a level and its share of the year's plan (完成X亿元，占年计划的A% → X / A%), or the
// plan amount inside the share (完成全年任务Y亿元的A%, 占年度计划Y亿元的A%).

const SHARE_WORDS = [
  '占年计划的',
  '完成年计划的',
  '为年计划的',
  '占年度目标的',
  '完成年度目标任务的',
  '完成全年目标任务的',
  '为年度目标的',
  '占年度计划的',
  '完成年度预算的',
  '占市下达任务的',
  '完成市下达目标任务的',
];
const LEVEL_INDICATORS: Array<{ code: string; names: string[]; verbs: string[] }> = [
  {
    code: 'fixed-asset-investment',
    names: ['固定资产投资', '全社会固定资产投资'],
    verbs: ['完成', '累计完成'],
  },
  { code: 'retail-sales', names: ['社会消费品零售总额'], verbs: ['实现', '完成'] },
  {
    code: 'general-budget-revenue',
    names: ['一般公共预算收入', '地方一般公共预算收入'],
    verbs: ['完成', '实现'],
  },
  { code: 'gdp', names: ['地区生产总值'], verbs: ['实现', '完成'] },
];

function shareCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const indicator = pick(LEVEL_INDICATORS);
  const name = pick(indicator.names);
  const verb = pick(indicator.verbs);
  const partYear = random() < 0.7;
  const share = partYear ? figure(40, 62) : figure(92, 112);
  const plan = Math.round(figure(40, 400));
  const level = Math.round(plan * share) / 100;
  const growth = figure(2, 12);
  const form = Math.floor(random() * 4);
  const word = pick(SHARE_WORDS);
  let body: string;
  let target: Expected;
  const judgedLevel: Target['attainment'] = partYear ? 'unknown' : share >= 100 ? 'met' : 'missed';
  if (form < 2) {
    // Level, then share and growth in either order.
    body =
      form === 0
        ? `${name}${verb}${level}亿元，${word}${share}%，同比增长${growth}%`
        : `${name}${verb}${level}亿元，同比增长${growth}%${pick(BETWEEN)()}，${word}${share}%`;
    target = {
      code: indicator.code,
      kind: 'target',
      horizon: 'full-year',
      value: round(level / (share / 100)),
      unit: '亿元',
      comparator: 'eq',
      derived: true,
      attainment: judgedLevel,
    };
  } else {
    // The plan amount written inside the share: a stated target.
    const inner = pick(['完成全年任务', '完成年度计划', '占年度计划', '完成年任务']);
    body =
      form === 2
        ? `${name}${inner}${plan}亿元的${share}%，同比增长${growth}%`
        : `${name}${verb}${level}亿元，同比增长${growth}%，${inner.replace(/^完成/, '占')}${plan}亿元的${share}%`;
    target = {
      code: indicator.code,
      kind: 'target',
      horizon: 'full-year',
      value: plan,
      unit: '亿元',
      comparator: 'eq',
      derived: false,
      attainment: form === 2 ? 'unknown' : judgedLevel,
    };
  }
  const sentence = `${partYear ? '上半年，' : '全年'}${whole(region)}${body}。`;
  const lines = partYear
    ? [`${region}${year}年上半年国民经济和社会发展计划执行情况的报告`, '一、上半年计划执行情况', sentence]
    : [`${region}${year}年国民经济和社会发展计划执行情况的报告`, `一、${year}年计划执行情况`, sentence];
  return { name: `share-${n}`, text: lines.join('\n'), targets: [target] };
}

// ---------------------------------------------------------------------------------------------
// Family 5: attainment in words after the figures (超额完成年度目标任务, 未完成年度目标).

/**
 * A bare 计划 after the figures (均完成年度计划, 未完成年度计划) waits for a decision: yuntang's
 * answers take 实现计划目标 for a target met, liaozhu's take 均完成年度计划 for none.
 */
const BARE_PLAN =
  'a verdict on a bare 计划 (完成全年计划, 未完成年度计划): liaozhu-2007-fy-plan answers it as no target, yuntang-2022-fy-plan answers 实现计划目标 as a target met';
const DONE_WORDS: Array<{ words: string; attainment: Target['attainment']; decision?: string }> = [
  { words: '完成年度目标任务', attainment: 'met' },
  { words: '超额完成年度目标任务', attainment: 'met' },
  { words: '超额完成全年计划目标', attainment: 'met' },
  { words: '实现计划目标', attainment: 'met' },
  { words: '完成全年计划', attainment: 'met', decision: BARE_PLAN },
  { words: '未完成年度计划', attainment: 'missed', decision: BARE_PLAN },
  { words: '未完成年度目标任务', attainment: 'missed' },
  { words: '未能完成年度计划目标', attainment: 'missed' },
];

function doneCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const indicator = pick(LEVEL_INDICATORS);
  const name = pick(indicator.names);
  const done = pick(DONE_WORDS);
  const sentence = `全年${whole(region)}${name}${pick(indicator.verbs)}${figure(20, 300)}亿元，同比增长${figure(2, 12)}%，${done.words}。`;
  const lines = [
    `${region}${year}年国民经济和社会发展计划执行情况的报告`,
    `一、${year}年计划执行情况`,
    sentence,
  ];
  return {
    name: `done-${n}`,
    text: lines.join('\n'),
    ...(done.decision ? { decision: done.decision } : {}),
    targets: [
      {
        code: indicator.code,
        kind: 'target',
        horizon: ['period', 'full-year'],
        value: null,
        unit: null,
        derived: false,
        attainment: done.attainment,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Family 6: text that must give no target (another place's goals, a goal of another year, a
// change of the target against last year's, document numbers, goals reported done).

const NEGATIVES: Array<(region: string, year: number) => string> = [
  (_r, y) =>
    `全省${y}年主要预期目标是：地区生产总值增长${figure(5, 7)}%左右，固定资产投资增长${figure(5, 9)}%以上。`,
  (_r, y) => `${PARENT}${y}年主要预期目标为：地区生产总值增长${figure(5, 7)}%左右。`,
  // 全市 in a county's or district's report is the city above it.
  (_r, y) =>
    `全市${y}年主要预期目标是：地区生产总值增长${figure(5, 7)}%左右；一般公共预算收入增长${figure(3, 6)}%。`,
  (_r, y) => `${y - 1}年主要预期目标为：地区生产总值增长${figure(5, 7)}%左右。`,
  () => `国家提出国内生产总值增长${figure(4, 6)}%左右的预期目标。`,
  (r, y) => `力争到${y + 4}年，${whole(r)}地区生产总值突破${Math.round(figure(300, 600))}亿元。`,
  (r, y) => `到${y + 3}年，${whole(r)}规模以上工业增加值年均增长${figure(6, 9)}%以上。`,
  (r, y) =>
    `根据《${r}${y}年国民经济和社会发展计划》（${r.slice(0, 2)}政发〔${y}〕${2 + Math.floor(random() * 30)}号），现将有关情况报告如下。`,
  () => `${pick(['年初确定的主要预期目标', '年初确定的各项目标任务'])}均如期完成。`,
];

function negativeCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const negative = pick(NEGATIVES)(region, year);
  const actual = figure(3, 9);
  const lines = [
    `${region}${year}年上半年国民经济和社会发展计划执行情况的报告`,
    '一、上半年计划执行情况',
    `上半年，${whole(region)}地区生产总值同比增长${actual}%。`,
    negative,
  ];
  return { name: `negative-${n}`, text: lines.join('\n'), targets: [], observed: [['gdp', actual]] };
}

/** 全年目标增长A%，较上年目标提高B个百分点: the change of the target is no target. */
function targetChangeCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const indicator = pick(GROWTH_INDICATORS.filter((i) => i.code !== 'gdp'));
  const a = figure(5, 9);
  const b = pick([0.5, 1, 1.5]);
  const lines = [
    `${region}${year}年国民经济和社会发展计划执行情况与${year + 1}年计划草案的报告`,
    `一、${year}年计划执行情况`,
    '全年经济运行总体平稳。',
    `二、${year + 1}年经济社会发展的主要目标`,
    `${pick(indicator.names)}增长${a}%，${pick(['较上年目标提高', '比上年目标提高'])}${b}个百分点。`,
  ];
  return {
    name: `target-change-${n}`,
    text: lines.join('\n'),
    targets: [
      {
        code: indicator.code,
        kind: 'target',
        horizon: 'next-year',
        value: a,
        unit: '%',
        comparator: 'eq',
        derived: false,
        attainment: 'unknown',
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Family (session 10): a plan implied by a gap told as an amount (比计划目标多X亿元 → level − X for
// the period; 超年度计划X亿元, 距年度目标还差X亿元 → the year's plan, level ∓ X).

const AMOUNT_GAPS: Array<{ words: string; sign: 1 | -1; fullYear: boolean }> = [
  { words: '比计划目标多', sign: 1, fullYear: false },
  { words: '比计划多', sign: 1, fullYear: false },
  { words: '比计划少', sign: -1, fullYear: false },
  { words: '超年度计划', sign: 1, fullYear: true },
  { words: '超出全年目标', sign: 1, fullYear: true },
  { words: '距年度目标还差', sign: -1, fullYear: true },
  { words: '距全年目标任务尚差', sign: -1, fullYear: true },
];
const AMOUNT_INDICATORS = GROWTH_INDICATORS.filter((i) => i.level);

function amountGapCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick(YEARS);
  const indicator = pick(AMOUNT_INDICATORS);
  const level = figure(20, 300);
  const gap = pick(AMOUNT_GAPS);
  const amount = figure(0.2, 9);
  const growth = random() < 0.5 ? `，同比增长${figure(1, 12)}%` : '';
  const sentence = `上半年，${whole(region)}${pick(indicator.names)}完成${level}亿元${growth}，${gap.words}${amount}亿元。`;
  return {
    name: `amount-gap-${n}`,
    text: [
      `${region}${year}年上半年国民经济和社会发展计划执行情况的报告`,
      '一、上半年计划执行情况',
      sentence,
    ].join('\n'),
    targets: [
      {
        code: indicator.code,
        kind: gap.fullYear ? 'target' : 'period-plan',
        horizon: gap.fullYear ? 'full-year' : 'period',
        value: round(level - gap.sign * amount),
        unit: '亿元',
        derived: true,
        // A part of the year judges no full-year plan; the period's plan is judged by the gap.
        attainment: gap.fullYear ? 'unknown' : gap.sign > 0 ? 'met' : 'missed',
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Family (session 10): a plan period's goals in a plan-and-draft (到2025年, “十四五”期间年均增长):
// their horizon is the plan period's end, which no target of this report has, unless it is next year.

const PLAN_PERIOD_GOALS: Array<(name: string, end: number) => string> = [
  (n, end) => `到${end}年，${n}达到${figure(150, 400)}亿元`,
  (n) => `“十四五”期间，${n}年均增长${figure(5, 9)}%`,
  (n, end) => `到${end}年末，${n}年均增长${figure(5, 9)}%以上`,
  (n) => `“十四五”末${n}达到${figure(150, 400)}亿元`,
];

function planPeriodCase(n: number): Case {
  const region = pick(REGIONS);
  const year = pick([2021, 2022, 2023]);
  const [first, second] = [...AMOUNT_INDICATORS].sort(() => random() - 0.5);
  if (!first || !second) throw new Error('two indicators');
  const a = figure(5, 8);
  const frame = draftFrame(region, year);
  const goal = pick(PLAN_PERIOD_GOALS)(pick(first.names), 2025);
  const more = random() < 0.5 ? `；${pick(second.names)}达到${figure(20, 90)}亿元` : '';
  const body = [`${year + 1}年主要预期目标是：${pick(first.names)}增长${a}%左右。`, `${goal}${more}。`];
  return {
    name: `plan-period-${n}`,
    text: [...frame.head(null), frame.heading ?? '', ...body].join('\n'),
    targets: [
      {
        code: first.code,
        kind: 'target',
        horizon: 'next-year',
        value: a,
        unit: '%',
        comparator: 'approx',
        derived: false,
        attainment: 'unknown',
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Punctuation and digits as pages write them: full-width (most), half-width (`,;:()`), or
 * full-width digits too; the title line is left as written.
 */
const LAYOUTS: Array<[string, (line: string) => string]> = [
  ['', (line) => line],
  ['', (line) => line],
  ['', (line) => line],
  [
    'half',
    (line) =>
      line.replace(
        /[，；：（）]/g,
        (c) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' })[c] ?? c,
      ),
  ],
  ['digits', (line) => line.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
];
function laidOut(c: Case): Case {
  const [name, layout] = pick(LAYOUTS);
  if (name === '') return c;
  const [title, ...body] = c.text.split('\n');
  return { ...c, name: `${c.name}-${name}`, text: [title, ...body.map(layout)].join('\n') };
}
const make = (count: number, build: (n: number) => Case) =>
  Array.from({ length: count }, (_, n) => laidOut(build(n)));
const FAMILIES: Array<[string, Case[]]> = [
  ['goal lists', make(300, goalListCase)],
  ['goals the higher level set', make(50, guidanceCase)],
  ['a goal after the actual', make(100, afterActualCase)],
  ['a plan implied by a gap', make(120, gapCase)],
  ['a level and its share of the plan', make(130, shareCase)],
  ['attainment in words', make(60, doneCase)],
  ['no target', make(80, negativeCase)],
  ['a change of the target', make(20, targetChangeCase)],
  ['a plan implied by an amount gap', make(60, amountGapCase)],
  ["a plan period's goals", make(40, planPeriodCase)],
];

describe('phrasing matrix: targets and attainment in prose', () => {
  for (const [family, cases] of FAMILIES) {
    describe(family, () => {
      const run = cases.filter((c) => !c.decision);
      it.each(run.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
      for (const c of cases.filter((c) => c.decision)) it.todo(`${c.name}: ${c.decision}`);
    });
  }
});
