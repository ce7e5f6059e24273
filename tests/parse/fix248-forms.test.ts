// Forms the two-hundred-and-forty-eighth held-out batch showed the parser missed (session 37, branch fix248): a
// county bureau's workbook with a second sheet by its towns, streets and zones (their rows read as indicators),
// and the investment of a kind of economy named with a quoted label (“甲新”经济投资) or bare (数字经济投资).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { type SheetCell, workbookResult } from '../../src/ingest/sheet-blocks.js';
import { XLSX_MEDIA_TYPE } from '../../src/ingest/xlsx.js';
import { parseDocument } from '../../src/parse/index.js';
import { isSubCountyPlaceRows } from '../../src/parse/table-place-rows.js';
import { sectionReport } from '../helpers/report.js';

/** A county's indicator sheet. */
const INDICATORS: SheetCell[][] = [
  ['甲川县2026年1—6月主要经济指标', null, null, null, null],
  ['指标', '单位', '1—6月', '同比±%', '全市位次'],
  ['地区生产总值', '亿元', '150.20', '5.1', '3'],
  ['社会消费品零售总额', '亿元', '60.40', '4.7', '2'],
  ['一般公共预算收入', '亿元', '9.80', '3.9', '5'],
];

/** The workbook's second sheet: a table by the county's towns, a street and a zone under a two-row header. */
const TOWNS: SheetCell[][] = [
  ['甲川县2026年1—6月分区镇主要指标', null, null, null, null],
  ['区镇', '工业开票销售', null, '一般公共预算收入', null],
  [null, '1—6月（亿元）', '同比±%', '1—6月（万元）', '同比±%'],
  ['东河街道', '80.15', '7.3', '21400', '4.4'],
  ['西坪镇', '52.60', '9.1', '11800', '6.2'],
  ['高新技术产业开发区', '96.35', '6.6', '30150', '3.7'],
  ['南岭乡', '12.40', '-2.5', '2650', '1.9'],
];

/** The two sheets read as the xlsx ingest reads a workbook, then parsed. */
function workbookReport() {
  const { document } = workbookResult(
    [
      { name: '主要指标', rows: INDICATORS },
      { name: '分区镇', rows: TOWNS },
    ],
    'xlsx',
    XLSX_MEDIA_TYPE,
  );
  if (!document) throw new Error('no document');
  const { report, problems } = parseDocument(document, { sourceName: 'indicators.xlsx', sha256: '0' });
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
}

describe('a table whose rows are the towns, streets and zones below the county (F5101)', () => {
  it('reads no place’s row as an indicator, whatever its name column is headed', () => {
    const names = new Set(workbookReport().observations.map((o) => o.indicatorName));
    for (const place of ['东河街道', '西坪镇', '高新技术产业开发区', '南岭乡'])
      expect(names).not.toContain(place);
  });

  it('still reads the county’s own indicator table above it', () => {
    const gdp = workbookReport()
      .observations.filter((o) => o.indicatorCode === 'gdp')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(gdp).toContainEqual(['level', 150.2]);
    expect(gdp).toContainEqual(['growth', 5.1]);
  });

  it('tells places by every row but a total, three at least', () => {
    expect(isSubCountyPlaceRows(['东河街道', '西坪镇', '南岭乡', '合计'])).toBe(true);
    expect(isSubCountyPlaceRows(['全县', '东河街道', '西坪镇', '经济开发区'])).toBe(true);
    expect(isSubCountyPlaceRows(['东河街道', '西坪镇'])).toBe(false);
    expect(isSubCountyPlaceRows(['东河街道', '西坪镇', '南岭乡', '社会消费品零售总额'])).toBe(false);
    expect(isSubCountyPlaceRows(['城镇', '乡村', '城镇', '乡村'])).toBe(false);
  });
});

const NEWS = [
  '甲川县2026年前三季度经济运行情况',
  '前三季度，全县地区生产总值212.30亿元，增长5.4%。',
  '“甲新”经济投资增长9.2%，占全部投资的比重为41.5%。',
  '“乙新”经济投资占全部投资的比重为38.6%，比上半年提高0.8个百分点。',
  '数字经济投资增长15.3%。',
];

describe('the investment of a kind of economy, its quoted label kept in the name (F5102)', () => {
  const observations = () =>
    sectionReport('news.html', NEWS[0] ?? '', NEWS.slice(1)).observations.map((o) => [
      o.indicatorName,
      o.measure,
      o.quantity?.value,
    ]);

  it('reads “甲新”经济投资’s growth and share under the name as written', () => {
    expect(observations()).toContainEqual(['“甲新”经济投资', 'growth', 9.2]);
    expect(observations()).toContainEqual(['“甲新”经济投资', 'share', 41.5]);
  });

  it('reads the share’s move as its change', () => {
    expect(observations()).toContainEqual(['“乙新”经济投资', 'share', 38.6]);
    expect(observations()).toContainEqual(['“乙新”经济投资', 'change', 0.8]);
  });

  it('reads 数字经济投资 named bare', () => {
    expect(observations()).toContainEqual(['数字经济投资', 'growth', 15.3]);
  });
});
