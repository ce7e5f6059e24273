// Forms the eighty-third held-out batch showed the ingest stage and the parser missed (session 27, branch
// fix83): a bureau's monthly workbook whose signature (the bureau and the date) sits in two cells of one
// row under the notes row, which pulled the notes into the table (their thresholds and the group the
// ranks are among lost). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { infoLineOf, render, titleOf } from '../../src/ingest/draft.js';
import { type SheetCell, sheetBlocks, workbookResult } from '../../src/ingest/sheet-blocks.js';
import { XLS_MEDIA_TYPE } from '../../src/ingest/xls.js';
import { parseDocument } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const report = (rows: SheetCell[][]) => {
  const blocks = sheetBlocks(rows);
  const document = render(blocks, 'xls', XLS_MEDIA_TYPE, {
    title: titleOf(blocks),
    infoLine: infoLineOf(blocks),
    charset: null,
    convertedFromTraditional: false,
  });
  const parsed = parseDocument(document, { sourceName: 'yuebao.xls', sha256: '0' });
  if (!parsed.report) throw new Error(JSON.stringify(parsed.problems));
  return parsed.report;
};

const SIGNED: SheetCell[][] = [
  ['澄阳县2023年1—9月主要经济指标', null, null, null, null],
  [null, null, null, null, '单位：万元、%'],
  ['指标', '单位', '本月止累计', '同比增长%', '全市位次'],
  ['规模以上工业总产值', '万元', 845210, 7.3, 2],
  ['社会消费品零售总额', '万元', 302118, 5.2, 4],
  [
    '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业；2.全市位次为增速在蓝岫市7个县（市、区）中的位次。',
    null,
    null,
    null,
    null,
  ],
  [null, null, null, '澄阳县统计局', '2023年10月20日'],
];

describe('F1851 a sheet signed by the bureau and the date in two cells under its notes row', () => {
  it('keeps the notes and the signature out of the table', () => {
    const blocks = sheetBlocks(SIGNED);
    expect(blocks.slice(-3)).toEqual([
      { kind: 'paragraph', text: expect.stringMatching(/^注：1\./) },
      { kind: 'paragraph', text: '澄阳县统计局' },
      { kind: 'paragraph', text: '2023年10月20日' },
    ]);
  });

  it('reads the notes: the ranks are among the group they name, the threshold is a fact', () => {
    const read = report(SIGNED);
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['industrial-output', 2, 7, '蓝岫市'],
      ['retail-sales', 4, 7, '蓝岫市'],
    ]);
    expect(read.facts.map((f) => `${f.quantity.value}${f.quantity.unit}`)).toContain('2000万元');
  });
});

describe('F1852 F1853 a workbook keeping each month’s issue as a sheet beside the latest', () => {
  const sheet = (months: number, output: number, growth: number, rank: number): SheetCell[][] => [
    [`澄阳县2023年1—${months}月主要经济指标`, null, null, null, null],
    [null, null, null, null, '单位：万元、%'],
    ['指标', '单位', '本月止累计', '同比增长%', '全市位次'],
    ['规模以上工业总产值', '万元', output, growth, rank],
    ['注：全市位次为增速在蓝岫市7个县（市、区）中的位次。', null, null, null, null],
  ];
  const workbook = () =>
    workbookResult(
      [
        { name: '1—7月', rows: sheet(7, 612035, 6.4, 3) },
        { name: '1—8月', rows: sheet(8, 701284, 6.9, 2) },
      ],
      'xls',
      XLS_MEDIA_TYPE,
    );

  it('puts the latest issue’s sheet first, so the report is of its period', () => {
    const { document } = workbook();
    if (!document) throw new Error('no document');
    const parsed = parseDocument(document, { sourceName: 'yuebao.xls', sha256: '0' });
    expect(parsed.report?.meta.period).toBe('2023-M1-8');
  });

  it('gives an earlier issue’s figures their own period and leaves its ranks out', () => {
    const { document } = workbook();
    if (!document) throw new Error('no document');
    const read = parseDocument(document, { sourceName: 'yuebao.xls', sha256: '0' }).report;
    expect(read?.observations.map((o) => [o.measure, o.quantity?.value, o.period ?? null])).toEqual([
      ['level', 701284, null],
      ['growth', 6.9, null],
      ['level', 612035, '2023-M1-7'],
      ['growth', 6.4, '2023-M1-7'],
    ]);
    expect(read?.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([['industrial-output', 2, 7]]);
  });
});

describe('F1854 a city paper’s page on the city, then a paragraph per county opening with its name', () => {
  it('is the city’s report, as its headline and first sentence (全市) say', () => {
    const text = [
      '前三季度全市经济稳中向好六个县区各显其能',
      '来源：蓝岫日报　发布时间：2023-10-30 08:00',
      '本报讯　记者从市统计局获悉，前三季度全市实现地区生产总值2146.3亿元，同比增长5.9%。',
      '棠溪区　地区生产总值512.8亿元，增长6.2%，该区规上工业增加值增长8.1%。',
      '芦浦县　地区生产总值388.4亿元，增长5.1%，全县外贸进出口总额42.6亿元。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'news.html' }).meta.region).toBe('蓝岫市');
  });
});
