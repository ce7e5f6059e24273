// Forms the eleventh held-out batch showed in a banner bureau's 1—5月 analysis (a PDF) and a county news
// page, in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { gridLine, layoutTexts } from '../helpers/pdf-items.js';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(
    [
      '岑旗2011年1—5月经济运行情况分析',
      '一、主要指标',
      ...prose,
      '1—5月，全旗固定资产投资完成12.40亿元。',
    ].join('\n'),
    { sourceName: 'fixpdf.txt' },
  );
const observed = (...prose: string[]) =>
  report(...prose)
    .observations.filter((o) => o.quantity?.value !== 12.4)
    .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);

describe('changes told against an earlier period written with a dash, 份 or 上期', () => {
  it('reads 比1—4月份提高, 增幅较上期扩大 and 降幅比1—4月收窄 as changes of the chain subject', () => {
    expect(
      observed(
        '1—5月，全旗社会消费品零售总额6.31亿元，同比增长11.2%，增幅较上期扩大0.4个百分点。',
        '1—5月，全旗居民消费价格同比下降0.6%，降幅比1—4月收窄0.2个百分点。',
        '1—5月，全旗地方财政总收入3.52亿元，同比增长7.4%，比1—4月份提高2.3个百分点。',
      ),
    ).toEqual([
      ['retail-sales', 'level', 6.31, null],
      ['retail-sales', 'growth', 11.2, null],
      ['retail-sales', 'change', 0.4, null],
      ['cpi', 'growth', -0.6, null],
      ['cpi', 'change', 0.2, null],
      ['fiscal-total-revenue', 'level', 3.52, null],
      ['fiscal-total-revenue', 'growth', 7.4, null],
      ['fiscal-total-revenue', 'change', 2.3, null],
    ]);
  });

  it('reads 较1至5月加快 as a change', () => {
    expect(observed('全旗规模以上工业增加值同比增长8.1%，较1至4月加快0.9个百分点。')).toEqual([
      ['industrial-value-added', 'growth', 8.1, null],
      ['industrial-value-added', 'change', 0.9, null],
    ]);
  });
});

describe('margins over a benchmark the chain went on about', () => {
  it('reads 累计增速高于全盟（C%）B个百分点 after ； as a comparison, the bracket a fact, and the rank after it', () => {
    const r = report(
      '1—5月，全旗规模以上工业完成增加值9.21亿元，同比增长6.4%；累计增速高于全盟（5.1%）1.3个百分点，居全盟第3位，较上月提升1位。',
    );
    expect(
      r.observations
        .filter((o) => o.indicatorCode === 'industrial-value-added')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 9.21],
      ['growth', 6.4],
      ['comparison', 1.3],
    ]);
    expect(r.rankings.map((k) => [k.indicatorCode, k.rank, k.change])).toEqual([
      ['industrial-value-added', 3, 1],
    ]);
  });

  it('reads 增速较全市平均水平高出 and 增速高于存款 (no sign word) as comparisons of the indicator before', () => {
    expect(
      observed(
        '1—5月，全旗地区生产总值20.15亿元，同比增长6.2%，增速较全市平均水平高出0.7个百分点。',
        '5月末，全旗金融机构各项贷款余额31.06亿元，比年初增长9.8%，增速高于存款3.6个百分点。',
      ),
    ).toEqual([
      ['gdp', 'level', 20.15, null],
      ['gdp', 'growth', 6.2, null],
      ['gdp', 'comparison', 0.7, null],
      ['loans', 'level', 31.06, null],
      ['loans', 'growth', 9.8, null],
      ['loans', 'comparison', 3.6, null],
    ]);
  });
});

