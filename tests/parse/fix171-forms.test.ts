// Forms the one-hundred-and-seventy-first held-out batch showed the parser missed (session 34, branch fix171): an
// appraisal's rank said of the place's composite score (我县综合得分居第N位) with the edition's period before its
// name; a standing committee's 决议 carrying its members' 审议意见 as an attachment; a project urged to start
// 尽早. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN_TITLE = '关于甲川县2026年1—6月国民经济和社会发展计划执行情况的报告';
const HEADLINE = '1—6月，全县地区生产总值61.4亿元，同比增长5.3%。';

function planReport(sentence: string) {
  return parsedReport(
    [PLAN_TITLE, '主任、各位副主任、各位委员：', '一、计划执行情况', HEADLINE, sentence].join('\n'),
    {
      sourceName: 'plan.txt',
    },
  );
}

describe('an appraisal’s rank of the place’s composite score (F3621, F3622)', () => {
  it('reads 在全市上半年…监测评价中，我县综合得分居第N位 as the appraisal’s rank, its period no part of the name', () => {
    const rankings = planReport(
      '在全市上半年县域经济运行质量监测评价中，我县综合得分居第6位，比上年同期进位2位。',
    ).rankings.map((r) => [r.subject, r.rank, r.scope, r.change]);
    expect(rankings).toEqual([['县域经济运行质量监测评价', 6, '全市', 2]]);
  });

  it('reads the score said without a period as well (在全市…考核中，我县总得分位列第N位)', () => {
    const rankings = planReport('在全市县域经济发展考核中，我县总得分位列第3位。').rankings.map((r) => [
      r.subject,
      r.rank,
    ]);
    expect(rankings).toEqual([['县域经济发展考核', 3]]);
  });
});

const RESOLUTION = [
  '甲川县人民代表大会常务委员会',
  '关于2026年上半年国民经济和社会发展计划执行情况的决议',
  '（2026年8月20日甲川县第十八届人民代表大会常务委员会第十二次会议通过）',
  '甲川县第十八届人民代表大会常务委员会第十二次会议听取和审议了县人民政府关于2026年上半年国民经济和社会发展计划执行情况的报告。会议同意该报告。',
  '附件：县人大常委会组成人员关于2026年上半年国民经济和社会发展计划执行情况报告的审议意见',
  '常委会组成人员认为，上半年全县地区生产总值61.4亿元，同比增长5.3%；固定资产投资增长4.1%。',
];

describe('a 决议 with its members’ 审议意见 attached (F3623)', () => {
  it('types it as the review it carries', () => {
    expect(parsedReport(RESOLUTION.join('\n'), { sourceName: 'resolution.txt' }).meta.genre).toBe(
      'review-opinion',
    );
  });

  it('types a 决议 with no such attachment as a review too (the lead’s decision in session 35)', () => {
    const plain = RESOLUTION.filter((line) => !line.startsWith('附件'));
    expect(parsedReport(plain.join('\n'), { sourceName: 'resolution.txt' }).meta.genre).toBe(
      'review-opinion',
    );
  });
});

describe('a project urged to start 尽早 (F3624)', () => {
  it('reads the name before 尽早开工', () => {
    const names = planReport('推动甲川县妇幼保健院整体迁建项目尽早开工。').projects.map((p) => p.name);
    expect(names).toEqual(['甲川县妇幼保健院整体迁建项目']);
  });
});
