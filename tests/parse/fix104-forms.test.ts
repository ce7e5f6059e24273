// Forms the one-hundred-and-fourth held-out batch showed the parser missed (session 30, branch fix104): a
// development-and-reform bureau's notice on the year's 民生实事 (its genre, its months from the table's 截至N月底
// column, its task ledger, 年度目标任务为 and 完成率A%, 县城 for the county's 县城区, a request counting the
// items behind); a district's appendix whose 全市排名 the prose names and whose 同比增长 column holds a fall of
// energy intensity, its fall goal met by a deeper fall, and 降幅收窄至A%以内 as a goal; an industry's figures after
// the cause it came under (受…影响，实现产值), 非房地产项目投资, sales an event drove (带动销售额); a county budget
// report's （年初预算X万元） after the share done of it, and goals held to 完成年初预算X万元.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const NOTICE_TITLE = '柽原县发展和改革局关于2025年民生实事项目进展情况的通报';
const PLAN_TITLE = '柽原区2025年上半年国民经济和社会发展计划执行情况的报告';

const observationsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).observations.map(
    (o) => `${o.indicatorName} ${o.measure} ${o.quantity?.value}${o.quantity?.unit}`,
  );
const targetsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).targets.map(
    (t) => `${t.indicatorName} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.attainment}`,
  );

describe('F2331: a bureau’s notice on the progress of the year’s 民生实事', () => {
  const text = [
    NOTICE_TITLE,
    '一、总体进展',
    '2025年，县政府确定的8件民生实事共安排项目17个，计划总投资3.52亿元。截至6月底，已开工项目15个，累计完成投资1.21亿元。',
    '附件：柽原县2025年民生实事项目进展情况表',
    '序号 | 项目名称 | 年度目标任务 | 截至6月底完成情况 | 完成率（%） | 责任单位',
    '1 | 学前教育扩容工程 | 新建幼儿园3所 | 完工1所 | 33.3 | 县教育局',
    '2 | 农村公路提升工程 | 新改建农村公路60公里 | 完成31公里 | 51.7 | 县交通运输局',
  ].join('\n');

  it('is read as the key-project notices are, its months those of the table’s 截至N月底 column', () => {
    const { meta } = parsedReport(text, { sourceName: 'report.txt' });
    expect(meta.genre).toBe('statistics-analysis');
    expect(meta.period).toBe('2025-H1');
  });
});

describe('F2332: a task ledger (年度目标任务 | … | 责任单位)', () => {
  it('gives no indicator of its tasks, their counts no targets and their 完成率 no shares', () => {
    const text = [
      NOTICE_TITLE,
      '一、总体进展',
      '截至6月底，17个项目已开工15个，累计完成投资1.21亿元。',
      '序号 | 项目名称 | 年度目标任务 | 截至6月底完成情况 | 完成率（%） | 责任单位',
      '1 | 学前教育扩容工程 | 新建幼儿园3所 | 完工1所 | 33.3 | 县教育局',
      '2 | 农村公路提升工程 | 新改建农村公路60公里 | 完成31公里 | 51.7 | 县交通运输局',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => o.indicatorName)).not.toContain('学前教育扩容工程');
    expect(report.targets.map((t) => t.indicatorName)).not.toContain('农村公路提升工程');
  });
});

describe('F2333: 年度目标任务为… then the half’s figure with its 完成率', () => {
  it('reads the year task as a target and the 完成率 as the share of it done', () => {
    const text = [
      NOTICE_TITLE,
      '一、总体进展',
      '截至6月底，17个项目已开工15个，累计完成投资1.21亿元。',
      '二、各项目进展情况',
      '1．城乡就业促进行动。年度目标任务为城镇新增就业1200人、农村劳动力转移就业1.8万人次。上半年城镇新增就业705人，完成率58.8%；农村劳动力转移就业1.1万人次。',
    ].join('\n');
    expect(targetsOf(text)).toContain('城镇新增就业 eq 1200人 unknown');
    expect(observationsOf(text)).toContain('城镇新增就业 share 58.8%');
    expect(observationsOf(text)).not.toContain('城镇新增就业 level 1200人');
  });
});

