// Forms older fixtures' leftovers showed the parser missed (session 36, branch fixleft36): a plan report's part
// headed by the running five-year plan's goals (二、“十三五”规划目标和YYYY年主要预期目标) whose sentence names the
// plan's end (到2020年，…). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { layoutTexts, placed } from '../helpers/pdf-items.js';
import { parsedReport } from '../helpers/report.js';

const targetRows = (text: string, sourceName = 'plan.docx') =>
  parsedReport(text, { sourceName }).targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value]);

describe('F4511: the running plan’s goals under a heading naming them (“十三五”规划目标)', () => {
  const report = [
    '关于岚漳县2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告',
    '一、2016年计划执行情况',
    '全县地区生产总值完成96.2亿元，同比增长6.1%。',
    '二、"十三五"规划目标和2017年主要预期目标',
    '按照《岚漳县国民经济和社会发展第十三个五年规划纲要》，到2020年，全县地区生产总值达到140亿元，年均增长8.5%以上；一般公共预算收入达到6.2亿元；常住人口城镇化率达到48%。',
    '建议2017年全县经济社会发展主要预期目标为：地区生产总值增长7%左右；一般公共预算收入增长5%。',
  ].join('\n');

  it('reads the 到2020年 goals as targets of horizon five-year', () => {
    expect(targetRows(report)).toEqual(
      expect.arrayContaining([
        ['gdp', 'five-year', 'eq', 140],
        ['gdp', 'five-year', 'gte', 8.5],
        ['general-budget-revenue', 'five-year', 'eq', 6.2],
        ['urbanisation-rate', 'five-year', 'eq', 48],
        ['gdp', 'next-year', 'approx', 7],
      ]),
    );
  });

  it('keeps a plan already ended (the same heading in a report of 2021) no target', () => {
    const text = report.replaceAll('2016年', '2021年').replaceAll('2017年', '2022年');
    const values = targetRows(text).map((t) => t[3]);
    expect(values).not.toContain(140);
    expect(values).not.toContain(48);
  });
});

describe('F4512: a counted 施工 size class’s growth, as an 在建 one’s', () => {
  const communique = [
    '岚漳县2026年国民经济和社会发展统计公报',
    '四、固定资产投资',
    '全年固定资产投资比上年增长3.9%。工业投资增长8.2%。',
    '全年亿元以上施工项目48个，完成投资增长6.3%。',
  ].join('\n');

  it('reads 亿元以上施工项目N个，完成投资增长A% as the class’s growth', () => {
    const named = parsedReport(communique, { sourceName: 'communique.txt' }).observations.filter(
      (o) => o.indicatorName === '亿元以上施工项目完成投资',
    );
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([['growth', 6.3]]);
  });

  it('keeps the tally with no growth (完成投资X亿元) no aggregate', () => {
    const text = communique.replace('完成投资增长6.3%', '完成投资21.7亿元');
    const names = parsedReport(text, { sourceName: 'communique.txt' }).observations.map(
      (o) => o.indicatorName,
    );
    expect(names).not.toContain('亿元以上施工项目完成投资');
  });
});

describe('F4513: a growth said 逆势 (against the trend) after its level', () => {
  const report = [
    '岚漳县2026年政府工作报告',
    '全年社会消费品零售总额41.2亿元，下降3.3%。外贸进出口总额5.12亿元，逆势增长9.4%。',
  ].join('\n');

  it('reads 逆势增长A% as the growth of the level’s indicator', () => {
    const trade = parsedReport(report, { sourceName: 'report.txt' }).observations.filter(
      (o) => o.indicatorCode === 'foreign-trade',
    );
    expect(trade.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 5.12],
      ['growth', 9.4],
    ]);
  });
});

