// Session 41, fix323: the forms held-out-323 showed the parser missing (docs/prose-forms.md, "Session 41 fixes:
// fix323"). Every sentence here is our own, with an invented place and invented figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '关于溯川县2019年前三季度国民经济和社会发展计划执行情况的报告';

function ranks(body: string) {
  const report = parsedReport(`${TITLE}\n${body}`, { sourceName: 'plan.txt', sha256: '0' });
  return report.rankings.map((r) => [r.indicatorCode, r.rank, r.scope, r.change ?? null]);
}

describe('F6591 a rank written after 全市位次 with no verb (全市位次第8位)', () => {
  it('reads the rank in the scope before 位次, and the flat or moved clause after it', () => {
    expect(
      ranks(
        '1—9月，全县固定资产投资完成27.15亿元，同比下降3.2%，全市位次第7位，与上半年持平。\n1—9月，社会消费品零售总额19.64亿元，同比增长6.3%，全市位次第4位，较上半年后移2位。',
      ),
    ).toEqual([
      ['fixed-asset-investment', 7, '全市', 0],
      ['retail-sales', 4, '全市', -2],
    ]);
  });
});

describe('F6592 a rank move with its scope before 位次 or 排名 (全市位次由上半年的第9位前移至第5位)', () => {
  it('reads the rank moved to, its move, and the scope written before the move', () => {
    expect(
      ranks(
        '1—9月，全县规模以上工业增加值同比增长4.6%，全市位次由上半年的第10位前移至第6位。全社会用电量增长8.2%，增幅全市排名由二季度第3位下滑至第5位。',
      ),
    ).toEqual([
      ['industrial-value-added', 6, '全市', 4],
      [expect.anything(), 5, '全市', -2],
    ]);
  });
});