describe('F2334: the county seat’s works named short, and a request counting the items behind', () => {
  const text = [
    NOTICE_TITLE,
    '一、各项目进展情况',
    '柽原县城区污水管网改造工程总投资2150万元，累计完成投资680万元。',
    '二、存在的问题',
    '县城污水管网改造工程因管线迁改协调难度大，完成率低于序时进度2.1个百分点。',
    '三、下一步工作要求',
    '（一）对低于序时进度的3件民生实事，县发展和改革局将实行“一周一调度”，对连续两次通报仍无明显进展的，提请约谈责任单位。',
  ].join('\n');

  it('folds 县城… into the 县城区 project named in full', () => {
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.projects.map((p) => p.name)).toEqual(['柽原县城区污水管网改造工程']);
  });

  it('reads the request’s count as a fact, no heading', () => {
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.facts.map((f) => f.quantity.raw)).toContain('3件');
  });
});

describe('F2335: a 全市排名 column beside prose naming the city', () => {
  it('takes the prose’s parent and group for the same rank', () => {
    const text = [
      PLAN_TITLE,
      '上半年，全区地区生产总值412.4亿元，同比增长5.6%。全区规模以上工业总产值186.5亿元，同比增长8.7%，在霞峦市12个区中排名第4。',
      '指标名称 | 单位 | 绝对值 | 同比增长（%） | 全市排名',
      '地区生产总值 | 亿元 | 412.4 | 5.6 | 6',
      '规模以上工业总产值 | 亿元 | 186.5 | 8.7 | 4',
    ].join('\n');
    const ranks = parsedReport(text, { sourceName: 'report.txt' }).rankings.filter(
      (r) => r.indicatorCode === 'industrial-output',
    );
    expect(ranks.map((r) => `${r.rank}/${r.of} ${r.scope}`)).toEqual(['4/12 霞峦市', '4/12 霞峦市']);
  });
});

describe('F2336: energy intensity under a 同比增长 column, against a fall goal', () => {
  const text = [
    PLAN_TITLE,
    '上半年，全区地区生产总值412.4亿元，同比增长5.6%。',
    '指标名称 | 单位 | 1—6月同比增长（%） | 年度目标（%）',
    '地区生产总值 | 亿元 | 5.6 | 5.5',
    '单位地区生产总值能耗 | — | -2.6 | -2.5',
  ].join('\n');

  it('reads the cell as a growth (a fall), not a rate', () => {
    expect(observationsOf(text)).toContain('单位地区生产总值能耗 growth -2.6%');
  });

  it('reads 达到年度目标（下降A%）要求 as the goal, no fall of the period', () => {
    const said = text.replace(
      '同比增长5.6%。',
      '同比增长5.6%。单位地区生产总值能耗同比下降2.6%，达到年度目标（下降2.5%）要求。',
    );
    expect(observationsOf(said)).not.toContain('单位地区生产总值能耗 growth -2.5%');
  });
});