describe('F4514: the year’s figure set out by quarter (从各季度看，一季度下降A%，上半年下降B%…)', () => {
  const report = [
    '岚漳县2025年政府工作报告',
    '全年地区生产总值完成116.2亿元，下降3.1%，经济总量恢复到上年的97.2%。从各季度看，一季度下降28.4%，上半年下降13.6%，前三季度下降6.2%，降幅逐季收窄。',
  ].join('\n');

  it('reads each period’s growth as the indicator the sentence before opens with, in its own period', () => {
    const gdp = parsedReport(report, { sourceName: 'report.txt' }).observations.filter(
      (o) => o.indicatorCode === 'gdp' && o.measure === 'growth',
    );
    expect(gdp.map((o) => [o.quantity?.value, o.period ?? null])).toEqual([
      [-3.1, null],
      [-28.4, '2024-Q1'],
      [-13.6, '2024-H1'],
      [-6.2, '2024-Q3'],
    ]);
  });

  it('keeps the periods’ figures no indicator’s without the 从各季度看 opening', () => {
    const text = report.replace('从各季度看，一季度', '全县一季度');
    const values = parsedReport(text, { sourceName: 'report.txt' })
      .observations.filter((o) => o.indicatorCode === 'gdp')
      .map((o) => o.quantity?.value);
    expect(values).not.toContain(-13.6);
  });
});

describe('F4515–F4516: a development zone’s per-mu tax and leading-industry share, and a signed project', () => {
  const page = [
    '2026年江西沅禾经济开发区经济运行情况',
    '全年园区规模以上工业增加值增长9.6%，固定资产投资增长7.2%。全年园区实现税收收入8.34亿元，同比增长5.1%。工业用地亩均税收18.2万元，增长6.4%。',
    '首位产业新能源产业实现营业收入132.6亿元，增长11.8%，首位产业集聚度达到48.7%。',
    '全年园区实施重点项目31个，完成投资42.5亿元。其中，沅禾经开区储能电池产业园项目签约落户，总投资12亿元。',
  ].join('\n');
  const report = () => parsedReport(page, { sourceName: 'zone.html' });

  it('reads 工业用地亩均税收 as a per-mu aggregate with its level and growth (F4515)', () => {
    const named = report().observations.filter((o) => o.indicatorName === '工业用地亩均税收');
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 18.2],
      ['growth', 6.4],
    ]);
  });

  it('reads 首位产业集聚度达到A% as a rate under its name (F4515)', () => {
    const named = report().observations.filter((o) => o.indicatorName === '首位产业集聚度');
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([['rate', 48.7]]);
  });

  it('reads 甲项目签约落户，总投资X亿元 as the project with its total (F4516)', () => {
    const project = report().projects.find((p) => p.name === '沅禾经开区储能电池产业园项目');
    expect(project?.mentions[0]?.plannedInvestment).toBe(1200000000);
  });
});

describe('F4517: a programme named by its counts (“百千万工程”) is no project', () => {
  const brief = [
    '沅禾区2026年上半年国民经济和社会发展计划执行情况',
    '上半年，全区地区生产总值186.4亿元，同比增长5.2%。“百千万工程”扎实推进，4个典型镇、12个典型村建设完成投资1.84亿元。沅禾区人民医院新院区项目主体封顶。',
  ].join('\n');

  it('reads no project 百千万工程, and still the named works beside it', () => {
    const names = parsedReport(brief, { sourceName: 'plan.html' }).projects.map((p) => p.name);
    expect(names).not.toContain('百千万工程');
    expect(names).toContain('沅禾区人民医院新院区项目');
  });
});

