// Forms the one-hundred-and-forty-eighth and -fiftieth held-out batches showed the parser missed (session 33, branch
// fix148): a by-industry sheet titled …规模以上工业增加值分行业增速 (the measure before 分行业: its total row named as
// written); a park two places build together, named with a dash (its jobs read as the county's); a list of projects
// split at 和 after 列入 (a verb read as a name); a school named after 共建的, and names ending in 学校.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReader } from '../helpers/report.js';

/** A bureau's workbook as ingest renders it, its by-industry sheet titled with the measure before 分行业. */
const BRANCH_SHEET = [
  '乙河县2026年1—10月主要经济指标',
  '2026年11月',
  '指标\t单位\t1—10月\t同比±%',
  '规模以上工业增加值\t—\t—\t5.9',
  '社会消费品零售总额\t亿元\t41.20\t3.8',
  '乙河县统计局',
  '乙河县2026年1—10月规模以上工业增加值分行业增速',
  '单位：%',
  '行业\t1—10月\t1—9月\t增减（百分点）',
  '规模以上工业合计\t5.9\t5.3\t0.6',
  '酒、饮料和精制茶制造业\t8.2\t7.7\t0.5',
  '化学原料和化学制品制造业\t-1.4\t-0.8\t-0.6',
  '注：增速按可比价计算。',
  '乙河县统计局',
].join('\n');

describe('a by-industry sheet titled …规模以上工业增加值分行业增速 (F3281)', () => {
  it('reads its total row as the industrial value added, not as an indicator named as written', () => {
    const observations = parsedReport(BRANCH_SHEET, { sourceName: 'branches.xls' }).observations;
    const total = observations
      .filter((o) => o.indicatorCode === 'industrial-value-added')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(total).toContainEqual(['growth', 5.3]);
    expect(total).toContainEqual(['change', 0.6]);
    expect(observations.some((o) => o.indicatorName.includes('合计'))).toBe(false);
  });
});

const review = sectionReader('gov.txt', '丙县2026年政府工作报告');

describe('a park two places build together, named with a dash (F3282)', () => {
  it('keeps the park’s new jobs out of the county’s new urban jobs', () => {
    const observations = review(
      '对口支援成效明显。引进支援省企业9家，丁省—丙县轻工产业园新增就业920人。城镇新增就业3100人。',
    ).observations;
    const jobs = observations
      .filter((o) => o.indicatorCode === 'new-urban-jobs')
      .map((o) => o.quantity?.value);
    expect(jobs).toEqual([3100]);
  });
});

describe('a count of projects on a list, split at 和 after 列入 (F3283)', () => {
  it('names no project 列入甲区', () => {
    const names = review(
      '重点项目加快推进。列入自治区和地区重点项目的18个项目完成投资9.4亿元，占年度计划的55.1%。丙县城北污水处理厂总投资1.6亿元，累计完成投资0.9亿元。',
    ).projects.map((p) => p.name);
    expect(names).toEqual(['丙县城北污水处理厂']);
  });
});

describe('a school built together, named after 共建的, and names ending in 学校 (F3284)', () => {
  it('reads the school with no amounts as a project named without 共建的', () => {
    const names = review(
      '兵地共建道路项目4个，完成投资1.1亿元；共建的丙县民族团结学校建成投用。',
    ).projects.map((p) => p.name);
    expect(names).toEqual(['丙县民族团结学校']);
  });

  it('reads no project from a count of schools', () => {
    expect(review('新建改扩建幼儿园3所、中小学校2所。').projects).toEqual([]);
  });
});
