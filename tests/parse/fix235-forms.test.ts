// Forms the two-hundred-and-thirty-fifth held-out batch showed the parser missed (session 36, branch fix235): a
// zone's place in the province's appraisal with the class of zones written inside the appraisal's name
// (在全省省级开发区…考核评价中位列第N位); a table note naming the parks a rank column is among with 中的位次.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const zoneReport = (line: string) =>
  parsedReport(['甲川经济开发区2026年工作总结和2027年工作计划', '一、2026年工作情况', line].join('\n'), {
    sourceName: 'zone.txt',
  });

describe('the class of zones inside an appraisal’s name after its parent (F4801)', () => {
  it('reads the class as the scope and the kind’s appraisal as what is ranked, with the move', () => {
    const ranks = zoneReport(
      '新增规上工业企业9家。在全省省级开发区综合发展水平考核评价中位列第23位，较上年度前移4个位次。',
    ).rankings.map((r) => [r.subject, r.rank, r.scope, r.change]);
    expect(ranks).toEqual([['开发区综合发展水平考核评价', 23, '省级开发区', 4]]);
  });

  it('reads a national class likewise', () => {
    const ranks = zoneReport('在全国国家级经济技术开发区综合发展水平考核评价中排名第71位。').rankings.map(
      (r) => [r.subject, r.rank, r.scope],
    );
    expect(ranks).toEqual([['经济技术开发区综合发展水平考核评价', 71, '国家级经济技术开发区']]);
  });

  it('keeps the parent as the scope when the appraisal names no class', () => {
    const ranks = zoneReport('在全市县域经济高质量发展考核中排名第5位。').rankings.map((r) => [
      r.subject,
      r.scope,
    ]);
    expect(ranks).toEqual([['县域经济高质量发展考核', '全市']]);
  });
  it('keeps a park appraisal’s name whole', () => {
    const ranks = zoneReport('在全省省级园区综合评价中排第12位。').rankings.map((r) => r.subject);
    expect(ranks).toEqual(['省级园区综合评价']);
  });
});

describe('a note naming the parks a rank column is among with 中的位次 (F4802)', () => {
  it('reads no fact from the count of parks', () => {
    const facts = zoneReport(
      '全年规上工业总产值86.4亿元，增长7.2%。注：全市开发区排名为在乙州市9个省级以上开发区中的位次。',
    ).facts.map((f) => f.quantity.raw);
    expect(facts).not.toContain('9个');
  });

  it('keeps a count of parks that sizes no rank', () => {
    const facts = zoneReport('全年新建成9个省级以上开发区中试基地。').facts.map((f) => f.quantity.raw);
    expect(facts).toContain('9个');
  });
});