describe('F4518: a project’s bracket with its amount done before a phase, and a water plant supplying', () => {
  const report = [
    '沅禾县人民政府工作报告',
    '——2026年1月12日在沅禾县第十八届人民代表大会第三次会议上',
    '一、2025年工作回顾',
    '全年地区生产总值完成132.4亿元，增长6.1%。实施重点项目84个，完成投资61.3亿元。沅禾县农产品冷链物流园（总投资9.4亿元，累计完成投资5.7亿元）一期投产；沅禾县城北水厂建成供水。',
  ].join('\n');
  const projects = () => parsedReport(report, { sourceName: 'report.pdf' }).projects;

  it('reads 甲(总投资X亿元，累计完成投资Y亿元)一期投产 as the whole project with both amounts (F4518)', () => {
    const park = projects().find((p) => p.name === '沅禾县农产品冷链物流园');
    expect([park?.mentions[0]?.plannedInvestment, park?.mentions[0]?.completedInvestment]).toEqual([
      940000000, 570000000,
    ]);
  });

  it('reads 甲水厂建成供水 as a project with its status (F4518)', () => {
    expect(projects().map((p) => p.name)).toContain('沅禾县城北水厂');
  });
});

describe('F4520: a PDF table’s note lines above a sign-off row stay under the table', () => {
  const row = (y: number, cells: string[]) =>
    cells.map((text, k) => placed(text, [60, 110, 260, 330, 400][k] ?? 0, y));
  const page = [
    ...row(700, ['序号', '项目名称', '总投资', '计划投资', '完成投资']),
    ...row(680, ['1', '沅禾县物流园项目', '52000', '12000', '6100']),
    ...row(660, ['2', '沅禾县供水工程', '18000', '6000', '2900']),
    ...row(640, ['3', '沅禾县中学迁建项目', '26000', '8000', '3700']),
    placed('注：1.完成率为1—6月完成投资占年度计划投资的比例。', 50, 620),
    placed('2.全县3宗重点项目1—6月完成投资1.27亿元，完成年度计划的48.8%。', 50, 604),
    placed('填表人：甲', 150, 580),
    placed('审核人：乙', 300, 580),
    placed('填报日期：2026年7月6日', 420, 580),
  ];

  it('ends the table at 注：, the notes read as text', () => {
    const blocks = layoutTexts(page);
    const table = blocks.find((b) => Array.isArray(b)) as string[][] | undefined;
    expect(table?.map((r) => r[1])).toEqual([
      '项目名称',
      '沅禾县物流园项目',
      '沅禾县供水工程',
      '沅禾县中学迁建项目',
    ]);
    expect(blocks.filter((b) => typeof b === 'string').join('\n')).toContain('完成投资1.27亿元');
  });
});

describe('F4519: a plan outline evaluation’s proposals for the plan’s last years', () => {
  const report = [
    '关于沅禾县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告',
    '一、《纲要》实施总体情况',
    '截至2022年底，《纲要》实施两年。2022年全县地区生产总值186.4亿元，两年年均增长4.6%；社会消费品零售总额72.3亿元，下降1.2%。',
    '二、推进《纲要》后半程实施的主要举措',
    '综合评估，建议将社会消费品零售总额2025年目标由95亿元调整为88亿元，其他指标目标保持不变。2023—2025年，力争地区生产总值年均增长6.5%以上，确保《纲要》确定的目标任务如期完成。',
  ].join('\n');

  it('reads the changed goal and the remaining years’ pace as five-year targets', () => {
    const rows = targetRows(report, 'evaluation.html').filter((t) => t[1] === 'five-year');
    expect(rows).toEqual(
      expect.arrayContaining([
        ['retail-sales', 'five-year', 'eq', 88],
        ['gdp', 'five-year', 'gte', 6.5],
      ]),
    );
    expect(rows.map((t) => t[3])).not.toContain(95);
  });

  it('reads no proposal outside an evaluation (a year’s plan report naming the span)', () => {
    const text = report
      .replace(
        '关于沅禾县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告',
        '关于沅禾县2022年国民经济和社会发展计划执行情况的报告',
      )
      .replace('二、推进《纲要》后半程实施的主要举措', '二、下一步工作');
    expect(targetRows(text, 'plan.html').filter((t) => t[1] === 'five-year')).toEqual([]);
  });
});
