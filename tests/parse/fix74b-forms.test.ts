// Forms the seventy-fourth held-out batch showed the parser missed, second pass (session 25, branch
// fix74b): a plan report's problems part that counts the indicators it lists before their 分别 (甲、乙、丙3项
// 指标分别低于年度目标a、b和c个百分点), where the count stood between the names and 分别 and left only the
// first name's gap read; firms counted with their net gain (规模以上工业企业达到a家，全年净增b家；实现营业收入…),
// whose bare account after the semicolon lost the firms; a spending total the catalogue lacks (旅游消费总额); a rank
// repeated among the problems after its indicator's growth is judged (甲增速低于全市平均水平，居全市第8位).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const comparisons = (text: string) =>
  parsedReport(text, { sourceName: 'news.txt' })
    .observations.filter((o) => o.measure === 'comparison')
    .map((o) => [o.indicatorCode, o.quantity?.value]);

describe('a counted list of indicators before 分别 (甲、乙、丙3项指标分别低于年度目标…)', () => {
  it('gives each indicator its own gap to the plan', () => {
    const text = [
      '柳溪县2024年国民经济和社会发展计划执行情况的报告',
      '一是部分指标与年初目标有差距。固定资产投资、社会消费品零售总额、一般公共预算收入3项指标分别低于年度目标3.1、2.2和0.8个百分点。',
    ].join('\n');
    expect(comparisons(text)).toEqual([
      ['fixed-asset-investment', -3.1],
      ['retail-sales', -2.2],
      ['general-budget-revenue', -0.8],
    ]);
  });

  it('reads the count in words with 等 and 主要 the same way', () => {
    const text = [
      '柳溪县2024年国民经济和社会发展计划执行情况的报告',
      '规模以上工业增加值、固定资产投资等两项主要指标分别低于年度目标1.4和2.5个百分点。',
    ].join('\n');
    expect(comparisons(text)).toEqual([
      ['industrial-value-added', -1.4],
      ['fixed-asset-investment', -2.5],
    ]);
  });
});

describe('firms counted, their net gain, then their bare account after a semicolon', () => {
  it('gives the account to the firms counted before the net gain', () => {
    const text = [
      '柳溪县2024年国民经济和社会发展计划执行情况的报告',
      '全县规模以上工业企业达到215家，全年净增19家；实现营业收入412.5亿元，增长8.1%；利润总额23.4亿元，增长5.2%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-revenue', 'level', 412.5],
      ['industrial-revenue', 'growth', 8.1],
      ['industrial-profits', 'level', 23.4],
      ['industrial-profits', 'growth', 5.2],
    ]);
  });
});

describe('a spending total the catalogue lacks (实现旅游消费总额…)', () => {
  it('reads its level and growth under the name as written', () => {
    const text = [
      '柳溪县2024年国民经济和社会发展计划执行情况的报告',
      '（四）消费市场平稳恢复。接待游客388.1万人次，增长12.4%；实现旅游消费总额41.2亿元，增长13.5%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorName === '旅游消费总额')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 41.2],
      ['growth', 13.5],
    ]);
  });
});

describe('a rank repeated in the problems part with no subject in its own clause', () => {
  it('is the rank given before of the indicator the clause before names', () => {
    const text = [
      '柳溪县2024年1-4月经济运行情况',
      '（三）消费市场温和恢复。社会消费品零售总额累计实现28.31亿元，同比增长4.2%，居全市第7位。',
      '二、需要关注的问题',
      '一是消费增速偏低。社会消费品零售总额增速低于全市平均水平，居全市第7位，限额以下单位零售额仅增长2.6%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['retail-sales', 7],
      ['retail-sales', 7],
    ]);
  });
});
