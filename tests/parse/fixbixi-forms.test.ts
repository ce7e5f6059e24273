// Forms of held-out-37…39 fixed in session 18 (fixbixi), in invented wording.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fixbixi.txt' }).report;

describe('a margin over another indicator named after its own short name', () => {
  it('gives 存款增速高于贷款 to the deposits, the loans being the benchmark', () => {
    const report = parse(
      '澄阳县2022年1-9月经济运行情况',
      '9月末，全县金融机构各项贷款余额188.2亿元，比年初增长6.1%；各项存款余额241.7亿元，比年初增长9.5%，存款增速高于贷款3.4个百分点。',
      '',
    );
    const margins = report?.observations
      .filter((o) => o.measure === 'comparison' || o.measure === 'change')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(margins).toEqual([['deposits', 'comparison', 3.4]]);
  });
});

describe('税占比 for the share of tax revenue', () => {
  it("reads the share and its rank as the tax revenue's", () => {
    const report = parse(
      '澄阳县2022年上半年经济运行情况',
      '上半年，全县一般公共预算收入6.42亿元，增长9.1%，其中税收收入4.87亿元；税占比75.9%，居全市第2位。',
      '',
    );
    const shares = report?.observations
      .filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(shares).toEqual([['tax-revenue', 75.9]]);
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['tax-revenue', 2]]);
  });
});

describe('an indicator named straight before its gap to the schedule', () => {
  it('reads 零售总额低于时间进度B个百分点 among the problems as a comparison', () => {
    const report = parse(
      '澄阳县2020年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全县社会消费品零售总额完成31.6亿元，占年计划的41.2%。',
      '三是消费恢复偏慢。社会消费品零售总额低于时间进度8.8个百分点，部分商户经营困难。',
      '',
    );
    const gaps = report?.observations
      .filter((o) => o.quantity?.unit === '个百分点')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(gaps).toEqual([['retail-sales', 'comparison', -8.8]]);
  });
});

describe('the month alone with no name after a cumulative figure', () => {
  it('gives 5月当月增长A% the subject and the month of the sentence before', () => {
    const report = parse(
      '澄阳县2021年1-5月经济运行情况',
      '1-5月，全县规模以上工业增加值同比增长7.3%，比1-4月回落0.6个百分点。从单月看，5月当月增长4.9%，低于上月。',
      '',
    );
    const growths = report?.observations
      .filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.period ?? null]);
    expect(growths).toEqual([
      ['industrial-value-added', 7.3, null],
      ['industrial-value-added', 4.9, '2021-M5-5'],
    ]);
  });
});
