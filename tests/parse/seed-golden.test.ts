import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.js';
import type { ParsedReport, Target } from '../../src/parse/types.js';

const bytes = readFileSync(new URL('../fixtures/lianzhou-2020-h1.txt', import.meta.url));
const source = new TextDecoder().decode(bytes);
const result = parseReport(bytes, { sourceName: 'lianzhou-2020-h1.txt' });
const report = result.report as ParsedReport;

type Cell = [value: number | null, comparator: Target['comparator'], attainment: Target['attainment']] | null;
// name, target, guidance, actual (value, measure), rank
const ROWS: Array<[string, Cell, Cell, number | string, string, number | null]> = [
  ['地区生产总值', [6.5, 'eq', 'missed'], [1, 'eq', 'missed'], -2, 'growth', 5],
  ['固定资产投资额', [15, 'eq', 'met'], [17.4, 'eq', 'met'], 31, 'growth', 3],
  ['规上工业增加值', null, [3, 'eq', 'met'], 9.2, 'growth', 1],
  ['农林牧渔业增加值', null, [2, 'eq', 'met'], 3.7, 'growth', 6],
  ['社会消费品零售总额', [10, 'eq', 'missed'], [4.2, 'eq', 'missed'], -13.3, 'growth', 3],
  ['地方一般公共预算收入', [6, 'approx', 'missed'], [-33.8, 'eq', 'met'], -11, 'growth', 7],
  ['居民消费价格指数', [3.5, 'approx', 'missed'], null, 8, 'growth', 6],
  ['城镇登记失业率', [3, 'lte', 'met'], [2.5, 'lte', 'met'], 2.47, 'rate', null],
  ['全体居民人均可支配收入', [null, 'gt', 'met'], null, 4.4, 'growth', 1],
  ['外贸进出口总额', [0, 'gt', 'met'], [7.9, 'eq', 'met'], 50.4, 'growth', 3],
  ['存款余额', null, [7.2, 'eq', 'missed'], 5.7, 'growth', 6],
  ['贷款余额', null, [8.6, 'eq', 'met'], 12.4, 'growth', 7],
  ['商品房销售面积', null, [23.6, 'eq', 'missed'], 11.37, 'level', null],
  ['节能减排降碳约束性指标', [null, null, 'met'], null, '完成省、市下达任务', 'level', null],
];

describe('seed report: meta and table', () => {
  it('has no problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('reads the meta', () => {
    expect(report.meta).toEqual({
      title: '连州市2020年上半年国民经济和社会发展计划执行情况的报告',
      genre: 'plan-execution',
      region: '连州市',
      parentRegion: '清远市',
      year: 2020,
      period: '2020-H1',
      periodLabel: '上半年',
      publisher: '连州市发展和改革局',
      publishedAt: '2021-03-05T18:05:28+08:00',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('finds the table and its column roles', () => {
    expect(report.table?.layout).toBe('cell-per-line');
    expect(report.table?.rowCount).toBe(14);
    expect(report.table?.columns.map((c) => c.role)).toEqual([
      'indicator',
      'target',
      'guidance',
      'actual',
      'rank',
    ]);
  });

  it.each(ROWS)('row %s', (name, target, guidance, actual, measure, rank) => {
    const targets = report.targets.filter((t) => t.indicatorName === name);
    const pick = (kind: Target['kind']) => targets.find((t) => t.kind === kind);
    for (const [kind, expected] of [
      ['target', target],
      ['guidance', guidance],
    ] as const) {
      const found = pick(kind);
      if (expected === null) {
        expect(found).toBeUndefined();
        continue;
      }
      expect(found, `${kind} of ${name}`).toBeDefined();
      expect([found?.value, found?.comparator, found?.attainment]).toEqual(expected);
      expect(found?.setBy).toBe(kind === 'target' ? '连州市' : '清远市');
      expect(found?.horizon).toBe(kind === 'target' ? 'full-year' : 'period');
    }
    const observation = report.observations.find((o) => o.source === 'table' && o.indicatorName === name);
    if (typeof actual === 'number') {
      expect(observation?.quantity?.value).toBe(actual);
      expect(observation?.measure).toBe(measure);
    } else {
      expect(observation?.text).toBe(actual);
      expect(observation?.quantity).toBeNull();
    }
    const ranking = report.rankings.find((r) => r.source === 'table' && r.subject === name);
    expect(ranking?.rank ?? null).toBe(rank);
    if (ranking) expect(ranking.scope).toBe('清远市');
  });

  it('reads units from the row name', () => {
    const housing = report.indicators.find((i) => i.code === 'housing-sales-area');
    expect(housing).toEqual({
      code: 'housing-sales-area',
      name: '商品房销售面积',
      unit: '万平方米',
      known: true,
    });
    const guidance = report.targets.find((t) => t.indicatorCode === 'housing-sales-area');
    expect(guidance?.unit).toBe('万平方米');
    const actual = report.observations.find(
      (o) => o.indicatorCode === 'housing-sales-area' && o.source === 'table',
    );
    expect(actual?.quantity?.valueBase).toBeCloseTo(113700);
    expect(actual?.quantity?.baseUnit).toBe('平方米');
  });

  it('explains attainment', () => {
    const gdp = report.targets.find((t) => t.indicatorCode === 'gdp' && t.kind === 'target');
    expect(gdp?.attainmentReason).toBe('actual -2 < target 6.5');
    const income = report.targets.find((t) => t.indicatorCode === 'disposable-income-per-capita');
    expect(income?.attainmentReason).toContain('-2');
  });

  it('keeps table provenance on the cells', () => {
    for (const t of report.targets) {
      expect(source.slice(t.provenance.start, t.provenance.end)).toContain(t.raw);
      expect(report.sentences[t.provenance.sentenceIndex]?.kind).toBe('table-row');
    }
  });
});

describe('seed report: structure', () => {
  it('keeps both (三) sections in document order', () => {
    const part1 = report.sections.filter((s) => s.level === 2 && s.parentIndex === 0);
    expect(part1.map((s) => s.number)).toEqual(['(一)', '(二)', '(三)', '(三)', '(四)', '(五)', '(六)']);
    expect(part1[2]?.title).toBe('项目建设加快推进,投资拉动作用不断增强');
    expect(part1[3]?.title).toBe('改革创新纵深推进,发展活力不断释放');
  });

  it('marks part two as planned', () => {
    const parts = report.sections.filter((s) => s.level === 1);
    expect(parts.map((p) => [p.number, p.phase])).toEqual([
      ['一', 'reported'],
      ['二', 'planned'],
    ]);
  });

  it('makes lead sentences paragraph topics', () => {
    const topic = report.sections.find((s) => s.level === 3 && s.title === '坚决防范疫情输入');
    expect(topic).toBeDefined();
    expect(report.sections[topic?.parentIndex ?? -1]?.number).toBe('(一)');
  });

  it('keeps every sentence span exact', () => {
    for (const s of report.sentences) expect(source.slice(s.start, s.end)).toBe(s.text);
    const title = report.sentences.find((s) => s.kind === 'title');
    expect(title?.text).toBe(report.meta.title);
  });
});