describe('F2337: an industry’s figures after its cause; 非房地产项目投资; sales an event drove', () => {
  it('keeps the industry named before 受…影响，实现产值', () => {
    const text = [
      PLAN_TITLE,
      '上半年，全区地区生产总值412.4亿元，同比增长5.6%。其中，智能装备产业实现产值66.8亿元，增长11.2%；汽车零部件产业受整车订单回落影响，实现产值38.4亿元，下降4.3%。',
    ].join('\n');
    expect(observationsOf(text)).toContain('汽车零部件产业产值 level 38.4亿元');
    expect(observationsOf(text)).not.toContain('智能装备产业产值 level 38.4亿元');
  });

  it('reads 非房地产项目投资 as a named aggregate', () => {
    const text = [
      PLAN_TITLE,
      '上半年，全区固定资产投资同比增长12.3%。其中，非房地产项目投资增长21.4%；房地产开发投资下降2.8%。',
    ].join('\n');
    expect(observationsOf(text)).toContain('非房地产项目投资 growth 21.4%');
  });

  it('leaves 带动销售额 after a count of events a fact', () => {
    const text = [
      PLAN_TITLE,
      '上半年，全区地区生产总值412.4亿元，同比增长5.6%。举办消费季系列活动32场，带动销售额约3.3亿元。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => o.indicatorName)).not.toContain('带动销售额');
    expect(report.facts.map((f) => f.quantity.raw)).toContain('约3.3亿元');
  });
});

describe('F2336: 降幅收窄至A%以内 as a goal', () => {
  it('is a floor of −A% on the growth, for a name the catalogue lacks too', () => {
    const text = [
      PLAN_TITLE,
      '一、上半年计划执行情况',
      '上半年，全区社会消费品零售总额215.8亿元，同比下降1.4%。分类别看，汽车类商品零售额下降12.7%。',
      '二、下半年工作安排',
      '（一）全力提振消费。落实以旧换新政策，力争汽车类商品零售额降幅收窄至6%以内。',
      '（二）稳住外贸。力争外贸进出口总额降幅收窄至3%以内。',
    ].join('\n');
    const targets = targetsOf(text);
    expect(targets).toContain('汽车类商品零售额 gte -6% missed');
    expect(targets.some((t) => t.startsWith('外贸进出口总额 gte -3%'))).toBe(true);
  });
});

describe('F2338: a budget report’s 年初预算 beside its share, and goals held to it', () => {
  const BUDGET_TITLE = '关于柽原县2025年上半年预算执行情况的报告';

  it('reads （年初预算X万元） after the share as the year’s budget, the growth after it the spending’s', () => {
    const text = [
      BUDGET_TITLE,
      '一、上半年预算执行情况',
      '上半年，全县一般公共预算收入完成52856万元，同比增长4.7%。全县一般公共预算支出完成126420万元，完成年初预算的51.6%（年初预算245000万元），同比增长6.1%。',
    ].join('\n');
    expect(observationsOf(text)).toContain('一般公共预算支出 growth 6.1%');
    expect(targetsOf(text)).toContain('一般公共预算支出 eq 245000万元 unknown');
    expect(targetsOf(text).filter((t) => t.startsWith('一般公共预算支出'))).toHaveLength(1);
  });

  it('reads a goal’s growth after 完成年初预算X万元, and the gap to the schedule after 仅完成年初预算的A%', () => {
    const text = [
      BUDGET_TITLE,
      '一、上半年预算执行情况',
      '上半年，全县一般公共预算收入完成52856万元，同比增长4.7%。',
      '二、需要关注的问题',
      '政府性基金预算收入仅完成年初预算的28.4%，低于序时进度21.6个百分点。',
      '三、下半年工作措施',
      '（一）全力抓好收入征管。加强重点税源和重点行业监控，确保全年一般公共预算收入完成年初预算106500万元，增长5%以上，力争税收占比回升至70%。',
    ].join('\n');
    expect(targetsOf(text)).toContain('一般公共预算收入 gte 5% missed');
    expect(observationsOf(text)).toContain('政府性基金预算收入 comparison -21.6个百分点');
  });
});

describe('F2338: the debt service paid, beside the bonds', () => {
  it('is a fact, no named aggregate of spending', () => {
    const text = [
      '关于柽原县2025年上半年预算执行情况的报告',
      '上半年，全县一般公共预算收入完成52856万元，同比增长4.7%。上半年全县政府债务还本付息支出12640万元，未发生逾期。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => o.indicatorName)).not.toContain('政府债务还本付息支出');
    expect(report.facts.map((f) => f.quantity.raw)).toContain('12640万元');
  });
});
