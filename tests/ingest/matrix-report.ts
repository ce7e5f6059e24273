// The ingest matrix's reports: a small invented report composed from seeded choices (title, source
// line, headings of two levels, prose with levels, growths, ranks, a project and goals, an indicator
// table with target/actual/rank columns), as a model every layout renders, and as the plain text the
// parser reads directly. Places, offices and figures are invented.

import { seededRandom } from '../parse/matrix/seeded.js';

export function random(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  /** A figure with `digits` decimals in [lo, hi). */
  const figure = (lo: number, hi: number, digits = 1) => (lo + next() * (hi - lo)).toFixed(digits);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { pick, chance, figure, int };
}
export type Random = ReturnType<typeof random>;

export type Line = { kind: 'title' | 'info' | 'heading' | 'paragraph'; text: string; level?: 1 | 2 };

/** A header cell: its text and how many columns it spans; a cell of the top row with no sub cells spans both rows. */
export interface HeaderCell {
  text: string;
  span: number;
}

export interface ReportTable {
  caption: string;
  unitLine: string | null;
  /** The header's top row; with `sub`, a cell of span 1 covers both rows, one of span n has n sub cells. */
  top: HeaderCell[];
  sub: string[] | null;
  rows: string[][];
  note: string | null;
}

export interface Report {
  id: string;
  place: string;
  office: string;
  before: Line[];
  table: ReportTable;
  after: Line[];
}

const PLACES = ['澜溪县', '桐岙县', '枫泾县', '蓼川区', '沅浦县', '棠岭县', '榆湾区', '茭原县'];
const PARENTS = ['梧岭市', '泖江市', '沐阳市'];
const PERIODS = [
  { title: '上半年', done: '上半年完成', next: '下半年' },
  { title: '前三季度', done: '1-9月完成', next: '四季度' },
] as const;
const YEARS = [2019, 2021, 2023, 2024];

/** Indicators as the prose and the table name them, with the unit of their level (null: only a growth). */
const INDICATORS = [
  { name: '地区生产总值', unit: '亿元', level: [40, 300] },
  { name: '规模以上工业增加值', unit: null, level: null },
  { name: '固定资产投资', unit: null, level: null },
  { name: '社会消费品零售总额', unit: '亿元', level: [10, 90] },
  { name: '一般公共预算收入', unit: '亿元', level: [2, 20] },
  { name: '城镇居民人均可支配收入', unit: '元', level: [18000, 32000] },
  { name: '农村居民人均可支配收入', unit: '元', level: [8000, 17000] },
  { name: '进出口总额', unit: '亿元', level: [1, 30] },
] as const;
type Indicator = (typeof INDICATORS)[number];

const PROJECTS = ['电子元件产业园', '中医院迁建', '物流园区', '污水处理厂扩建', '新材料产业园'];
const HEADINGS_2 = ['（一）工业经济稳中有进', '（二）投资消费持续恢复', '（三）民生保障有力有效'];

const level = (r: Random, i: Indicator) =>
  i.level ? r.figure(i.level[0], i.level[1], i.unit === '元' ? 0 : 2) : null;

/** One prose clause of an indicator: its level and growth, or its growth alone. */
function clause(r: Random, i: Indicator, value: string | null, growth: string): string {
  const verb = r.pick(['实现', '完成', '达到', '']);
  const same = r.pick(['同比增长', '增长', '比上年同期增长']);
  return value === null
    ? `${i.name}${same}${growth}%`
    : `${i.name}${verb}${value}${i.unit}，${same}${growth}%`;
}

export function composeReport(seed: number): Report {
  const r = random(seed);
  const place = r.pick(PLACES);
  const parent = r.pick(PARENTS);
  const period = r.pick(PERIODS);
  const year = r.pick(YEARS);
  const office = `${place}发展和改革局`;
  const chosen = INDICATORS.filter((_, k) => k <= 1 || r.chance(0.6));
  const values = chosen.map((i) => ({
    indicator: i,
    value: level(r, i),
    growth: r.figure(0.5, 14),
    target: r.pick(['6', '6.5', '7', '7.5', '8', '10', '12']),
    rank: String(r.int(1, 9)),
  }));
  const [gdp, ...rest] = values;
  if (!gdp) throw new Error('no indicator');
  const title = `${r.chance(0.4) ? '关于' : ''}${place}${year}年${period.title}国民经济和社会发展计划执行情况的报告`;
  const date = `${year}-${r.pick(['07', '08', '10'])}-${String(r.int(10, 28))}`;
  const info = r.pick([
    `来源：${office}　发布时间：${date} 10:00`,
    `发布时间：${date}　来源：${office}`,
    `信息来源：${office} 发布日期：${date}`,
  ]);
  const county = place.endsWith('区') ? '全区' : '全县';
  const overview = `${period.title}，${county}${clause(r, gdp.indicator, gdp.value, gdp.growth)}，增速居${parent}第${gdp.rank}位。`;
  const sentences = rest.map((v) => `${clause(r, v.indicator, v.value, v.growth)}。`);
  const split = Math.ceil(sentences.length / 2);
  const ranked = rest.find((v) => v.indicator.unit === null) ?? rest[0];
  const project = `${place.slice(0, 2)}${r.pick(PROJECTS)}`;
  const projectLine = r.pick([
    `投资${r.figure(2, 30)}亿元的${project}项目建成投产。`,
    `${project}项目开工建设，总投资${r.figure(2, 30)}亿元。`,
    `加快推进${project}项目建设，累计完成投资${r.figure(1, 9)}亿元。`,
  ]);
  const goals = `确保全年地区生产总值增长${gdp.target}%左右，${
    ranked ? `${ranked.indicator.name}增长${ranked.target}%以上` : '一般公共预算收入增长6%'
  }。`;
  const before: Line[] = [
    { kind: 'title', text: title },
    { kind: 'info', text: info },
    { kind: 'heading', level: 1, text: `一、${period.title}经济运行情况` },
    { kind: 'paragraph', text: `今年以来，${county}上下坚持稳中求进工作总基调，经济运行持续恢复向好。` },
    { kind: 'paragraph', text: overview },
    ...(r.chance(0.5) ? [{ kind: 'heading' as const, level: 2 as const, text: r.pick(HEADINGS_2) }] : []),
    ...(sentences.length > 0
      ? [{ kind: 'paragraph' as const, text: sentences.slice(0, split).join('') }]
      : []),
    ...(sentences.length > split
      ? [{ kind: 'paragraph' as const, text: sentences.slice(split).join('') }]
      : []),
  ];
  const after: Line[] = [
    ...(ranked
      ? [
          {
            kind: 'paragraph' as const,
            text: `${ranked.indicator.name}增速在${parent}${r.pick(['九', '十一', '八'])}个县（市、区）中排名第${ranked.rank}。${projectLine}`,
          },
        ]
      : [{ kind: 'paragraph' as const, text: projectLine }]),
    { kind: 'heading', level: 1, text: `二、${period.next}工作安排` },
    { kind: 'paragraph', text: goals },
  ];
  return {
    id: `#${seed} ${place}${year}${period.title}`,
    place,
    office,
    before,
    table: composeTable(r, values, place, year, period),
    after,
  };
}