describe('figures named in words the catalogue did not join', () => {
  it('reads 5月当月完成增加值 in the next sentence as the one month of the value added before', () => {
    expect(
      observed(
        '1—5月，全旗规模以上工业完成增加值9.21亿元，同比增长6.4%。5月当月完成增加值2.05亿元，增长8.8%。',
      ),
    ).toEqual([
      ['industrial-value-added', 'level', 9.21, null],
      ['industrial-value-added', 'growth', 6.4, null],
      ['industrial-value-added', 'level', 2.05, '2011-M5-5'],
      ['industrial-value-added', 'growth', 8.8, '2011-M5-5'],
    ]);
  });

  it('reads 规模以上工业企业实现利润 as the profits total and 亿元及以上项目完成投资 as a size class', () => {
    expect(
      observed(
        '全旗规模以上工业企业实现利润960万元，同比扭亏为盈。',
        '其中，民间投资增长14.2%；亿元及以上项目完成投资增长22.5%，拉动全部投资增长9.1个百分点。',
      ).map(([code, ...rest]) => [String(code).startsWith('x-') ? 'x' : code, ...rest]),
    ).toEqual([
      ['industrial-profits', 'level', 960, null],
      ['private-investment', 'growth', 14.2, null],
      ['x', 'growth', 22.5, null],
    ]);
  });
});

describe('a margin over another indicator whose clause names its own subject before 增速', () => {
  it('reads 甲增速高于乙B个百分点 as a comparison of 甲, with 乙 the benchmark', () => {
    expect(
      observed(
        '1—5月，全旗一般公共预算收入2.31亿元，增长4.1%；一般公共预算支出7.62亿元，增长12.9%。',
        '收支矛盾突出，一般公共预算支出增速高于收入8.8个百分点。',
        '5月末，全旗金融机构各项存款余额52.3亿元，比年初增长6.1%；各项贷款余额40.7亿元，比年初增长8.2%，贷款增速高于存款2.1个百分点。',
      ).filter(([, measure]) => measure === 'comparison'),
    ).toEqual([
      ['general-budget-expenditure', 'comparison', 8.8, null],
      ['loans', 'comparison', 2.1, null],
    ]);
  });
});

// Session 47 (fixpdf): a county's 十件民生实事 ledger printed to PDF: a row's wrapped cells whose last line opens
// with a unit and a mark no line may open with (小区12 / 个、1860户), set nearer the next row than its own row's top.

const SIZE = 10;
/** Each column's x range; every cell is set from its column's left edge. */
const COLUMNS: Array<[number, number]> = [
  [100, 112],
  [150, 214],
  [226, 290],
  [302, 366],
  [398, 422],
  [450, 514],
];

/** A row's cells, each set from its column's left edge, an em per character (a digit or Latin letter half an em). */
const line = gridLine(COLUMNS, SIZE, 'left');

describe('F8901 a wrapped cell line opening with a unit and its 、 (pdf-cell-wrap.ts)', () => {
  it('goes on with the row above, not the nearer row below', () => {
    const blocks = layoutTexts([
      ...line(720, '序号', '项目', '年度目标', '完成情况', '完成%', '责任单位'),
      ...line(700, '1', '旧街改造工程', '改造老旧街巷', '全部开工，完', '62.5', '县建设局'),
      ...line(685, '', '', '城区旧楼4', '工3栋，整治4', '', ''),
      ...line(670, '', '', '个、960户', '个、410户', '', ''),
      ...line(656, '2', '河道整治工程', '清淤3万方', '完成投资过半', '48.0', '县水利局'),
      ...line(626, '3', '公园绿地工程', '新建公园2个', '建成1个', '50.0', '县园林局'),
      ...line(596, '4', '农贸市场改造', '改造市场5个', '完工3个', '60.0', '县商务局'),
    ]);
    expect(blocks).toEqual([
      [
        ['序号', '项目', '年度目标', '完成情况', '完成%', '责任单位'],
        [
          '1',
          '旧街改造工程',
          '改造老旧街巷城区旧楼4个、960户',
          '全部开工，完工3栋，整治4个、410户',
          '62.5',
          '县建设局',
        ],
        ['2', '河道整治工程', '清淤3万方', '完成投资过半', '48.0', '县水利局'],
        ['3', '公园绿地工程', '新建公园2个', '建成1个', '50.0', '县园林局'],
        ['4', '农贸市场改造', '改造市场5个', '完工3个', '60.0', '县商务局'],
      ],
    ]);
  });
});
