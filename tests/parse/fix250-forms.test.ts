// Forms the two-hundred-and-fiftieth held-out batch showed the parser missed (session 37, branch fix250): a
// workbook's share column headed 占规上工业比重 without its (%), beside a 单位 column of 亿元 (the shares were read
// as levels in 亿元); a congress news page headlined 县人大常委会听取和审议全县… (the headline's words were read as
// the region). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { ingestedReport, sheetReport } from '../helpers/report.js';

/** A bureau's sheet of leading industries: a 单位 column, the level, its growth, and its share without (%). */
const INDUSTRY_SHEET: SheetCell[][] = [
  ['甲川县2026年1—9月主要经济指标', null, null, null, null],
  ['单位：亿元、%', null, null, null, null],
  ['行业', '单位', '1—9月', '同比±%', '占规上工业比重'],
  ['规模以上工业总产值', '亿元', 127.2, 4.3, 100],
  ['甲产业', '亿元', 52.4, 6.1, 41.2],
  ['乙产业', '亿元', 23.8, -1.5, 18.7],
  ['注：比重为占规模以上工业总产值的比重。', null, null, null, null],
];

describe('a share column headed 占规上工业比重 beside a 单位 column of 亿元 (F5111)', () => {
  it('reads the column’s figures as shares in %, not levels in the row’s 亿元', () => {
    const rows = sheetReport(INDUSTRY_SHEET, 'industries.xls')
      .observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit])
      .filter((row) => row[0] === '甲产业' || row[0] === '乙产业');
    expect(rows).toEqual([
      ['甲产业', 'level', 52.4, '亿元'],
      ['甲产业', 'growth', 6.1, '%'],
      ['甲产业', 'share', 41.2, '%'],
      ['乙产业', 'level', 23.8, '亿元'],
      ['乙产业', 'growth', -1.5, '%'],
      ['乙产业', 'share', 18.7, '%'],
    ]);
  });
});

/** A congress news page: its headline's subject is the committee, the place only in the page's title and footer. */
const HEARING_NEWS = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>县人大常委会听取和审议全县1—9月国民经济和社会发展计划执行情况的报告 - 甲川县人大网</title></head><body>
<h1>县人大常委会听取和审议全县1—9月国民经济和社会发展计划执行情况的报告</h1>
<p>发布时间：2026-10-28　来源：县人大常委会办公室</p>
<p>10月27日，县人大常委会会议听取和审议了县发展和改革委员会主任受县人民政府委托所作的报告。</p>
<p>报告显示，1—9月，全县实现地区生产总值58.2亿元，同比增长6.4%；固定资产投资增长9.1%。</p>
<p>会前，县人大常委会组织部分组成人员视察了甲川县工业园区。</p>
<div class="footer">主办：甲川县人民代表大会常务委员会办公室</div>
</body></html>`;

describe('a news headline whose subject is the standing committee hearing the report (F5112)', () => {
  it('reads no region from the committee’s words and finds the county elsewhere on the page', async () => {
    const { report } = await ingestedReport(new TextEncoder().encode(HEARING_NEWS), 'news.html');
    expect(report.meta.region).toBe('甲川县');
    expect(report.meta.period).toBe('2026-Q3');
  });
});
