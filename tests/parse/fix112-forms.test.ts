// Forms the one-hundred-and-twelfth held-out batch showed the parser missed (session 31, branch fix112): a counted
// group whose members are joined by 、 (甲、乙两大产业产值占…的比重), named whole as the 和 form already was, not
// from its last member alone. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const shares = (sentences: string) =>
  parsedReport(
    ['溱岚县2026年国民经济和社会发展计划执行情况的报告', '一、2026年计划执行情况', sentences].join('\n'),
    {
      sourceName: 'plan.txt',
    },
  )
    .observations.filter((o) => o.measure === 'share')
    .map((o) => [o.indicatorName, o.quantity?.value]);

describe('a counted group whose members are joined by 、 (F2541)', () => {
  it('names a group of two whole, not from its second member', () => {
    expect(
      shares(
        '规上工业总产值完成32.5亿元，增长8.1%。粮食加工、生物医药两大产业产值占规上工业总产值的比重达到55.2%。',
      ),
    ).toEqual([['粮食加工、生物医药两大产业产值', 55.2]]);
  });

  it('names a group of three whole, its members joined by 、 alone or by 、 and 和, its kind after the count', () => {
    expect(
      shares(
        '茶叶加工、竹木制品、文化旅游三大主导产业产值占规上工业总产值的比重为46.8%。' +
          '矿泉水、新型建材和现代物流三大特色产业增加值占全县生产总值的比重达到38.4%。',
      ),
    ).toEqual([
      ['茶叶加工、竹木制品、文化旅游三大主导产业产值', 46.8],
      ['矿泉水、新型建材和现代物流三大特色产业增加值', 38.4],
    ]);
  });

  it('leaves a list whose figures are distributed by 分别 to its members', () => {
    const report = parsedReport(
      [
        '溱岚县2026年国民经济和社会发展计划执行情况的报告',
        '一、2026年计划执行情况',
        '茶叶、竹木两大产业产值分别增长7.4%和5.9%。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.observations.map((o) => [o.indicatorName, o.quantity?.value])).toEqual([
      ['茶叶产业产值', 7.4],
      ['竹木产业产值', 5.9],
    ]);
  });

  it('keeps a group whose verb stands between its class and the figure’s name, read under its head as before', () => {
    const report = parsedReport(
      [
        '溱岚县2026年国民经济和社会发展计划执行情况的报告',
        '一、2026年计划执行情况',
        '茶叶加工、竹木制品两大主导产业实现增加值12.6亿元，占规模以上工业增加值的61.2%。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    const named = report.observations.map((o) => [
      o.indicatorName.includes('两大主导产业'),
      o.measure,
      o.quantity?.value,
    ]);
    expect(named).toEqual([
      [true, 'level', 12.6],
      [true, 'share', 61.2],
    ]);
  });
});
