// Forms the three-hundred-and-fiftieth and -fifty-first held-out batches showed the parser missed (session 43, branch
// fix350). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('1.《关于…计划的决议》；: a resolution a congress passed, listed in its news, is no title (F7101)', () => {
  const report = parsedReport(
    [
      '苇屿县第九届人民代表大会第三次会议胜利闭幕',
      '来源：苇屿县融媒体中心',
      '2月2日上午，苇屿县第九届人民代表大会第三次会议在县会议中心胜利闭幕。',
      '会议表决通过了：',
      '1.《关于县人民政府工作报告的决议》；',
      '2.《关于苇屿县2023年国民经济和社会发展计划执行情况与2024年计划的决议》；',
      '3.《关于苇屿县2023年财政预算执行情况和2024年财政预算的决议》。',
      '会议认为，2023年全县实现地区生产总值143.2亿元，增长5.1%。',
    ].join('\n'),
    { sourceName: 'news.txt' },
  );

  it('reads the page as news of the session', () => {
    expect(report.meta.genre).toBe('news-summary');
  });

  it('takes none of the listed resolutions for its title', () => {
    expect(report.meta.title).not.toContain('决议');
  });
});

describe('同意…提出的2024年县级一般公共预算收入预期X万元的安排: the budget a congress approves is a goal (F7102)', () => {
  const report = parsedReport(
    [
      '苇屿县第九届人民代表大会第三次会议胜利闭幕',
      '来源：苇屿县融媒体中心',
      '2月2日上午，苇屿县第九届人民代表大会第三次会议在县会议中心胜利闭幕。',
      '会议认为，2023年全县实现地区生产总值143.2亿元，增长5.1%。',
      '会议批准了苇屿县2024年县级财政预算，同意县人民政府提出的2024年县级一般公共预算收入预期56300万元的安排。',
    ].join('\n'),
    { sourceName: 'news.txt' },
  );

  it('reads the expected revenue as next year’s target', () => {
    const target = report.targets.find((t) => t.value === 56300);
    expect(target?.indicatorCode).toBe('general-budget-revenue');
    expect(target?.horizon).toBe('next-year');
  });

  it('reads it as no level', () => {
    expect(report.observations.some((o) => o.quantity?.value === 56300)).toBe(false);
  });
});

describe('甲至乙快速干道乙段总投资X亿元: a trunk road’s section in the county is a project (F7103)', () => {
  const report = parsedReport(
    [
      '苇屿县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '全县实现地区生产总值143.2亿元，增长5.1%。',
      '苇屿至棠溪快速干道苇屿段总投资11.8亿元，累计完成投资7.4亿元；苇屿县人民医院新院区建设项目总投资4.6亿元，主体已封顶。',
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );

  it('reads the section with its amounts', () => {
    const road = report.projects.find((p) => p.name === '苇屿至棠溪快速干道苇屿段');
    expect(road?.mentions[0]?.plannedInvestment).toBe(1180000000);
    expect(road?.mentions[0]?.completedInvestment).toBe(740000000);
  });
});

describe('加上…地方政府一般债务转贷收入X万元: the bonds lent on, named with the debt’s kind, are an account (F7104)', () => {
  const report = parsedReport(
    [
      '苇屿县2023年预算执行情况和2024年预算草案的报告',
      '一、2023年预算执行情况',
      '收支平衡情况：一般公共预算收入96310万元，加上上级补助收入204570万元、地方政府一般债务转贷收入13700万元、调入资金8200万元，收入总计322780万元。',
    ].join('\n'),
    { sourceName: 'budget.txt' },
  );

  it('reads the transfer as a level of its own name', () => {
    const level = report.observations.find((o) => o.quantity?.value === 13700);
    expect(level?.indicatorName).toBe('地方政府一般债务转贷收入');
    expect(level?.measure).toBe('level');
  });
});

describe('甲至乙二级公路总投资X亿元，路面工程正在推进: a bare work part is no project (F7105)', () => {
  const report = parsedReport(
    [
      '苇屿县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '全县实现地区生产总值143.2亿元，增长5.1%。',
      '苇屿至棠溪二级公路总投资3.7亿元，路面工程正在推进；沅栎大桥总投资1.9亿元，桩基工程已完成。',
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );

  it('keeps the road and the bridge', () => {
    const names = report.projects.map((p) => p.name);
    expect(names).toContain('苇屿至棠溪二级公路');
    expect(names).toContain('沅栎大桥');
  });

  it('reads neither work part as a project', () => {
    const names = report.projects.map((p) => p.name);
    expect(names).not.toContain('路面工程');
    expect(names).not.toContain('桩基工程');
  });
});

describe('加快甲县工业园区建设: a county’s park named by its place and kind alone is no project (F7106)', () => {
  const report = parsedReport(
    [
      '苇屿县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '全县实现地区生产总值143.2亿元，增长5.1%。苇屿县工业园区基础设施项目总投资4.4亿元，已完成投资1.6亿元。',
      '二、2024年工作安排',
      '要突出工业强县，加快苇屿县工业园区建设，力争全年新增规模以上工业企业4家。',
    ].join('\n'),
    { sourceName: 'plan.txt' },
  );

  it('keeps the park’s infrastructure project', () => {
    expect(report.projects.map((p) => p.name)).toContain('苇屿县工业园区基础设施项目');
  });

  it('reads the park itself as no project', () => {
    expect(report.projects.map((p) => p.name)).not.toContain('苇屿县工业园区');
  });
});
