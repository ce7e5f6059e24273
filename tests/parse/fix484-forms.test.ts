// Forms held-out-484 showed the parser missing (session 51, fix484): a monthly sheet's 城乡储蓄存款余额, 实际直接利用外资 in
// prose, the year's goal written 奋斗目标为 (with 完成, or after the indicator and its 的), a goal quoted by 的奋斗目标 in a
// problem, a later quarter's goals after 按照…提出的一季度奋斗目标, a 开复工动员大会 headline, a project's 概算总投资, its year
// plan followed by notes on the works, a list added with 也, one month's output named 总产值 after 其中，, and the
// breakdown after that month kept of the report's period.
// Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A 1—2月 analysis of 苇溪县 with a headline figure, then the paragraphs given. */
const analysis = (...paragraphs: string[]) =>
  parsedReport(
    [
      '2005年1—2月苇溪县经济运行简析',
      '苇溪县统计局　　　　2005年3月12日',
      '1—2月，全县完成全社会固定资产投资4.46亿元，同比增长11.4%；完成财政收入2.46亿元，同比增长21.4%。',
      ...paragraphs,
    ].join('\n'),
    { sourceName: 'weixi.txt' },
  );

/** A county government's news page on a meeting about the year's projects. */
const news = (...paragraphs: string[]) =>
  parsedReport(
    [
      '苇溪县召开2005年重点工程开复工动员大会',
      '发布日期：2005-03-08　　来源：苇溪县人民政府办公室',
      '　　3月6日上午，县委、县政府在县会议中心召开2005年重点工程开复工动员大会，全力推进重点工程建设。',
      '　　会上，县发展计划委员会通报了1—2月份全县投资和重点工程进展情况。1—2月，全县完成全社会固定资产投资3.12亿元，同比增长14.2%；规模以上工业完成总产值7.9亿元，增长17.6%；完成财政收入1.21亿元，增长19.5%。',
      ...paragraphs.map((p) => `　　${p}`),
    ].join('\n'),
    { sourceName: 'weixi-news.txt' },
  );

describe('F10291 其中：城乡储蓄存款余额 as a sheet row', () => {
  it('codes the balance as the household deposits', () => {
    const report = sheetReport([
      ['苇溪县2005年2月主要经济指标'],
      ['指标', '单位', '1—2月', '同比±%'],
      ['全社会固定资产投资', '万元', 41260, 12.1],
      ['金融机构各项存款余额', '亿元', 68.2, 11.6],
      ['其中：城乡储蓄存款余额', '亿元', 49.75, 13.4],
    ]);
    const deposits = report.observations.filter((o) => o.indicatorCode === 'household-deposits');
    expect(deposits.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 49.75],
      ['growth', 13.4],
    ]);
  });
});

describe('F10292 实际直接利用外资X万美元，同比增长A%', () => {
  it('names the funds received as written, with their growth', () => {
    const report = analysis(
      '1—2月，全县实际直接利用外资520万美元，同比增长31.4%；自营出口2100万美元，增长12.7%。',
    );
    const funds = report.observations.filter((o) => o.indicatorName === '实际直接利用外资');
    expect(funds.map((o) => [o.measure, o.quantity?.raw])).toEqual([
      ['level', '520万美元'],
      ['growth', '增长31.4%'],
    ]);
  });
});

describe('F10293 奋斗目标为完成甲X亿元，比上年增长A%以上', () => {
  it('reads the year’s goals defined by the work to do, no results', () => {
    const report = news(
      '县长在部署全年任务时指出，今年全县的奋斗目标为完成全社会固定资产投资24亿元，比上年增长16%以上。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value])).toEqual([
      ['fixed-asset-investment', 'full-year', 'eq', 24],
      ['fixed-asset-investment', 'full-year', 'gte', 16],
    ]);
    expect(report.observations.map((o) => o.quantity?.raw)).not.toContain('24亿元');
  });
});

describe('F10294 甲的奋斗目标为X亿元，比上年增长A%', () => {
  it('reads the goals of the indicator named before 的奋斗目标', () => {
    const report = analysis(
      '县人代会确定全县财政收入的奋斗目标为9亿元，比上年增长16%，实现全年目标的基础较好。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.comparator, t.value, t.unit])).toEqual([
      ['fiscal-total-revenue', 'eq', 9, '亿元'],
      ['fiscal-total-revenue', 'eq', 16, '%'],
    ]);
  });
});

