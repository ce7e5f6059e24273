// Forms the three-hundred-and-forty-seventh held-out batch showed the parser missed (session 43, branch fix347): a
// 审议意见's charge to hurry a named works on (甲污水处理厂要抓紧完成前期工作, F7031); a sheet's row written with the
// pre-2007 name 地方财政一般预算支出 (F7032); a products section row 主要产品产量 with empty cells (F7033). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('甲污水处理厂要抓紧完成前期工作: a charge to hurry a works on names it (F7031)', () => {
  const report = parsedReport(
    [
      '柘沅县人大常委会关于2006年上半年国民经济和社会发展计划执行情况的审议意见',
      '三、常委会组成人员提出如下建议：',
      '（二）加快重点项目建设。柘沅县城第二水厂要抓紧完成前期工作，力争10月份开工；沐榕大桥改建工程要尽快开工建设。',
    ].join('\n'),
    { sourceName: 'review.txt', region: '柘沅县' },
  );

  it('reads each works by its name, as a plan with its status', () => {
    const read = report.projects.map((p) => [p.name, p.mentions[0]?.phase, p.mentions[0]?.status]);
    expect(read).toEqual([
      ['柘沅县城第二水厂', 'planned', '完成前期工作'],
      ['沐榕大桥改建工程', 'planned', '开工建设'],
    ]);
  });
});

describe('地方财政一般预算支出 as a sheet row: the general budget expenditure (F7032)', () => {
  const report = parsedReport(
    [
      '柘沅县2006年1—6月统计月报',
      '指标\t单位\t1—6月累计\t增长%',
      '地方财政一般预算收入\t万元\t6310\t14.2',
      '地方财政一般预算支出\t万元\t18270\t8.6',
    ].join('\n'),
    { sourceName: 'monthly.txt', region: '柘沅县' },
  );

  it('codes the row general-budget-expenditure', () => {
    const spent = report.observations
      .filter((o) => o.indicatorName === '地方财政一般预算支出')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(spent).toEqual([
      ['general-budget-expenditure', 'level', 18270],
      ['general-budget-expenditure', 'growth', 8.6],
    ]);
  });
});

describe('主要产品产量 alone on a sheet row: a section over the goods, no part of the next row (F7033)', () => {
  const report = parsedReport(
    [
      '柘沅县2006年1—6月统计月报',
      '指标\t单位\t1—6月累计\t增长%',
      '社会消费品零售总额\t万元\t52310\t13.8',
      '主要产品产量\t\t\t',
      '原煤\t吨\t27140\t-6.2',
      '水泥\t吨\t41950\t12.4',
    ].join('\n'),
    { sourceName: 'monthly.txt', region: '柘沅县' },
  );

  it('names the first good by itself', () => {
    const names = report.observations.map((o) => o.indicatorName);
    expect(names).toContain('原煤');
    expect(names).not.toContain('主要产品产量原煤');
  });
});
