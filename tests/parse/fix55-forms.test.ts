// Forms the fifty-fifth held-out batch showed the parser missed (session 22, branch fix55): a plan part's
// task paragraph whose clause opens on 全年 before a bare growth (F1091); 完成进度居全市第一 beside
// 增速居全市第二 (F1092); 在…的不利条件下仍增长A% (F1093); a budget stated with decimals beside the one a
// share implies (F1094); a drag written 拉低 and a portal's whole 备案 line (F1095).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a plan part’s task paragraph with a clause opening on 全年', () => {
  const text = [
    '关于岚柘县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
    '一、2024年国民经济和社会发展计划执行情况',
    '全县地区生产总值完成186.2亿元，同比增长5.1%。',
    '二、2025年国民经济和社会发展计划草案',
    '（四）扩大对外开放。优化营商环境，全年新签约亿元以上项目25个以上，固定资产投资增长11%。',
  ].join('\n');

  it('reads the bare growth after it as the year’s goal', () => {
    const report = parsedReport(text, { sourceName: 'plan.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.horizon])).toContainEqual([
      'fixed-asset-investment',
      11,
      'eq',
      'next-year',
    ]);
  });
});

describe('完成进度居全市第一、增速居全市第二', () => {
  it('ranks the indicator of the figures before it twice', () => {
    const report = parsedReport(
      [
        '岚柘县2024年上半年经济运行情况',
        '上半年，全县完成地方一般公共预算收入5.12亿元，占全年目标的55.4%，同比增长8.3%，完成进度居全市第一、增速居全市第三。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '岚柘县' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['general-budget-revenue', 1],
      ['general-budget-revenue', 3],
    ]);
  });
});

describe('a growth after the circumstance it came about in', () => {
  it('reads 在…的不利条件下仍增长A% as the growth of the level before it', () => {
    const report = parsedReport(
      [
        '岚柘县2024年国民经济和社会发展计划执行情况的报告',
        '一、2024年计划执行情况',
        '全年粮食总产量31.42万吨，在持续低温的不利条件下仍增长1.3%。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'grain-output')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 31.42],
      ['growth', 1.3],
    ]);
  });
});

describe('a budget stated with decimals beside the one a share implies', () => {
  it('keeps one target, the stated one, when the stated budget’s rounding meets the share’s', () => {
    // 15.42亿元 at 81.7% implies 18.87亿元 (18.872–18.884); 18.9亿元 stands for 18.85–18.95.
    const report = parsedReport(
      [
        '岚柘县2024年前三季度经济运行分析',
        '一、运行情况',
        '前三季度，全县财政总收入完成15.42亿元，同比增长6.1%，完成年度预算的81.7%。',
        '二、下一步建议',
        '确保完成全年财政总收入18.9亿元的预算目标。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );
    expect(
      report.targets
        .filter((t) => t.indicatorCode === 'fiscal-total-revenue')
        .map((t) => [t.value, t.derived]),
    ).toEqual([[18.9, false]]);
  });
});

describe('合计拉低…增速B个百分点', () => {
  it('reads the drag as a fact only, no change of the indicator', () => {
    const report = parsedReport(
      [
        '岚柘县2024年前三季度经济运行分析',
        '一、运行情况',
        '前三季度，全县规模以上工业增加值同比增长7.6%。',
        '二、存在的问题',
        '重点企业支撑减弱。全县产值前10位的工业企业中，有4家产值同比下降，合计拉低规上工业增加值增速1.4个百分点。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'industrial-value-added')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([['growth', 7.6]]);
    expect(report.facts.map((f) => f.quantity?.value)).toContain(1.4);
  });
});

describe('a portal’s 备案 footer line', () => {
  it('reads no figure from the ICP, 公网安备 and 网站标识码 numbers', () => {
    const report = parsedReport(
      [
        '岚柘县2024年上半年经济运行情况',
        '上半年，全县实现地区生产总值61.3亿元，同比增长5.4%。',
        '主办：岚柘县人民政府办公室',
        '湘ICP备06012345号-2　湘公网安备43998802000117号　网站标识码：4399880012',
      ].join('\n'),
      { sourceName: 'news.txt', region: '岚柘县' },
    );
    expect(report.facts.map((f) => f.quantity?.raw)).toEqual(['61.3亿元', '增长5.4%']);
  });
});