describe('F10295 全年甲增长A%的奋斗目标面临较大压力', () => {
  it('reads the quoted goal as the year’s target, no growth of the period', () => {
    const report = analysis(
      '一是投资后劲不足。1—2月全县新开工项目仅7个，全年全社会固定资产投资增长16%的奋斗目标面临较大压力，目前增幅低于全年目标4.6个百分点。',
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.derived ?? false])).toEqual([
      ['fixed-asset-investment', 'full-year', 16, false],
    ]);
    expect(report.observations.map((o) => o.quantity?.raw)).not.toContain('增长16%');
  });
});

describe('F10296 按照县委、县政府提出的一季度奋斗目标，一季度甲要达到X亿元', () => {
  it('keeps a later quarter’s goals facts only', () => {
    const report = analysis(
      '按照县委、县政府提出的一季度奋斗目标，一季度全县规模以上工业总产值要达到13亿元，增长18%以上，全社会固定资产投资完成7亿元。',
    );
    expect(report.observations.map((o) => o.quantity?.raw)).toEqual([
      '4.46亿元',
      '增长11.4%',
      '2.46亿元',
      '增长21.4%',
    ]);
    expect(report.targets).toEqual([]);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('13亿元');
  });
});

describe('F10297 某县召开2005年重点工程开复工动员大会', () => {
  it('reads the page as news of the meeting', () => {
    expect(news().meta.genre).toBe('news-summary');
  });
});

describe('F10298 甲公路改建工程，概算总投资X亿元', () => {
  it('takes the estimate’s total as the planned investment', () => {
    const report = news(
      '今年计划新开工的重点工程中，投资规模较大的有：苇溪至东岭公路改建工程，概算总投资1.64亿元，年度计划投资1.1亿元，计划于3月下旬开工。',
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['苇溪至东岭公路改建工程', 164000000],
    ]);
  });
});

describe('F10299 甲工程年度计划投资X万元，2月20日复工，目前正在进行护坡施工；', () => {
  it('reads the year plan of an item closed by notes on the works', () => {
    const report = news(
      '在已开复工的项目中，苇溪工业园道路工程总投资3.6亿元，年度计划投资1.3亿元，累计完成投资1.1亿元；苇河堤防加固工程年度计划投资4200万元，2月20日复工，目前正在进行护坡施工；',
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['苇溪工业园道路工程', 360000000],
      ['苇河堤防加固工程', 42000000],
    ]);
  });
});

describe('F10300 甲、乙等项目也将于4月底前陆续开工', () => {
  it('names both works of the list', () => {
    const report = news('此外，县第二中学新校区、城南污水处理厂等项目也将于4月底前陆续开工。');
    expect(report.projects.map((p) => p.name)).toEqual(['县第二中学新校区', '城南污水处理厂']);
  });
});

describe('F10301 其中，2月份当月完成总产值X亿元，同比增长A%', () => {
  it('reads the month’s own output of the chain’s indicator', () => {
    const report = analysis(
      '1—2月，全县规模以上工业完成总产值8.62亿元，同比增长21.3%，居郊区县第三位。其中，2月份当月完成总产值3.95亿元，受春节放假因素影响，同比增长15.5%。',
    );
    const month = report.observations.filter((o) => o.period === '2005-M2-2');
    expect(month.map((o) => [o.indicatorCode, o.measure, o.quantity?.raw])).toEqual([
      ['industrial-output', 'level', '3.95亿元'],
      ['industrial-output', 'growth', '增长15.5%'],
    ]);
  });
});

describe('F10302 其中，2月份当月… then 分行业看', () => {
  it('keeps the breakdown after the month’s part of the report’s period', () => {
    const report = analysis(
      '1—2月，全县规模以上工业完成总产值8.62亿元，同比增长21.3%。其中，2月份当月完成总产值3.95亿元，同比增长15.5%。分行业看，纺织工业完成产值2.1亿元，增长12.2%；建材工业完成产值1.3亿元，增长8.4%。',
    );
    const branches = report.observations.filter((o) => o.indicatorName.endsWith('工业产值'));
    expect(branches.map((o) => [o.indicatorName, o.measure, o.period ?? null])).toEqual([
      ['纺织工业产值', 'level', null],
      ['纺织工业产值', 'growth', null],
      ['建材工业产值', 'level', null],
      ['建材工业产值', 'growth', null],
    ]);
  });
});
