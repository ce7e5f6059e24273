// Forms the older fixtures showed the parser missed (session 45, branch fixold): a year's task with 以上 and no cue
// word in a charge toward the goals set just before it (F7761). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const meeting = (charge: string) =>
  [
    '栎岑旗委经济工作会议召开 部署2017年经济工作',
    '来源：栎岑旗新闻网　发布时间：2016-12-22 16:40',
    '本网讯 12月21日，中共栎岑旗委经济工作会议召开。会议总结2016年经济工作，安排部署2017年经济工作。',
    '会议指出，预计全年完成地区生产总值52.8亿元，增长7.6%；固定资产投资38.4亿元，增长10.9%。',
    '会议提出，2017年全旗经济社会发展的主要预期目标是：地区生产总值增长7%以上；固定资产投资增长9%。',
    charge,
  ].join('\n');

const jobs = (charge: string) => parsedReport(meeting(charge), { sourceName: 'news.txt' });

describe("a year's task with 以上 in a charge toward the goals just set (全年新增城镇就业N人以上, F7761)", () => {
  const CHARGE =
    '会议要求，全旗各级各部门要紧紧围绕上述目标，突出抓好四个方面工作：一是狠抓项目建设，全年安排重点项目26个，年度计划投资40亿元，力争招商引资到位资金6亿元以上；二是加快转型升级，做大乳业、肉羊等非煤产业；三是加强草原生态保护，落实草原生态保护补助奖励政策；四是持续改善民生，全年新增城镇就业1200人以上。';

  it('reads the task as a next-year goal, not a level', () => {
    const report = jobs(CHARGE);
    const target = report.targets.find((t) => t.indicatorCode === 'new-urban-jobs');
    expect(target?.horizon).toBe('next-year');
    expect([target?.value, target?.comparator]).toEqual([1200, 'gte']);
    expect(report.observations.filter((o) => o.indicatorCode === 'new-urban-jobs')).toEqual([]);
  });

  it('keeps the same clause in a paragraph that points back to nothing as no goal', () => {
    const report = jobs(
      '会议要求，全旗各级各部门要狠抓项目建设，全年安排重点项目26个，年度计划投资40亿元；二是加快转型升级，做大乳业、肉羊等非煤产业；三是加强草原生态保护，落实草原生态保护补助奖励政策；四是持续改善民生，全年新增城镇就业1200人以上。',
    );
    expect(report.targets.filter((t) => t.indicatorCode === 'new-urban-jobs')).toEqual([]);
  });
});

describe("news of a communiqué's release (《…统计公报》发布, F7762)", () => {
  const page = (title: string) =>
    [
      title,
      '来源：县统计局　发布时间：2017-03-28 10:20',
      '3月27日，县统计局发布《2016年楠峃县国民经济和社会发展统计公报》。公报显示，2016年全县经济保持平稳发展。',
      '经初步核算，全县实现地区生产总值88.42亿元，比上年增长6.7%。',
    ].join('\n');

  it('types the page a news summary', () => {
    const report = parsedReport(page('《2016年楠峃县国民经济和社会发展统计公报》发布 粮食生产再获丰收'), {
      sourceName: 'news.txt',
    });
    expect(report.meta.genre).toBe('news-summary');
  });

  it('keeps the communiqué itself, titled without the release, a communiqué', () => {
    const report = parsedReport(page('2016年楠峃县国民经济和社会发展统计公报'), { sourceName: 'gb.txt' });
    expect(report.meta.genre).toBe('statistical-communique');
  });
});

describe('cases counted in 例 (确诊病例3例, 完成白内障手术860例, F7763)', () => {
  it('reads the count with its unit as a fact', () => {
    const report = parsedReport(
      [
        '2020年楠峃县国民经济和社会发展统计公报',
        '初步核算，全年全县实现地区生产总值96.14亿元，比上年增长3.2%。',
        '全年累计报告新冠肺炎确诊病例4例，均已治愈出院；全年完成白内障复明手术860例。',
      ].join('\n'),
      { sourceName: 'gb.txt' },
    );
    const raws = report.facts.map((f) => f.quantity.raw);
    expect(raws).toEqual(expect.arrayContaining(['4例', '860例']));
    expect(raws).not.toContain('4');
  });
});

// Session 48, fixold: an industry's revenue set as a goal under 力争 (F9331).
const FY_PLAN = '关于岚洲县2030年国民经济和社会发展计划执行情况与2031年计划草案的报告';
const planTask = (task: string) =>
  parsedReport(
    [FY_PLAN, '一、2030年计划执行情况', '全县地区生产总值增长6.1%。', '二、2031年重点工作', task].join('\n'),
    { sourceName: 'plan.txt' },
  );
const goals = (task: string) =>
  planTask(task).targets.map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);

describe("an industry's revenue set as a goal under 力争 (力争甲加工业营业收入突破X亿元, F9331)", () => {
  it('is a next-year target named as written, as an industry output under 力争 is', () => {
    const task =
      '（一）做强果蔬精深加工。围绕柑橘、辣椒两条产业链，力争果蔬加工业营业收入突破45亿元，加工转化率达到70%。';
    expect(goals(task)).toContainEqual(['果蔬加工业营业收入', 'next-year', 'gt', 45, '亿元']);
  });

  it('leaves firms’ revenue (企业营业收入) no goal of its own', () => {
    const task = '（一）壮大企业。力争龙头企业营业收入突破45亿元。';
    expect(goals(task).map((t) => t[0])).not.toContain('龙头企业营业收入');
  });
});
