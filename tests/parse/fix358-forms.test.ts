// Forms of held-out-358 (山西/陕西 coal counties' 2016 上半年 reports) and held-out-360 (甘肃/宁夏 counties' 2007
// 上半年 reports) the parser missed (session 44, fix358): a cause between a figure and its change, labour income
// after the verb 创 … Sentences of our own, invented places (苇澜县) and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader, observationRow, sectionReader } from '../helpers/report.js';

const PLAN = '关于苇澜县2016年上半年国民经济和社会发展计划执行情况的报告';
const plan = sectionReader('fix358.txt', PLAN);
const observed = (...lines: string[]) => plan(...lines).observations.map(observationRow);

describe('a cause between a figure and its change (X万元，受…影响，同比下降A%), F7272', () => {
  it("reads the change after the cause as the figure's subject's", () => {
    expect(observed('上半年，全县地方财政收入2760万元，受增值税留抵退税影响，同比下降4.6%。')).toEqual([
      ['general-budget-revenue', 'level', 2760, '万元'],
      ['general-budget-revenue', 'growth', -4.6, '%'],
    ]);
  });

  it('reads it with 等因素 in the cause and with no comma after it', () => {
    expect(
      observed(
        '规模以上工业增加值3.1亿元，受焦炭价格持续走低等因素影响，同比下降6.3%；建筑业增加值0.8亿元，受项目开工推迟影响下降2.5%。',
      ),
    ).toEqual([
      ['industrial-value-added', 'level', 3.1, '亿元'],
      ['industrial-value-added', 'growth', -6.3, '%'],
      ['construction-value-added', 'level', 0.8, '亿元'],
      ['construction-value-added', 'growth', -2.5, '%'],
    ]);
  });
});

describe('labour income after the verb 创 (创劳务收入X亿元), F7271', () => {
  it('reads no indicator of the economy from it, as 实现劳务收入 gives none', () => {
    expect(observed('上半年，全县输出劳务2.8万人次，创劳务收入1.72亿元；创造务工收入0.9亿元。')).toEqual([]);
  });
});

describe('industry above the size line less one branch (规模以上非煤工业增加值X亿元), F7273', () => {
  it('reads its level as well as its growth, named as written', () => {
    expect(observed('规模以上非焦工业增加值1.94亿元，增长7.1%。')).toEqual([
      [generatedCode('规模以上非焦工业增加值'), 'level', 1.94, '亿元'],
      [generatedCode('规模以上非焦工业增加值'), 'growth', 7.1, '%'],
    ]);
  });
});

const halfYear = (...goals: string[]) =>
  linesReader('fix358-plan.txt')(
    PLAN,
    '一、上半年计划执行情况',
    '上半年，全县完成地区生产总值31.2亿元，同比增长2.1%。',
    '二、下半年主要目标和措施',
    ...goals,
  );

describe("a park's own goal among the year's goals (甲园区全年实现工业总产值X亿元以上), F7274", () => {
  it("gives no target of the county's for the park's figure; the county's goal beside it stays", () => {
    const targets = halfYear(
      '确保苇澜焦化循环园区全年实现工业总产值18亿元以上，全县规模以上工业增加值增长5%左右。',
    ).targets.map((t) => [t.indicatorCode, t.comparator, t.value]);
    expect(targets).toEqual([['industrial-value-added', 'approx', 5]]);
  });
});

describe('a goal said again in words after its figured goal (甲控制在目标以内), F7275', () => {
  it('gives one target, the figured one', () => {
    const targets = halfYear(
      '确保全年城镇登记失业率控制在4.2%以内。',
      '（三）稳定就业。确保全年城镇新增就业1800人以上，城镇登记失业率控制在目标以内。',
    ).targets.map((t) => [t.indicatorCode, t.comparator, t.value]);
    expect(targets).toEqual([
      ['urban-unemployment-rate', 'lte', 4.2],
      ['new-urban-jobs', 'gte', 1800],
    ]);
  });
});

describe("山西's 转型综改 programme's projects as a class (转型综改重点项目完成投资X亿元), F7276", () => {
  it('reads no project from the programme, and keeps a named one beside it', () => {
    const projects = halfYear(
      '（二）抓好项目建设。确保全年转型综改重点项目完成投资19.5亿元以上，苇澜焦炉煤气制甲醇项目年底前建成投产。',
    ).projects.map((p) => p.name);
    expect(projects).toEqual(['苇澜焦炉煤气制甲醇项目']);
  });
});

describe('a share goal of an aggregate with no result told (力争甲增加值占乙的比重提高到A%以上), F7277', () => {
  it("reads the goal under the aggregate's name, the cue left out", () => {
    const targets = halfYear('力争非焦产业增加值占地区生产总值的比重提高到22%以上。').targets.map((t) => [
      t.indicatorName,
      t.comparator,
      t.value,
    ]);
    expect(targets).toEqual([['非焦产业增加值', 'gte', 22]]);
  });
});

describe("F7277's bound: a share of a part of the economy stays a work target", () => {
  it('reads no goal of 甲产业增加值占规模以上工业比重 with no result told', () => {
    expect(halfYear('力争新材料产业增加值占规模以上工业比重达到30%。').targets).toEqual([]);
  });
});
