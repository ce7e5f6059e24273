// Forms the one-hundred-and-thirty-sixth held-out batch showed the parser missed (session 32, branch fix136): a
// county head's gap to a goal 离我们年初定的A%的目标还差N个百分点 (the setter's verb 定 alone) and 距离年度目标
// 增长A%差了N个百分点 (a bare 差了); a plan's project 推动甲度假区一期项目总投资X亿元年内开工 whose start closes the
// clause with no comma. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const SPEECH = [
  '在甲川县2026年上半年经济运行调度会上的讲话',
  '一、上半年的情况',
  '上半年，全县地区生产总值31.25亿元，同比增长3.9%，离我们年初定的7%的目标还差3.1个百分点。',
  '固定资产投资下降5.2%，距离年度目标增长9%差了14.2个百分点。',
].join('\n');

const comparisons = (text: string) =>
  parsedReport(text, { sourceName: 'speech.txt' })
    .observations.filter((o) => o.measure === 'comparison')
    .map((o) => [o.indicatorCode, o.quantity?.value]);

describe('离我们年初定的A%的目标还差N个百分点: a goal set with 定 alone (F3041)', () => {
  it('reads the shortfall as a comparison with the goal, negative', () => {
    expect(comparisons(SPEECH)).toContainEqual(['gdp', -3.1]);
  });

  it('still needs the goal’s words: 离我们年初定的A%还差 with no 目标 gives no comparison', () => {
    const text = SPEECH.replace('7%的目标还差3.1个百分点', '7%还差3.1个百分点');
    expect(comparisons(text)).not.toContainEqual(['gdp', -3.1]);
  });
});

describe('距离年度目标增长A%差了N个百分点: a bare 差了 after the goal’s figure (F3042)', () => {
  it('reads the comparison, negative, and the goal as a full-year target', () => {
    const report = parsedReport(SPEECH, { sourceName: 'speech.txt' });
    expect(
      report.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toContainEqual(['fixed-asset-investment', -14.2]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.horizon])).toContainEqual([
      'fixed-asset-investment',
      9,
      'eq',
      'full-year',
    ]);
  });
});

describe('推动甲一期项目总投资X亿元年内开工: the start closes the total’s clause with no comma (F3043)', () => {
  const PLAN = [
    '关于甲川市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
    '三、2026年主要任务',
    '坚持项目为王。推动甲川市湖畔康养度假区一期项目总投资16亿元年内开工，加快乙河新区综合管廊工程二期建设。',
  ].join('\n');

  it('gives the project its total, the status after it', () => {
    const project = parsedReport(PLAN, { sourceName: 'plan.txt' }).projects.find(
      (p) => p.name === '甲川市湖畔康养度假区一期项目',
    );
    expect(project?.mentions.map((m) => m.plannedInvestment)).toEqual([1600000000]);
  });

  it('keeps the total when a time and 竣工 close the clause as well', () => {
    const text = PLAN.replace('年内开工', '10月底前竣工');
    const project = parsedReport(text, { sourceName: 'plan.txt' }).projects.find(
      (p) => p.name === '甲川市湖畔康养度假区一期项目',
    );
    expect(project?.mentions.map((m) => m.plannedInvestment)).toEqual([1600000000]);
  });
});
