// Forms of the held-out-30 batch (session 16, fixrp): a county's rank 居全州第N位 whose prefecture and
// its count of places the text gives only where it first places itself (居某某州8县市第2位), and 比年初增加
// balances read as amounts of change. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { placedGroup } from '../../src/parse/prose-rank-parent.js';

describe('a parent placed with its count of places', () => {
  it.each([
    ['增速居沅岭州8县市第2位', '州', { name: '沅岭州', size: 8 }],
    ['居沅岭州十二个县(市)第3位', '州', { name: '沅岭州', size: 12 }],
    ['增速居沅岭州第2位', '州', { name: '沅岭州', size: null }],
    ['居沅岭州8县市第2位，居沅岭州6县第1位', '州', { name: '沅岭州', size: null }],
    ['居全州8县市第2位', '州', null],
  ])('%s → %j', (text, suffix, placed) => {
    expect(placedGroup(text, suffix, '峦溪县')).toEqual(placed);
  });

  it('scopes 居全州第N位 by that parent and gives it the count', () => {
    const text = [
      '峦溪县2022年上半年经济运行稳中向好',
      '据统一核算，上半年全县实现地区生产总值41.26亿元，同比增长6.3%，居沅岭州8县市第2位。',
      '上半年，全县规模以上工业增加值同比增长10.7%，高于全州3.2个百分点，居全州第1位。',
    ].join('\n');
    const parsed = parseReportText(text, { sourceName: 'ranks.txt' }).report;
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 2, 8, '沅岭州'],
      ['industrial-value-added', 1, 8, '沅岭州'],
    ]);
  });

  it('keeps a rank its own count when the sentence gives one', () => {
    const text = [
      '峦溪县2022年上半年经济运行情况',
      '上半年，全县地区生产总值同比增长6.3%，居沅岭州8县市第2位。',
      '全县规模以上工业增加值同比增长10.7%，居全州12个县市区第4位。',
    ].join('\n');
    const parsed = parseReportText(text, { sourceName: 'ranks.txt' }).report;
    expect(parsed?.rankings.map((r) => [r.rank, r.of, r.scope])).toEqual([
      [2, 8, '沅岭州'],
      [4, 12, '沅岭州'],
    ]);
  });
});

describe('比年初增加 balances', () => {
  it('reads 比年初增加X亿元，增长A% as a change and a growth', () => {
    const text = [
      '峦溪区2019年国民经济和社会发展统计公报',
      '年末全区金融机构本外币各项存款余额218.64亿元，比年初增加21.37亿元，增长10.8%；各项贷款余额173.52亿元，比年初增加19.46亿元，增长12.6%。',
    ].join('\n');
    const parsed = parseReportText(text, { sourceName: 'balances.txt' }).report;
    const rows = parsed?.observations
      .filter((o) => o.indicatorCode === 'deposits' || o.indicatorCode === 'loans')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(rows).toEqual([
      ['deposits', 'level', 218.64],
      ['deposits', 'change', 21.37],
      ['deposits', 'growth', 10.8],
      ['loans', 'level', 173.52],
      ['loans', 'change', 19.46],
      ['loans', 'growth', 12.6],
    ]);
  });
});
