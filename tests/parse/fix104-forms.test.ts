// Forms the one-hundred-and-fourth held-out batch showed the parser missed (session 30, branch fix104): a
// development-and-reform bureau's notice on the year's 民生实事 (its genre, its months from the table's 截至N月底
// column, its task ledger, 年度目标任务为 and 完成率A%, 县城 for the county's 县城区, a request counting the
// items behind); a district's appendix whose 全市排名 the prose names and whose 同比增长 column holds a fall of
// energy intensity, its fall goal met by a deeper fall; an industry's figures after the cause it came under
// (受…影响，实现产值), 非房地产项目投资, sales an event drove (带动销售额); 降幅收窄至A%以内 as a goal.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const NOTICE_TITLE = '柽原县发展和改革局关于2025年民生实事项目进展情况的通报';

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