type Value = {
  indicator: Indicator;
  value: string | null;
  growth: string;
  target: string;
  rank: string;
};

/** The indicator table in one of the header shapes offices use: flat, or over two rows with merged cells. */
function composeTable(
  r: Random,
  values: Value[],
  place: string,
  year: number,
  period: (typeof PERIODS)[number],
): ReportTable {
  const caption = r.pick([
    `表1　${place}${year}年${period.title}主要经济指标完成情况`,
    `${year}年${period.title}主要经济指标完成情况表`,
    '附表：主要经济指标监测表',
  ]);
  const empty = r.pick(['—', '/', '']);
  const unitOf = (v: Value) => v.indicator.unit ?? '%';
  const shape = r.pick(['flat', 'target-pair', 'actual-pair'] as const);
  const rank = r.pick(['全市排位', '全市位次', '排名']);
  const row = (v: Value, cells: string[]) => [v.indicator.name, unitOf(v), ...cells];
  const levelCell = (v: Value) => v.value ?? empty;
  const table = (top: HeaderCell[], sub: string[] | null, rows: string[][]): ReportTable => ({
    caption,
    unitLine: r.chance(0.5) ? '单位：亿元、元、%' : null,
    top,
    sub,
    rows,
    note: r.chance(0.5) ? `注：增速按可比价格计算，${rank}为在全市各县（市、区）中的位次。` : null,
  });
  const c = (text: string, span = 1): HeaderCell => ({ text, span });
  if (shape === 'flat')
    return table(
      [c('指标名称'), c('单位'), c('全年目标'), c(period.done), c('增长%'), c(rank)],
      null,
      values.map((v) => row(v, [`${v.target}%`, levelCell(v), v.growth, v.rank])),
    );
  if (shape === 'target-pair')
    return table(
      [c('指标名称'), c('单位'), c('全年目标', 2), c(period.done, 2), c(rank)],
      ['市下达', '县定', '绝对值', '增速'],
      values.map((v) =>
        row(v, [`${v.target}%`, `${Number(v.target) + 0.5}%`, levelCell(v), v.growth, v.rank]),
      ),
    );
  return table(
    [c('指标名称'), c('单位'), c('年度目标'), c(period.title, 2), c(rank)],
    ['完成值', '增长%'],
    values.map((v) => row(v, [`${v.target}%`, levelCell(v), v.growth, v.rank])),
  );
}

/** A long title as offices break it over two centred lines: after 和社会发展, before 计划执行情况的报告. */
export function titleLines(title: string): string[] {
  const cut = title.indexOf('计划执行情况');
  return cut > 0 ? [title.slice(0, cut), title.slice(cut)] : [title];
}

/** The header as grid rows of text: a merged cell written once, in its top-left slot, as render() writes it. */
export function headerRows(table: ReportTable): string[][] {
  const top = table.top.flatMap((h) => [h.text, ...Array<string>(h.span - 1).fill('')]);
  if (!table.sub) return [top];
  const sub: string[] = [];
  let k = 0;
  for (const h of table.top) {
    if (h.span === 1 && table.sub) sub.push('');
    else for (let j = 0; j < h.span; j++) sub.push(table.sub[k++] ?? '');
  }
  return [top, sub];
}

/** The report as a clean text file: a line per paragraph (indented), a table row per line, cells by tabs. */
export function plainText(report: Report): string {
  const { table } = report;
  const prose = (lines: Line[]) =>
    lines.map((l) => (l.kind === 'paragraph' || l.kind === 'heading' ? `　　${l.text}` : l.text));
  return `${[
    ...prose(report.before),
    table.caption,
    ...(table.unitLine ? [table.unitLine] : []),
    ...headerRows(table).map((row) => row.join('\t')),
    ...table.rows.map((row) => row.join('\t')),
    ...(table.note ? [table.note] : []),
    ...prose(report.after),
  ].join('\n')}\n`;
}
