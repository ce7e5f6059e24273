// Forms held-out-462, 463, 466 and 467 showed the parser missing (session 50, fix462): township industry's accounts,
// foreign funds received written with 帐, some unnamed projects, a base named by its produce and work alone, and a
// news page whose headline speaks of its county as 我县. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

const ANALYSIS = '榆岑县2003年前三季度经济运行分析';

describe('F9871 乡镇工业总产值, 乡镇工业销售收入, 乡镇工业利润总额', () => {
  it('names township industry’s accounts as written, never all industry’s', () => {
    const report = sectionReport('yucen.txt', ANALYSIS, [
      '1—9月，全县乡镇工业总产值完成58.4亿元，同比增长19.6%；乡镇工业销售收入55.2亿元，增长18.1%；乡镇工业利润总额1.86亿元，增长12.3%。',
    ]);
    expect(
      report.observations.map((o) => [
        o.indicatorCode?.startsWith('x-') ? o.indicatorName : o.indicatorCode,
        o.measure,
        o.quantity?.value,
      ]),
    ).toEqual([
      ['乡镇工业总产值', 'level', 58.4],
      ['乡镇工业总产值', 'growth', 19.6],
      ['乡镇工业销售收入', 'level', 55.2],
      ['乡镇工业销售收入', 'growth', 18.1],
      ['乡镇工业利润总额', 'level', 1.86],
      ['乡镇工业利润总额', 'growth', 12.3],
    ]);
  });
});

describe('F9872 到帐注册外资, written with 帐', () => {
  it('reads foreign funds received with its level, growth, share and the year’s goal', () => {
    const report = sectionReport('yucen.txt', ANALYSIS, [
      '1—9月，全县地区生产总值增长11.6%；到帐注册外资3150万美元，同比增长26.4%，完成年计划的78.8%。',
      '四季度要确保全年到帐注册外资达到4000万美元。',
    ]);
    const funds = report.observations.filter((o) => o.indicatorName === '到帐注册外资');
    expect(funds.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['到帐注册外资', 'level', 3150],
      ['到帐注册外资', 'growth', 26.4],
      ['到帐注册外资', 'share', 78.8],
    ]);
    // The goal the share implies (3150 / 78.8%) and the one stated are the same full-year target.
    const goals = report.targets.filter((t) => t.indicatorName === '到帐注册外资');
    expect(goals.map((t) => t.horizon)).toEqual(['full-year']);
    expect(Math.abs((goals[0]?.value ?? 0) - 4000)).toBeLessThan(40);
  });
});

const HALF = '榆岑县人民政府关于2005年上半年国民经济和社会发展计划执行情况的报告';

describe('F9873 一些项目, 有些项目: some of them, unnamed', () => {
  it('reads no project from a determiner before 项目', () => {
    const report = sectionReport('yucen.txt', HALF, [
      '上半年，全县地区生产总值增长10.2%。',
      '受用地指标紧张影响，一些项目进度滞后，有些项目至今未能开工。',
    ]);
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('F9874 绒山羊育肥基地, 马铃薯精深加工基地, 优质麦基地: a base named by what it yields', () => {
  it('reads no project from a base with no place, firm or size before its produce', () => {
    const report = sectionReport('yucen.txt', HALF, [
      '上半年，全县地区生产总值增长10.2%。',
      '下半年，要加快绒山羊育肥基地和马铃薯精深加工基地建设，抓好优质麦基地建设，力争全年农民人均纯收入增长8%。',
    ]);
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });

  it('keeps a base a place names', () => {
    const report = sectionReport('yucen.txt', HALF, [
      '上半年，全县地区生产总值增长10.2%。',
      '总投资1.2亿元的榆岑县绒山羊育肥基地项目已完成投资6000万元。',
    ]);
    expect(report.projects.map((p) => p.name)).toEqual(['榆岑县绒山羊育肥基地项目']);
  });
});

describe('F9875 我县…: a headline in a news desk’s first person', () => {
  const body = [
    '　　9月6日上午，榆岑县人民政府召开8月份重点项目推进会，通报1—8月全县重点项目建设和经济运行情况。',
    '　　会议通报，1—8月，全县完成全社会固定资产投资16.4亿元，同比增长28.2%；规模以上工业产值36.8亿元，增长21.5%。',
  ];

  it('reads the page of a meeting as news when its headline, no title, opens with 我县', () => {
    const headline = '我县召开8月份重点项目推进会';
    const report = parsedReport(
      [headline, '发布时间：2006-09-07 10:20:11　信息来源：县政府办', ...body].join('\n'),
      { sourceName: 'yucen.html', hints: { title: headline, site: '榆岑县人民政府', infoLine: null } },
    );
    expect(report.meta.genre).toBe('news-summary');
  });

  it('reads a plan-like headline opening with 我县 as news of the report', () => {
    const headline = '我县“十一五”规划纲要实施中期评估报告出炉 主要指标总体符合预期';
    const report = parsedReport(
      [
        headline,
        '发布时间：2008-12-10 16:42　来源：县融媒体中心',
        '　　12月9日，县人大常委会听取和审议了《榆岑县国民经济和社会发展第十一个五年规划纲要实施中期评估报告》。',
        '　　2007年，全县地区生产总值达到86.4亿元，两年年均增长11.3%；地方财政收入达到4.2亿元。',
      ].join('\n'),
      { sourceName: 'yucen.html', hints: { title: headline, site: '榆岑县人民政府', infoLine: null } },
    );
    expect(report.meta.genre).toBe('news-summary');
  });

  it('keeps a report titled 关于我县… a report', () => {
    const report = parsedReport(
      [
        '关于我县2007年上半年国民经济和社会发展计划执行情况的报告',
        '一、主要指标完成情况',
        '上半年，全县地区生产总值完成42.1亿元，增长12.4%。',
      ].join('\n'),
      { sourceName: 'yucen.txt', region: '榆岑县' },
    );
    expect(report.meta.genre).toBe('plan-execution');
  });
});
