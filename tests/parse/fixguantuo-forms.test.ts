// Forms held-out-32's guantuo and dongrui fixtures showed (docs/prose-forms.md, "fixguantuo"), in
// text of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { isHardWrapped } from '../../src/ingest/text-wrap.js';
import { generatedCode } from '../../src/parse/catalogue.js';
import { parseDocument } from '../../src/parse/index.js';
import { linesReader } from '../helpers/report.js';

/** A county bureau's monthly brief: one indicator a line, 指标：数值，增长A%, no closing stop. */
const brief = [
  '岚溪县2020年1—4月经济运行简报',
  '岚溪县统计局　　　　2020年5月16日',
  '一、工业',
  '规模以上工业总产值：27.14亿元，增长6.3%',
  '规模以上工业增加值：增长5.8%，比1—3月提高1.2个百分点',
  '规模以上工业利润总额：1.36亿元，下降2.7%',
  '工业用电量：2.41亿千瓦时，增长4.4%',
  '二、投资',
  '固定资产投资：增长10.6%，居全市第2位',
  '其中：工业投资：增长15.2%',
  '商品房销售面积：8.3万平方米，增长3.1%',
  '三、消费',
  '社会消费品零售总额：22.65亿元，增长6.6%',
  '其中：限额以上消费品零售额：7.18亿元，增长4.9%',
  '城镇消费品零售额：17.42亿元，增长6.9%',
  '乡村消费品零售额：5.23亿元，增长5.7%',
  '四、财政',
  '一般公共预算收入：2.87亿元，增长5.5%',
  '其中：税收收入：2.21亿元，增长7.6%',
  '一般公共预算支出：8.64亿元，增长8.2%',
];

async function observed(lines: readonly string[]) {
  const { document } = await ingest(new TextEncoder().encode(lines.join('\n')), { name: 'lanxi.txt' });
  if (!document) throw new Error('no document');
  const report = parseDocument(document, { sourceName: 'lanxi.txt', sha256: '0' }).report;
  return (report?.observations ?? []).map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
}

describe('a monthly brief of 指标：数值，增长A% lines (one indicator a line, no stops)', () => {
  it('is no text a PDF hard-wrapped: its lines stay lines', () => {
    expect(isHardWrapped(brief)).toBe(false);
  });

  it("gives each line's figures to the indicator named before its colon, not the line before's", async () => {
    const rows = await observed(brief);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['industrial-output', 'level', 27.14],
        ['industrial-value-added', 'growth', 5.8],
        ['industrial-value-added', 'change', 1.2],
        ['industrial-profits', 'level', 1.36],
        ['industrial-profits', 'growth', -2.7],
        ['industrial-electricity-consumption', 'level', 2.41],
        ['industrial-investment', 'growth', 15.2],
        ['housing-sales-area', 'level', 8.3],
        ['retail-sales-above-quota', 'level', 7.18],
        ['tax-revenue', 'level', 2.21],
        ['general-budget-expenditure', 'level', 8.64],
        ['general-budget-expenditure', 'growth', 8.2],
      ]),
    );
    expect(rows.filter(([code]) => code === 'industrial-output')).toHaveLength(2);
    expect(rows.filter(([code]) => code === 'retail-sales')).toHaveLength(2);
  });

  it('keeps a name the catalogue lacks before the colon as written (城镇消费品零售额：…)', async () => {
    const rows = await observed(brief);
    expect(rows).toEqual(
      expect.arrayContaining([
        [generatedCode('城镇消费品零售额'), 'level', 17.42],
        [generatedCode('城镇消费品零售额'), 'growth', 6.9],
        [generatedCode('乡村消费品零售额'), 'level', 5.23],
        [generatedCode('乡村消费品零售额'), 'growth', 5.7],
      ]),
    );
  });
});

describe('a table note numbered over lines: 注：1.… / 2.全市排位为增速在X市8个县（市、区）中的位次', () => {
  const report = linesReader('fixguantuo.txt');
  const rankings = (...note: string[]) =>
    report(
      '岑泸县2014年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年，全县经济平稳运行。',
      '附表',
      '岑泸县2014年1—6月主要经济指标完成情况',
      '| 指标 | 单位 | 全年目标（%） | 1—6月 | 增长（%） | 全市排位 |',
      '| 生产总值 | 亿元 | 11 | 38.60 | 10.2 | 3 |',
      '| 社会消费品零售总额 | 亿元 | 13 | 12.40 | 12.8 | 5 |',
      ...note,
    ).rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope]);

  it("sizes the rank column by the note's second item and names its parent", () => {
    const note = [
      '注：1.全年目标为增速；上级指导目标为柘澜市下达的年度指导性目标。',
      '2.全市排位为增速在柘澜市8个县（市、区）中的位次；“—”表示无此项。',
      '3.城乡居民收入为抽样调查数据。',
    ];
    expect(rankings(...note)).toEqual(
      expect.arrayContaining([
        ['gdp', 3, 8, '柘澜市'],
        ['retail-sales', 5, 8, '柘澜市'],
      ]),
    );
  });

  it('reads no group from a paragraph after an unnumbered note', () => {
    const note = ['注：全年目标为增速。', '2.全市排位为增速在柘澜市8个县（市、区）中的位次。'];
    expect(rankings(...note)).toContainEqual(['gdp', 3, null, '全市']);
  });
});

describe('a project whose only status is 试生产 or 试运行 (甲产业园（一期）已试生产)', () => {
  const report = linesReader('fixguantuo-projects.txt');
  const projects = (sentence: string) =>
    report(
      '岑泸县2014年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      sentence,
    ).projects.map((p) => [p.name, p.mentions.map((m) => m.status)]);

  it('reads the name and its status between two other projects after ；', () => {
    expect(
      projects(
        '岚口热电联产项目完成投资1.8亿元，主体厂房封顶；岚口粮油精深加工产业园（一期）已试生产；岚口至柘澜二级公路完成路基工程的40%。',
      ),
    ).toContainEqual(['岚口粮油精深加工产业园(一期)', ['试生产']]);
  });

  it('reads a works on trial run', () => {
    expect(projects('岚口第二水厂已试运行。')).toContainEqual(['岚口第二水厂', ['试运行']]);
  });
});

describe("a brief's closing line of its editor and telephone (编辑：…科　　电话：0414-7654321)", () => {
  it('reads no figure from the telephone number', () => {
    const report = linesReader('fixguantuo-byline.txt');
    const facts = report(
      '岚溪县2020年1—4月经济运行简报',
      '一、工业',
      '1—4月，全县规模以上工业增加值增长5.8%。',
      '编辑：岚溪县统计局综合科　　电话：0417-7654321',
    ).facts.map((f) => f.quantity.value);
    expect(facts).toContain(5.8);
    expect(facts).not.toContain(7654321);
  });
});
