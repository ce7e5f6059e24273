// Forms the held-out batches' plan reports (langao, liaozhu) showed, in text of our own with invented
// places and figures: firms counted in clauses of their own (由上年的a家增加到b家, 发展到a户，比上年增加
// b户) between the firms' name and their bare account (实现利税).

import { describe, expect, it } from 'vitest';
import { countedFirms } from '../../src/parse/prose-subject-firms.js';
import { parsedReport } from '../helpers/report.js';

const report = (...lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'fixlishui.txt' });

const HEAD = ['柘丰县2011年国民经济和社会发展计划执行情况的报告', '一、2011年计划执行情况'];

const observed = (...lines: string[]) =>
  report(...HEAD, ...lines).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('firms counted in clauses between their name and their bare account', () => {
  it('reads 由上年的a家增加到b家，实现利税 as the firms’ 利税', () => {
    const rows = observed('规模以上工业企业由上年的37家增加到45家，实现利税2.71亿元，增长16.4%。');
    expect(rows).toContainEqual(['规模以上工业企业利税', 'level', 2.71]);
    expect(rows).toContainEqual(['规模以上工业企业利税', 'growth', 16.4]);
  });

  it('reads 发展到a户，比上年增加b户，实现利税 as the firms’ 利税', () => {
    const rows = observed('全县规模以上工业企业发展到53户，比上年增加6户，实现利税1.94亿元，增长23.8%。');
    expect(rows).toContainEqual(['规模以上工业企业利税', 'level', 1.94]);
    expect(rows).toContainEqual(['规模以上工业企业利税', 'growth', 23.8]);
  });

  it('reads a bare 总产值 after the count clauses as the firms’ output', () => {
    const rows = report(
      ...HEAD,
      '规模以上工业企业发展到53户，比上年增加6户，实现总产值24.6亿元，增长18.2%。',
    ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(rows).toContainEqual(['industrial-output', 'level', 24.6]);
    expect(rows).toContainEqual(['industrial-output', 'growth', 18.2]);
  });

  it('still reads the form with the account after ；', () => {
    const rows = observed('规模以上工业企业达到41户，比年初新增5户；实现利税1.22亿元，增长12.5%。');
    expect(rows).toContainEqual(['规模以上工业企业利税', 'level', 1.22]);
  });

  it('gives no firms’ name past a figure that is no count, nor to new firms', () => {
    const rows = observed(
      '规模以上工业企业发展到53户，工业增加值8.6亿元，实现利税1.94亿元。',
      '新增规模以上工业企业7户，实现利税0.43亿元。',
    );
    expect(rows.filter(([name]) => String(name).includes('利税'))).toEqual([]);
  });
});

describe('countedFirms', () => {
  it('walks back over count clauses to the firms counted', () => {
    expect(countedFirms('规模以上工业企业由上年的37家增加到45家,')).toBe('规模以上工业企业');
    expect(countedFirms('规模以上工业企业发展到53户,比上年增加6户,')).toBe('规模以上工业企业');
  });

  it('stops at other firms, at a figure that is no count, and at new firms', () => {
    expect(countedFirms('规模以上工业企业发展到53户,其中亿元企业9家,')).toBeNull();
    expect(countedFirms('规模以上工业企业发展到53户,增长1.5个百分点,')).toBeNull();
    expect(countedFirms('新增规模以上工业企业7户,')).toBeNull();
    expect(countedFirms('')).toBeNull();
  });
});
