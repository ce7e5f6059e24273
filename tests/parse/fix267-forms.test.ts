// Forms the two-hundred-and-sixty-seventh held-out batch showed the parser missed (session 38, branch fix267): a
// county's 民生实事 progress 通报 whose numbered items each name one project and give its amounts — an item titled
// by works done in every village (农村饮水提质工程, F5471), an item counting what its works build before its amounts in
// the same sentence (F5472), and an item whose whole first sentence counts them (F5473); and a share the catalogue
// does not know, judged before its figure (甲占比偏高，达到A%, F5474). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const NOTICE = [
  '关于2029年上半年汐岚县民生实事项目进展情况的通报',
  '一、总体进展情况',
  '2029年县级民生实事共8件，年度计划投资3.46亿元，截至6月底累计完成投资1.93亿元。',
  '二、各项民生实事进展情况',
  '1.农村饮水提质工程。年度计划投资3800万元，完成投资1720万元，完成率45.3%。',
  '形象进度：完成管网铺设41公里。',
  '2.城区菜市场改造工程。改造菜市场4个，惠及商户310户，年度计划投资2900万元，完成投资1650万元，完成率56.9%。',
  '形象进度：已完工2个。',
  '3.城区义务教育扩容工程。新建初中1所、改扩建小学3所，新增学位2400个。总投资1.37亿元，完成投资4630万元，完成率33.8%。',
  '形象进度：新建初中主体施工中。',
].join('\n');

const project = (name: string) => {
  const report = parsedReport(NOTICE, { sourceName: 'notice.txt' });
  const found = report.projects.find((p) => p.name === name);
  const mention = found?.mentions[0];
  return mention && [mention.plannedInvestment, mention.completedInvestment];
};

describe('a 民生实事 item titled by works done in every village (F5471)', () => {
  it('is one project, with its year’s plan and amount done', () => {
    expect(project('农村饮水提质工程')).toEqual([38_000_000, 17_200_000]);
  });
});

describe('an item counting what its works build before its amounts (F5472)', () => {
  it('reads the amounts after the counts as the item’s', () => {
    expect(project('城区菜市场改造工程')).toEqual([29_000_000, 16_500_000]);
  });
});

describe('an item whose first sentence only counts what its works build (F5473)', () => {
  it('reads the next sentence’s amounts as the item’s', () => {
    expect(project('城区义务教育扩容工程')).toEqual([137_000_000, 46_300_000]);
  });
});

const PROBLEMS = [
  '汐岚县2029年上半年乡村振兴工作总结',
  '二、存在的问题',
  '一是脱贫人口经营性收入占比偏低，仅为12.4%，增收渠道偏窄；二是部分项目进度滞后。',
].join('\n');

describe('a share named as written and judged before its figure (F5474)', () => {
  it('is that share’s observation', () => {
    const report = parsedReport(PROBLEMS, { sourceName: 'summary.txt' });
    const share = report.observations.find((o) => o.indicatorName === '脱贫人口经营性收入');
    expect(share?.measure).toBe('share');
    expect(share?.quantity?.value).toBe(12.4);
  });
});
