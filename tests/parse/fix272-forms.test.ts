// Forms the two-hundred-and-seventy-second held-out batch showed the parser missed (session 38, branch fix272): a
// county press transcript's answer quoting the goals the congress set, the cue word 确定 followed by a comma before
// the year's list (F5511); a 核算 release's table headed 绝对额（亿元） | 比上年同期增长（%）, its first column
// the levels (F5512); a 、 list holding 交通运输、仓储和邮政业 (F5513); the prose restating the table's sector rows by
// their bare names (F5514). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedReport, parsedReport } from '../helpers/report.js';

const report = (lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

describe('F5511: 县第N届人民代表大会第N次会议确定，全年甲增长A%左右…: goals the congress set, quoted after a comma', () => {
  it('are full-year targets, not growth observations', () => {
    const parsed = report([
      '蕖汀县2027年前三季度经济运行情况新闻发布会',
      '前三季度，全县实现地区生产总值88.2亿元，同比增长5.6%。',
      '谢谢您的提问。年初县第八届人民代表大会第三次会议确定，全年地区生产总值增长5.5%左右，规模以上工业增加值增长7%以上，一般公共预算收入增长3%。',
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.horizon])).toEqual([
      ['gdp', 5.5, 'approx', 'full-year'],
      ['industrial-value-added', 7, 'gte', 'full-year'],
      ['general-budget-revenue', 3, 'eq', 'full-year'],
    ]);
    expect(parsed.observations.filter((o) => o.measure === 'growth').map((o) => o.quantity?.value)).toEqual([
      5.6,
    ]);
  });
});

const encode = (text: string) => new TextEncoder().encode(text);

/** A county 统计局's quarterly GDP release: the table's first figure column headed 绝对额. */
const GDP_RELEASE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>2027年一季度蕖汀县地区生产总值核算情况_蕖汀县人民政府</title></head><body>
<h1>2027年一季度蕖汀县地区生产总值核算情况</h1>
<p>发布日期：2027-04-22 信息来源：县统计局</p>
<p>根据地区生产总值统一核算结果，一季度，全县实现地区生产总值41.26亿元，同比增长4.8%。</p>
<table>
<tr><td>指标</td><td>绝对额（亿元）</td><td>比上年同期增长（%）</td></tr>
<tr><td>地区生产总值</td><td>41.26</td><td>4.8</td></tr>
<tr><td>第二产业</td><td>15.08</td><td>5.9</td></tr>
<tr><td>　其中：工业</td><td>12.37</td><td>6.4</td></tr>
<tr><td>第三产业</td><td>22.71</td><td>4.1</td></tr>
<tr><td>　其中：金融业</td><td>2.64</td><td>3.3</td></tr>
</table>
</body></html>`;

describe('a table column headed 绝对额（亿元） (F5512)', () => {
  it("holds the rows' levels of the period", async () => {
    const { report } = await ingestedReport(encode(GDP_RELEASE), 'gdp.html');
    const levels = report.observations.filter((o) => o.measure === 'level');
    expect(levels.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual(
      expect.arrayContaining([
        ['all-industry-value-added', 12.37],
        ['finance-value-added', 2.64],
        ['tertiary-industry-value-added', 22.71],
      ]),
    );
  });
});

describe('F5513: 甲业、交通运输、仓储和邮政业分别下降a%和b%', () => {
  it('reads the branch whose name holds a 、 as one item of the list', () => {
    const parsed = report([
      '蕖汀县2027年一季度经济运行情况',
      '一季度，全县实现地区生产总值40.15亿元，同比增长4.6%。',
      '一季度，房地产业、交通运输、仓储和邮政业增加值分别下降1.8%和0.9%。',
    ]);
    const declines = parsed.observations.filter((o) => (o.quantity?.value ?? 0) < 0);
    expect(declines.map((o) => [o.indicatorName, o.quantity?.value])).toEqual([
      ['房地产业增加值', -1.8],
      ['交通运输、仓储和邮政业增加值', -0.9],
    ]);
  });
});

const SECTOR_PROSE = GDP_RELEASE.replace(
  '<table>',
  '<p>分行业看，工业增加值同比增长6.4%；金融业增长3.3%。</p>\n<table>',
);

describe('F5514: the prose restating a table row by its bare name or with 增加值', () => {
  it('is read once, as the table row names it', async () => {
    const { report } = await ingestedReport(encode(SECTOR_PROSE), 'gdp.html');
    const growths = report.observations.filter((o) => o.measure === 'growth');
    expect(growths.filter((o) => o.quantity?.value === 6.4).map((o) => o.indicatorCode)).toEqual([
      'all-industry-value-added',
    ]);
    expect(growths.filter((o) => o.quantity?.value === 3.3).map((o) => o.indicatorCode)).toEqual([
      'finance-value-added',
    ]);
  });
});
