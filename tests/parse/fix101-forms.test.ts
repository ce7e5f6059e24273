// Forms the hundred-and-first held-out batch showed the parser missed (session 30, branch fix101): a congress
// site's news headline naming the standing committee as the subject of 审议 (县人大常委会审议上半年计划执行情况
// 报告); a county head's speech whose place stands only as the stem of its development zone and of other names,
// while a verb before 县域/县城 (推动县域经济) looked like a name; 分别比全国、全省平均水平高a和b个百分点; a
// workbook row heading the funds received with the field's name (招商引资实际到位省外资金); and a member's
// suggestion opening with who suggests it (他建议加快甲工程建设，该工程总投资X亿元).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

describe('a committee’s news headline: 县人大常委会审议上半年计划执行情况报告 (F2301)', () => {
  const text = [
    '县人大常委会审议上半年计划执行情况报告',
    '发布时间：2025-08-20 10:05　　来源：县人大常委会办公室',
    '8月18日，县十七届人大常委会第十九次会议听取和审议了副县长受县人民政府委托所作的《关于棠溪县2025年上半年国民经济和社会发展计划执行情况的报告》。',
    '报告显示，上半年，全县实现地区生产总值96.42亿元，同比增长5.2%。固定资产投资完成31.7亿元，占年计划的47.1%，同比增长4.4%。',
  ].join('\n');

  it('is news of the report, read for its figures', () => {
    const report = parsedReport(text, { sourceName: 'news.html' });
    expect(report.meta.genre).toBe('news-summary');
    expect(report.meta.region).toBe('棠溪县');
    expect(report.meta.period).toBe('2025-H1');
    expect(
      report.observations.filter((o) => o.indicatorCode === 'gdp').map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 96.42],
      ['growth', 5.2],
    ]);
  });

  it('still refuses a committee headline on another subject', () => {
    const other = text.replace('审议上半年计划执行情况报告', '审议县人民法院工作报告');
    expect(() => parsedReport(other, { sourceName: 'news.html' })).toThrow(/not-a-report/);
  });
});

describe('a head’s speech that names its place only by its zone and products (F2302)', () => {
  const speech = [
    '在全县经济工作会议上的讲话',
    '（2024年12月28日）',
    '县委副书记、县长　某某',
    '同志们：',
    '一、2024年全县经济运行稳中向好',
    '据县统计局初步测算，全年全县可实现地区生产总值208.3亿元，同比增长5.9%。总投资12亿元的棠岙新材料项目建成投产，棠岙经济开发区新增规上企业9家。',
    '二、明年经济工作的总体要求',
    '做好明年经济工作，要推动县域经济高质量发展，推动县城商贸中心提档升级，办好“棠岙好物”展销活动。',
  ].join('\n');

  it('reads the zone’s stem as the county, never 推动县 from 推动县域/推动县城', () => {
    expect(parsedReport(speech, { sourceName: 'speech.txt' }).meta.region).toBe('棠岙县');
  });

  it('does not guess from a zone whose stem heads nothing else', () => {
    const once = speech.replace('棠岙新材料项目', '新材料项目').replace('“棠岙好物”', '“本地好物”');
    expect(() => parsedReport(once, { sourceName: 'speech.txt' })).toThrow(/no-region/);
  });
});

describe('分别比全国、全省平均水平高a和b个百分点: 分别 before the comparison (F2303)', () => {
  it('gives one comparison per benchmark, in the order written', () => {
    const report = parsedReport(
      [
        '关于棠溪县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '全年全县实现地区生产总值208.3亿元，同比增长5.9%，分别比全国、全省平均水平高0.9和0.4个百分点，增速居澄阳市9个县（市、区）第2位，较上年前移1个位次。',
      ].join('\n'),
      { sourceName: 'report.txt' },
    );
    expect(
      report.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith]),
    ).toEqual([
      ['gdp', 0.9, '全国'],
      ['gdp', 0.4, '全省'],
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.change])).toEqual([
      ['gdp', 2, 9, '澄阳市', 1],
    ]);
  });
});

describe('a workbook row naming the funds received under the field’s name (F2304)', () => {
  it('is the investment attracted', () => {
    expect(lookupIndicator('招商引资实际到位省外资金')?.code).toBe('investment-attracted');
    expect(lookupIndicator('招商引资项目到位县外资金')?.code).toBe('investment-attracted');
    // The field's name before another indicator's stays unknown (a count, not the funds).
    expect(lookupIndicator('招商引资签约项目个数')).toBeUndefined();
  });

  it('reads the row’s level, growth, year target and progress', () => {
    const rows: SheetCell[][] = [
      ['棠溪经济开发区2025年1—9月主要经济指标完成情况', null, null, null, null, null],
      ['指标', '单位', '1—9月', '同比增长%', '年度目标', '完成进度%'],
      ['规模以上工业总产值', '亿元', '186.4', '9.1', '250', '74.6'],
      ['招商引资实际到位省外资金', '亿元', '41.2', '12.3', '55', '74.9'],
    ];
    const report = sheetReport(rows, 'zone.xlsx');
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'investment-attracted')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 41.2],
      ['growth', 12.3],
      ['share', 74.9],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.unit])).toContainEqual([
      'investment-attracted',
      55,
      '亿元',
    ]);
  });
});

describe('a member’s suggestion opening with who suggests it (F2305)', () => {
  it('names the works, and 该工程’s figures in the next clause are its own', () => {
    const report = parsedReport(
      [
        '县人大常委会审议上半年计划执行情况报告',
        '发布时间：2025-08-20 10:05　　来源：县人大常委会办公室',
        '8月18日，县人大常委会第十九次会议审议了《关于棠溪县2025年上半年国民经济和社会发展计划执行情况的报告》。上半年，全县实现地区生产总值96.42亿元，同比增长5.2%。',
        '委员某某在发言中说，他建议加快棠溪至澄阳一级公路工程建设，该工程总投资12.6亿元，目前累计完成投资3.8亿元。',
      ].join('\n'),
      { sourceName: 'news.html' },
    );
    const road = report.projects.find((p) => p.name === '棠溪至澄阳一级公路工程');
    expect(road?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment, m.status])).toEqual([
      [null, null, '加快'],
      [1260000000, 380000000, null],
    ]);
  });
});
