// Forms of held-out-26's key-project notice left after its fixes (session 17, fixfuqiao): a capacity
// inside a project's name that ends in 中心 (基地, 园区, 冷库 …), and a count in brackets right after a
// project's name, are the name's words, no facts. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const HEAD = '苇澄县2015年1—9月份重点项目建设进展情况通报\n苇澄县重点项目建设领导小组办公室\n2015年10月8日\n';

function parse(body: string) {
  const { report } = parseReportText(HEAD + body, { sourceName: 'fixfuqiao.txt' });
  if (!report) throw new Error('no report');
  return report;
}

function factsRaw(body: string): string[] {
  return parse(body).facts.map((f) => f.quantity?.raw ?? '');
}

describe('a capacity inside a project name ending in 中心, 基地, 园区 or 冷库', () => {
  it.each([
    ['2．苇澄县8万吨果蔬冷链物流中心。总投资2.6亿元，1—9月份完成投资1.35亿元。', '8万吨'],
    ['2．澄河6万吨粮食仓储基地。总投资1.8亿元，1—9月份完成投资0.92亿元。', '6万吨'],
    ['推进澄北5万吨农产品冷链物流园区、澄南污水处理厂建设，总投资3.1亿元。', '5万吨'],
  ])('%s has no fact %s', (body, capacity) => {
    const raws = factsRaw(body);
    expect(raws).not.toContain(capacity);
    expect(raws.length).toBeGreaterThan(0);
  });

  it('keeps the name whole in the project read', () => {
    const report = parse('2．苇澄县8万吨果蔬冷链物流中心。总投资2.6亿元，1—9月份完成投资1.35亿元。');
    expect(report.projects.map((p) => p.name)).toContain('苇澄县8万吨果蔬冷链物流中心');
  });

  it.each([
    ['全年建成8万吨果蔬冷链物流中心，完成投资2.6亿元。'],
    ['该项目总投资2.6亿元，主要规划8万吨智能冷库、水产交易中心及配套设施。'],
  ])('keeps the capacity built or planned in %s a fact', (body) => {
    expect(factsRaw(body)).toContain('8万吨');
  });
});

describe("a count in brackets right after a project's name", () => {
  it.each([
    ['12．城东保障性住房项目（960套）。总投资1.7亿元，1—9月份完成投资1.12亿元。', '960套', '1.7亿元'],
    ['12．澄西棚户区改造工程（450户）。总投资1.2亿元，1—9月份完成投资0.86亿元。', '450户', '1.2亿元'],
  ])('%s has no fact %s', (body, count, amount) => {
    const raws = factsRaw(body);
    expect(raws).not.toContain(count);
    expect(raws).toContain(amount);
  });

  it('keeps the count the works report after the name a fact', () => {
    expect(
      factsRaw('12．城东保障性住房项目（960套）。总投资1.7亿元，1—9月份完成投资1.12亿元。已竣工640套。'),
    ).toContain('640套');
  });

  it.each([
    ['12．澄南物流园项目（总投资5.2亿元）。1—9月份完成投资2.4亿元。'],
    ['12．澄南物流园项目（5.2亿元）。1—9月份完成投资2.4亿元。'],
  ])('keeps the bracketed amount of %s a fact', (body) => {
    expect(factsRaw(body)).toContain('5.2亿元');
  });

  it('keeps a count of projects in brackets a heading word, as before', () => {
    expect(factsRaw('三、社会民生类项目（6个）\n社会民生类项目年度计划投资4.2亿元。')).toContain('4.2亿元');
  });
});
