// Forms held-out-475 and -476 showed the parser missing (meiyang, moling, mengtang, luqu, lipu): a town block
// below a sheet's indicator rows, 全部工业总产值 named as written, a count of revenues before 分别 ranks, 排序第N位,
// a short-name aside after a size bar, 增长率达 after a level, the 累计 amount after a year's plan, and project
// names and statuses. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport, sheetReport } from '../helpers/report.js';

const TITLE = '桂岙县2004年1—2月经济运行简析';
const LEAD = '1—2月，全县固定资产投资4.6亿元，同比增长8.2%。';
const report = (lines: string[]) => sectionReport('guiao.txt', TITLE, [LEAD, ...lines]);
const observed = (lines: string[]) =>
  report(lines).observations.map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);
const projects = (lines: string[]) =>
  report(lines).projects.map((p) => [
    p.name,
    p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment ?? null,
    p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
  ]);

describe('F10011 a block of towns below a sheet’s indicator rows', () => {
  it('reads the county’s rows and none of the towns’, their subtotals or the county total', () => {
    const found = sheetReport(
      [
        ['桂岙县2004年2月统计月报'],
        ['指标名称', '计量单位', '1—2月累计', '比去年同期±%'],
        ['规模以上工业总产值', '万元', 51230, 14.6],
        ['社会消费品零售总额', '万元', 30120, 10.2],
        ['分乡镇规模以上工业总产值'],
        ['乡（镇）', '计量单位', '1—2月累计', '比去年同期±%'],
        ['桂城镇', '万元', 20110, 15.2],
        ['东沙镇', '万元', 12040, 13.1],
        ['平港镇', '万元', 9080, 16.4],
        ['平原乡镇小计', '万元', 41230, 14.9],
        ['石岭乡', '万元', 6100, 12.2],
        ['云溪乡', '万元', 3900, 11.8],
        ['山区乡镇小计', '万元', 10000, 12.0],
        ['全县合计', '万元', 51230, 14.6],
      ],
      'guiao.xlsx',
      { region: '桂岙县' },
    ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(found).toEqual([
      ['industrial-output', 'level', 51230],
      ['industrial-output', 'growth', 14.6],
      ['retail-sales', 'level', 30120],
      ['retail-sales', 'growth', 10.2],
    ]);
  });
});

describe('F10012 全部工业总产值: industry of every size, named as written', () => {
  it('keeps 全部 apart from the 规模以上 output after it', () => {
    const found = observed([
      '1—2月，全县完成全部工业总产值41.20亿元，同比增长18.4%。其中，规模以上工业总产值30.15亿元，增长20.1%。',
    ]);
    expect(found.filter((o) => o[1] === '全部工业总产值').map((o) => [o[2], o[3]])).toEqual([
      ['level', 41.2],
      ['growth', 18.4],
    ]);
    expect(found.filter((o) => o[0] === 'industrial-output').map((o) => [o[2], o[3]])).toEqual([
      ['level', 30.15],
      ['growth', 20.1],
    ]);
  });
});

describe('F10013 两项收入增幅分别列…: a count naming the revenues ranked', () => {
  it('gives each revenue before it its own rank, in order', () => {
    const ranks = report([
      '1—2月，全县财政总收入3.12亿元，增长19.6%，其中地方财政收入1.74亿元，增长22.3%，两项收入增幅分别列全市第五位和第二位。',
    ]).rankings.map((r) => [r.indicatorCode, r.rank]);
    expect(ranks).toEqual([
      ['fiscal-total-revenue', 5],
      ['general-budget-revenue', 2],
    ]);
  });
});

describe('F10014 a short-name aside after a size bar', () => {
  it('keeps the bar’s unit with its figure, so the bar stays no fact', () => {
    const facts = report([
      '其中，国有及年销售收入500万元以上非国有工业企业（以下简称规模以上工业）完成工业总产值30.15亿元，增长20.1%。',
    ]).facts.map((f) => f.quantity.value);
    expect(facts).not.toContain(500);
    expect(facts).toContain(30.15);
  });
});

describe('F10015 上年同期大项目: the year before’s big projects, a class', () => {
  it('names no project', () => {
    expect(projects(['投资增速回落，主要是上年同期大项目集中开工，基数较高。'])).toEqual([]);
  });
});

describe('F10016 the amount done since the start, after the year’s plan and the months’', () => {
  it('reads 累计完成投资 as the project’s amount done', () => {
    expect(
      projects([
        '桂江防洪堤加固工程年度计划投资6000万元，1—2月完成投资920万元，累计完成投资1.35亿元，二期堤段已开工。',
      ]),
    ).toEqual([['桂江防洪堤加固工程', 60000000, 135000000]]);
  });
});

describe('F10017 a goal closing the clause is no project', () => {
  it('names no project 奋斗目标', () => {
    expect(
      projects([
        '全县上下要紧紧围绕年初确定的全年重点工程完成投资9.6亿元的奋斗目标，确保工程按计划推进。',
      ]).map((p) => p[0]),
    ).not.toContain('奋斗目标');
  });
});

describe('F10018 上缴税金 after the firms’ revenue', () => {
  it('reads the taxes the firms paid, named as written, with the growth in brackets', () => {
    const found = observed(['乡镇企业实现营业收入38.2亿元（同比增长12.4%），上缴税金0.96亿元（增长9.8%）。']);
    expect(found.filter((o) => o[1] === '上缴税金').map((o) => [o[2], o[3]])).toEqual([
      ['level', 0.96],
      ['growth', 9.8],
    ]);
  });
});

describe('F10019 排序第N位', () => {
  it('reads the rank and the group’s size', () => {
    const ranks = report([
      '上半年全县实现国内生产总值21.40亿元，增长8.8%，增幅在全市9个县（市、区）中排序第4位。',
    ]).rankings.map((r) => [r.indicatorCode, r.rank, r.of]);
    expect(ranks).toEqual([['gdp', 4, 9]]);
  });
});

describe('F10020 该项目计划投资X万元 after the project named', () => {
  it('gives the plan amount to the project as its planned investment', () => {
    const found = parsedReport(
      [
        '桂岙县计划委员会关于2004年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '上半年，全县实现国内生产总值21.40亿元，增长8.8%。',
        '二、下半年工作安排',
        '抓紧做好县职业中学实训楼项目前期工作，该项目计划投资760万元，力争10月份开工。',
      ].join('\n'),
      { sourceName: 'guiao-plan.txt' },
    ).projects.map((p) => [p.name, p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment]);
    expect(found).toEqual([['县职业中学实训楼项目', 7600000]]);
  });
});

describe('F10021 已全面开工: a project’s status', () => {
  it('names the works with that status', () => {
    const found = report(['城区解放路拓宽改造工程已全面开工。']).projects.map((p) => [
      p.name,
      p.mentions[0]?.status,
    ]);
    expect(found).toEqual([['城区解放路拓宽改造工程', '全面开工']]);
  });
});

describe('F10022 增长率达A% after a level', () => {
  it('reads the growth of the level before it', () => {
    const found = observed(['1—2月，全县自营出口3560万美元，增长率达28.7%，居全市第二位。']);
    expect(found.filter((o) => o[0] === 'exports').map((o) => [o[2], o[3]])).toEqual([
      ['level', 3560],
      ['growth', 28.7],
    ]);
  });
});

describe('F10023 已完成A% of the goal the clause before quotes', () => {
  it('reads the share done and the gap to the schedule as the quoted indicator’s', () => {
    const found = observed([
      '对照年初确定的全年财政总收入突破9亿元的奋斗目标，1—2月已完成19.4%，快于时序进度2.7个百分点。',
    ]);
    expect(found.filter((o) => o[0] === 'fiscal-total-revenue').map((o) => [o[2], o[3]])).toEqual([
      ['share', 19.4],
      ['comparison', 2.7],
    ]);
  });
});

describe('F10024 the months’ gaps to quoted goals, subjects written short, under an outlook heading', () => {
  it('reads each gap as the quoted indicator’s comparison', () => {
    const found = parsedReport(
      [
        TITLE,
        '一、工业',
        LEAD,
        '二、一季度展望',
        '对照年初确定的全年规模以上工业总产值增长18%、固定资产投资增长12%的预期目标，1—2月工业高出预期3.1个百分点，投资则低于预期1.6个百分点。',
      ].join('\n'),
      { sourceName: 'guiao.txt' },
    )
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(found).toEqual([
      ['industrial-output', 3.1],
      ['fixed-asset-investment', -1.6],
    ]);
  });
});
