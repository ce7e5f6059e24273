// Forms the one-hundred-and-fifth held-out batch showed the parser missed (session 30, branch fix105): a
// half-year table's thousands-separated figures under a 1—6月完成（万元） header, the incomes' 元 and foreign
// capital's 万美元 in the row's name, each level the prose gives again in 亿元; 限额以上企业商品零售额 named as
// written; a county head's speech titled by its meeting (在全县…分析会上的讲话); a goal's figure inside
// 比年度目标A%低B个百分点; 税收占比只有A%; a park named after its county, after 12个乡镇（开发区）中.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TABLE_REPORT = [
  '关于溱岑县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年全县实现地区生产总值98.47亿元，同比增长6.1%。社会消费品零售总额41.32亿元，增长5.2%。' +
    '全体居民人均可支配收入16420元，增长5.9%。实际使用外资980万美元，增长7.1%。',
  '溱岑县2026年上半年主要经济指标完成情况表',
  '指　标\t年度目标（%）\t1—6月完成（万元）\t同比增长（%）',
  '地区生产总值\t6.5\t984,730\t6.1',
  '社会消费品零售总额\t6\t413,200\t5.2',
  '全体居民人均可支配收入（元）\t6\t16,420\t5.9',
  '实际使用外资（万美元）\t—\t980\t7.1',
].join('\n');

const tableReport = () => parsedReport(TABLE_REPORT, { sourceName: 'plan.txt' });
const levels = () =>
  tableReport()
    .observations.filter((o) => o.measure === 'level')
    .map((o) => [o.source, o.indicatorCode, o.quantity?.value, o.quantity?.unit]);

describe('a level unit in a table row’s name under a header of another level unit (F2341)', () => {
  it('reads the income in 元 and foreign capital in 万美元, not in the header’s 万元', () => {
    const units = tableReport()
      .observations.filter((o) => o.source === 'table' && o.measure === 'level')
      .map((o) => [o.indicatorCode, o.quantity?.unit]);
    expect(units).not.toContainEqual(['disposable-income-per-capita', '万元']);
    expect(units).not.toContainEqual(['foreign-investment', '万元']);
  });

  it('keeps the header’s % for a growth column', () => {
    const growths = tableReport()
      .observations.filter((o) => o.source === 'table' && o.measure === 'growth')
      .map((o) => o.quantity?.unit);
    expect(new Set(growths)).toEqual(new Set(['%']));
  });
});

describe('a table level in 万元 with thousands separators that the prose gives in 亿元 (F2342)', () => {
  it('is one item, the prose’s figure, whether it rounds to it (98.47亿元) or equals it (41.32亿元)', () => {
    expect(levels()).toEqual([
      ['table', 'disposable-income-per-capita', 16420, '元'],
      ['table', 'foreign-investment', 980, '万美元'],
      ['prose', 'gdp', 98.47, '亿元'],
      ['prose', 'retail-sales', 41.32, '亿元'],
      ['prose', 'disposable-income-per-capita', 16420, '元'],
      ['prose', 'foreign-investment', 980, '万美元'],
    ]);
  });

  it('keeps a table level the prose does not give, or gives as another figure', () => {
    const text = TABLE_REPORT.replace('41.32亿元', '39.80亿元');
    const report = parsedReport(text, { sourceName: 'plan.txt' });
    const retail = report.observations
      .filter((o) => o.indicatorCode === 'retail-sales' && o.measure === 'level')
      .map((o) => [o.source, o.quantity?.value, o.quantity?.unit]);
    expect(retail).toEqual([
      ['table', 413200, '万元'],
      ['prose', 39.8, '亿元'],
    ]);
  });
});

describe('the goods half of the retail sales by firms above the quota (F2343)', () => {
  it('names 限额以上企业商品零售额 as written, not the catalogue’s 商品零售额', () => {
    const report = parsedReport(
      [
        '溱岑县2026年上半年经济运行情况',
        '一、消费',
        '社会消费品零售总额41.32亿元，增长5.2%。限额以上企业商品零售额15.08亿元，增长8.7%，其中汽车类零售额增长19.3%。',
      ].join('\n'),
      { sourceName: 'news.txt' },
    );
    const quota = report.observations
      .filter((o) => o.indicatorName.includes('商品零售额'))
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(quota).toEqual([
      ['限额以上企业商品零售额', 'level', 15.08],
      ['限额以上企业商品零售额', 'growth', 8.7],
    ]);
    expect(report.observations.map((o) => o.indicatorCode)).not.toContain('goods-retail-sales');
  });
});

const SPEECH = [
  '在全县2026年三季度经济形势分析会上的讲话',
  '县委副书记、县长　柯明远',
  '（2026年10月16日，根据录音整理）',
  '同志们：',
  '今天召开全县三季度经济形势分析会。下面，我讲三点意见。',
  '一、正视差距',
  '从总量和速度看。前三季度全县实现地区生产总值142.6亿元，增长5.1%，比上半年加快0.2个百分点，在全市8个县市区中排第5位，比上半年前移1位；但比年度目标6.5%低1.4个百分点，比全市平均水平低0.3个百分点。',
  '从财政看。地方一般公共预算收入6.12亿元，增长2.4%；其中税收收入4.05亿元，增长1.1%，税收占比只有66.2%。',
  '从乡镇看。10个乡镇（开发区）中，溱岑经济开发区规上工业产值增长16.2%，固定资产投资完成年度任务的88.4%，走在前列。',
  '（来源：溱岑县人民政府办公室　编辑：龚小岚）',
].join('\n');
const speech = () => parsedReport(SPEECH, { sourceName: 'speech.txt' });

describe('a county head’s speech titled by its meeting, 在全县…分析会上的讲话 (F2344)', () => {
  it('takes the region from the source line, not 在全县', () => {
    expect(speech().meta.region).toBe('溱岑县');
    expect(speech().meta.period).toBe('2026-Q3');
  });
});

describe('a goal’s figure right after its name inside 比年度目标A%低B个百分点 (F2345)', () => {
  it('reads a comparison with the goal and the goal as the year’s target, and the chain goes on', () => {
    const gdp = speech()
      .observations.filter((o) => o.indicatorCode === 'gdp' && o.measure === 'comparison')
      .map((o) => [o.quantity?.value, o.comparedWith]);
    expect(gdp).toEqual([
      [-1.4, '年度目标'],
      [-0.3, '全市'],
    ]);
    const goals = speech()
      .targets.filter((t) => t.indicatorCode === 'gdp')
      .map((t) => [t.value, t.unit, t.horizon, t.attainment]);
    expect(goals).toEqual([[6.5, '%', 'full-year', 'missed']]);
  });
});

describe('a share regretted as low, 税收占比只有A% (F2346)', () => {
  it('reads the tax revenue’s share', () => {
    const shares = speech()
      .observations.filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(shares).toContainEqual(['tax-revenue', 66.2]);
  });
});

describe('a park named after its county, going through the townships (F2347, F2348)', () => {
  it('gives the park’s figures and the clause after them no observation of the county (facts only)', () => {
    const report = speech();
    const parkFigures = [16.2, 88.4];
    expect(report.observations.filter((o) => parkFigures.includes(o.quantity?.value ?? -1))).toEqual([]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining(parkFigures));
  });

  it('reads the park’s run when the sentence opens with the park itself too (no count before it)', () => {
    const text = SPEECH.replace('10个乡镇（开发区）中，', '');
    const report = parsedReport(text, { sourceName: 'speech.txt' });
    expect(report.observations.filter((o) => o.quantity?.value === 88.4)).toEqual([]);
  });
});
