// Named aggregates the catalogue lacks (session 10): a level, growth or share whose subject is a kind of
// spending, revenue, investment, output, value added, sales or trade written as a noun phrase is an
// observation under the name as written; a key-project programme's total, a deal's investment, a
// place's figure and a pronoun's stay facts. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { parsedReport } from '../helpers/report.js';

const report = (prose: string) =>
  parsedReport(
    ['鹭汀县2022年国民经济和社会发展计划执行情况的报告', '一、2022年计划执行情况', prose].join('\n'),
    { sourceName: 'aggregates.txt' },
  );
const observed = (prose: string) =>
  report(prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);
const x = generatedCode;

describe('a named aggregate the catalogue lacks is observed under its name as written', () => {
  it.each([
    [
      '全年民生支出完成17.42亿元，占一般公共预算支出的80.7%。',
      [
        [x('民生支出'), 'level', 17.42, '亿元'],
        [x('民生支出'), 'share', 80.7, '%'],
      ],
    ],
    [
      '民生类支出9.86亿元，占一般公共预算支出的77.2%。',
      [
        [x('民生类支出'), 'level', 9.86, '亿元'],
        [x('民生类支出'), 'share', 77.2, '%'],
      ],
    ],
    // The share opens the clause: the name is the part before 占.
    [
      '民生支出占一般公共预算支出的比重达79.4%；城镇新增就业2130人。',
      [
        [x('民生支出'), 'share', 79.4, '%'],
        ['new-urban-jobs', 'level', 2130, '人'],
      ],
    ],
    [
      '其中，亿元以上项目完成投资占全部投资的58.6%，同比增长13.9%。',
      [
        [x('亿元以上项目完成投资'), 'share', 58.6, '%'],
        [x('亿元以上项目完成投资'), 'growth', 13.9, '%'],
      ],
    ],
    [
      '其中教育支出4.12亿元，同比增长9.3%；卫生健康支出增长6.4%。',
      [
        [x('教育支出'), 'level', 4.12, '亿元'],
        [x('教育支出'), 'growth', 9.3, '%'],
        [x('卫生健康支出'), 'growth', 6.4, '%'],
      ],
    ],
    [
      '新兴产业增加值增长14.6%，占规模以上工业的比重为24.1%。',
      [
        [x('新兴产业增加值'), 'growth', 14.6, '%'],
        [x('新兴产业增加值'), 'share', 24.1, '%'],
      ],
    ],
    [
      '文化产业营业收入6.3亿元，增长8.8%。',
      [
        [x('文化产业营业收入'), 'level', 6.3, '亿元'],
        [x('文化产业营业收入'), 'growth', 8.8, '%'],
      ],
    ],
  ])('%s', (prose, want) => {
    expect(observed(prose)).toEqual(want);
  });

  it('keeps a name the catalogue knows under its entry', () => {
    expect(observed('外贸进出口总额15.6亿元，增长4.2%。')).toEqual([
      ['foreign-trade', 'level', 15.6, '亿元'],
      ['foreign-trade', 'growth', 4.2, '%'],
    ]);
  });
});

describe('project totals and figures that are not an aggregate’s stay facts', () => {
  it.each([
    // A key-project programme's total, its share of the plan and the plan part's amount (tests/accuracy/README.md).
    '全年实施重点项目52个，完成投资31.8亿元，占年计划的102.4%。',
    '重点项目完成投资31.8亿元，占年度计划的102.4%。',
    // A deal's investment beside a count of projects.
    '新签约亿元以上项目14个，协议总投资92.6亿元。',
    // A place's output, a project's investment, a pronoun's figures.
    '鹭汀镇实现工业产值11.7亿元，增长3.6%。',
    '鹭汀至苇塘二级公路完成投资2.4亿元。',
    '苇塘光伏项目产值3.1亿元，鹭汀水泥厂销售额2.2亿元。',
    '省、市重点项目分别完成投资8.1亿元、12.6亿元，前者完成投资占年度计划的41.2%。',
    // Counts are no aggregate's level.
    '规模以上工业增加值等3项指标增速高于全市。',
  ])('%s', (prose) => {
    const parsed = report(prose);
    expect(parsed.observations.map((o) => [o.indicatorName, o.measure])).toEqual([]);
    expect(parsed.facts.length).toBeGreaterThan(0);
  });
});
