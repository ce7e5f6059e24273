// Forms held-out-373, 384, 376 and 382 showed the parser missed (session 45, branch fixleft45): a congress news
// page headlined 县X届人大常委会第Y次会议听取审议全县… with no 和 between the verbs (审议全县 was read as the
// region); a table note's item telling the rank column's order before its group (全市位次按…排列，全市共N个县（市、区）:
// the group's size was kept as a fact); an amount short of the plan said 较计划差N亿元; the
// profits and taxes said 实现利税 after the size class's first account in the sentence. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedReport, parsedReport } from '../helpers/report.js';

const factsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw);

/** A congress news page: 听取审议 with no 和; the county named only in the title's site name and the footer. */
const HEARING_NEWS = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>县十五届人大常委会第六次会议听取审议全县2026年国民经济和社会发展计划执行情况报告_渚岭县人民政府网</title></head><body>
<h1>县十五届人大常委会第六次会议听取审议全县2026年国民经济和社会发展计划执行情况报告</h1>
<p>发布日期：2026-12-20　来源：县人大办</p>
<p>12月18日，县十五届人大常委会第六次会议听取审议了县发改委主任所作的报告。</p>
<p>报告显示，全县实现地区生产总值73.4亿元，增长8.2%。</p>
<div class="footer">主办：渚岭县人民代表大会常务委员会办公室</div>
</body></html>`;

describe('a committee hearing its report with 听取审议, no 和 (F7771)', () => {
  it('reads no region from the verb and finds the county elsewhere on the page', async () => {
    const { report } = await ingestedReport(new TextEncoder().encode(HEARING_NEWS), 'news.html');
    expect(report.meta.region).toBe('渚岭县');
  });
});

describe("a note's item ordering the rank column before naming its group (F7772)", () => {
  it('keeps the group size out of the facts', () => {
    const text = [
      '渚岭县2026年1-5月主要经济指标',
      '1-5月，全县规模以上工业增加值14.7亿元，增长6.9%，居全市第3位。',
      '注：1.规模以上工业为年主营业务收入2000万元及以上企业；',
      '2.同比±%为1-5月累计数比上年同期增减，全市位次按1-5月增速排列，全市共13个县（市、区）；',
    ].join('\n');
    const facts = factsOf(text);
    expect(facts).toContain('14.7亿元');
    expect(facts.filter((raw) => raw === '13个')).toEqual([]);
  });
});

describe('an amount short of the plan said with 较…差 (F7773)', () => {
  it('is a comparison in the amount’s unit, below the plan', () => {
    const text = [
      '关于渚岭县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
      '全县社会消费品零售总额38.46亿元，增长12.4%，完成年度计划的97.9%，较计划差0.81亿元。',
    ].join('\n');
    const gaps = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit]);
    expect(gaps).toEqual([['retail-sales', -0.81, '亿元']]);
  });
});

describe('实现利税 after 规模以上工业 named in the sentence’s first clause (F7774)', () => {
  it('is the profits and taxes named as written, level and growth', () => {
    const text = [
      '渚岭县2026年1-5月经济运行情况',
      '1-5月，全县地区生产总值48.7亿元，增长7.1%。',
      '全县规模以上工业实现主营业务收入61.3亿元，增长9.8%，实现利税7.2亿元，增长5.6%。',
    ].join('\n');
    const named = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.indicatorName === '利税')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(named).toEqual([
      ['level', 7.2],
      ['growth', 5.6],
    ]);
  });
});
