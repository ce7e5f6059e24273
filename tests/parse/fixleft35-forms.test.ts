// Forms older fixtures' leftovers showed the parser missed (session 35, branch fixleft35): a counted size class of
// projects under construction with its level and then its growth (亿元以上在建项目N个，完成投资X亿元，增长A%), the
// class's statistic; a growth driven by a cause (甲乙等赛事带动乡村旅游接待人次增长A%), the aggregate's after 带动; an energy region's
// capacity share named bare (煤炭先进产能占比达到A%) and its goal in the plan part; one year's own
// growth after a span's average (两年年均增长A%，…，其中YYYY年增长B%), the named indicator's; a county's park opening
// the part after a ； (…；甲县乙产业园新入园企业N家，新增就业M人), its figures the park's. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F4051: a counted 在建 class’s level with its growth after it', () => {
  const brief = [
    '沅禾县2026年一季度经济运行简析',
    '一季度，全县固定资产投资同比增长7.4%。其中，工业投资增长11.2%。亿元以上在建项目27个，完成投资9.3亿元，增长12.8%。',
  ].join('\n');

  it('reads 完成投资X亿元，增长A% after 亿元以上在建项目N个 as the class’s level and growth', () => {
    const named = parsedReport(brief, { sourceName: 'brief.txt' }).observations.filter(
      (o) => o.indicatorName === '亿元以上在建项目完成投资',
    );
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 9.3],
      ['growth', 12.8],
    ]);
  });

  it('keeps the tally with no growth after it a fact', () => {
    const text = brief.replace('完成投资9.3亿元，增长12.8%', '完成投资9.3亿元');
    const names = parsedReport(text, { sourceName: 'brief.txt' }).observations.map((o) => o.indicatorName);
    expect(names).not.toContain('亿元以上在建项目完成投资');
  });
});

describe('F4052: a growth driven by a cause, named after 带动', () => {
  const brief = [
    '沅禾县2026年一季度经济运行简析',
    '一季度，全县地区生产总值38.6亿元，同比增长5.3%。全县接待游客52.4万人次，同比增长8.1%；实现旅游综合收入4.36亿元，增长9.7%，其中“山歌节”“龙舟赛”等活动带动乡村旅游接待人次增长17.5%。',
  ].join('\n');

  it('reads …等活动带动乡村旅游接待人次增长A% as that aggregate’s growth', () => {
    const named = parsedReport(brief, { sourceName: 'brief.txt' }).observations.filter(
      (o) => o.indicatorName === '乡村旅游接待人次',
    );
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([['growth', 17.5]]);
  });

  it('keeps a level a cause drove (带动销售额X亿元) no aggregate', () => {
    const text = brief.replace('带动乡村旅游接待人次增长17.5%', '带动商品销售额1.2亿元');
    const values = parsedReport(text, { sourceName: 'brief.txt' }).observations.map((o) => o.quantity?.value);
    expect(values).not.toContain(1.2);
  });
});

describe('F4053: a capacity share named bare, and its goal in the plan part', () => {
  const report = [
    '关于岚漳县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
    '一、2026年计划执行情况',
    '全县地区生产总值完成96.2亿元，同比增长6.1%。煤炭先进产能占比达到71.4%，比上年提高4.3个百分点。',
    '二、2027年计划草案',
    '（一）推动产业转型。煤炭先进产能占比提高到76%以上。',
  ].join('\n');

  it('reads 煤炭先进产能占比达到A% as that share, named as written', () => {
    const shares = parsedReport(report, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(shares).toContainEqual(['煤炭先进产能占比', 71.4]);
  });

  it('reads the plan part’s 提高到B%以上 as its next-year goal', () => {
    const goals = parsedReport(report, { sourceName: 'report.txt' })
      .targets.filter((t) => t.indicatorName === '煤炭先进产能占比')
      .map((t) => [t.horizon, t.value, t.comparator]);
    expect(goals).toEqual([['next-year', 76, 'gte']]);
  });

  it('keeps a bare share of another kind (机采棉占比) no indicator', () => {
    const text = report.replace('煤炭先进产能占比达到71.4%', '机采棉占比达到71.4%');
    const values = parsedReport(text, { sourceName: 'report.txt' }).observations.map(
      (o) => o.quantity?.value,
    );
    expect(values).not.toContain(71.4);
  });
});

describe('F4054: one year’s own growth after a span’s average (其中YYYY年增长A%)', () => {
  const report = [
    '关于岚漳县国民经济和社会发展第十五个五年规划纲要实施情况中期评估的报告',
    '——2028年10月20日在岚漳县第十八届人民代表大会常务委员会第九次会议上',
    '一、主要指标进展情况',
    '（一）经济发展。2027年全县地区生产总值208.4亿元，比2025年增加19.6亿元，两年年均增长4.7%，低于规划年均增速（6%左右）1.3个百分点，其中2027年增长5.2%。全社会固定资产投资两年年均增长8.8%，高于规划目标0.8个百分点，其中2027年增长9.6%。',
  ].join('\n');

  it('reads 其中YYYY年增长A% as the growth of the indicator the sentence named', () => {
    const growths = parsedReport(report, { sourceName: 'report.txt' })
      .observations.filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(growths).toEqual(
      expect.arrayContaining([
        ['gdp', 5.2],
        ['fixed-asset-investment', 9.6],
      ]),
    );
  });
});

describe('F4055: a park opening the part after a ； keeps its figures', () => {
  const report = [
    '岚漳县2026年政府工作报告',
    '一、2026年工作回顾',
    '（二）工业经济稳步增长。全县地区生产总值86.2亿元，增长5.8%。新材料产业加快集聚，岚漳县80万千瓦光伏项目累计完成投资21.4亿元，一期并网发电；岚漳县食品加工产业园新入园企业9家，新增就业1450人。全县城镇新增就业3820人。',
  ].join('\n');

  it('reads the park’s 新增就业 as no county jobs figure, the county’s own as its', () => {
    const jobs = parsedReport(report, { sourceName: 'report.txt' })
      .observations.filter((o) => o.indicatorCode === 'new-urban-jobs')
      .map((o) => o.quantity?.value);
    expect(jobs).toEqual([3820]);
  });
});
