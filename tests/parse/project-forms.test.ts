// Project forms real reports use and we missed: the object of 加快推进…建设, a phase in brackets,
// amounts before and after the name, goals (力争…完工), progress on part of the works, statuses,
// and lists joined by 、 and 和. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const read = (...prose: string[]) =>
  parseReportText(
    ['丙县2023年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况', ...prose].join('\n'),
    { sourceName: 'project-forms.txt' },
  ).report?.projects ?? [];
const mentions = (...prose: string[]) =>
  read(...prose).flatMap((p) =>
    p.mentions.map((m) => [p.name, m.phase, m.plannedInvestment, m.completedInvestment, m.status]),
  );

describe('project forms', () => {
  it('reads the object of 加快推进…建设, a list joined by 、 and 和 included', () => {
    expect(
      mentions('加快推进丙县城南污水处理厂项目建设。', '加快推进寅镇污水管网、卯河治理和辰山隧道建设。'),
    ).toEqual([
      ['丙县城南污水处理厂', 'reported', null, null, '加快推进'],
      ['寅镇污水管网', 'reported', null, null, '加快推进'],
      ['卯河治理', 'reported', null, null, '加快推进'],
      ['辰山隧道', 'reported', null, null, '加快推进'],
    ]);
  });

  it('keeps a phase in brackets in the name, knows the name without it, and joins other spellings', () => {
    const [project, ...rest] = read(
      '总投资8.5亿元的丙县智能制造产业园(二期)完成投资3.2亿元。',
      '丙县智能制造产业园二期主体完工。',
    );
    expect(rest).toEqual([]);
    expect(project?.name).toBe('丙县智能制造产业园(二期)');
    expect(project?.aliases).toEqual(['丙县智能制造产业园', '丙县智能制造产业园二期']);
    expect(project?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment, m.status])).toEqual([
      [8.5e8, 3.2e8, null],
      [null, null, '主体完工'],
    ]);
  });

  it('keeps two phases apart', () => {
    expect(read('丙县产业园一期已投产，丙县产业园二期开工建设。').map((p) => p.name)).toEqual([
      '丙县产业园一期',
      '丙县产业园二期',
    ]);
  });

  it('reads a project whose only news is a goal as planned', () => {
    expect(mentions('力争丙县人民医院门诊综合楼年底前完工。')).toEqual([
      ['丙县人民医院门诊综合楼', 'planned', null, null, '完工'],
    ]);
  });

  it.each([
    ['丙县至丁县二级公路完成路基工程的80%。', '丙县至丁县二级公路', '完成路基工程的80%'],
    ['午县供水工程已完成总工程量的60%。', '午县供水工程', '已完成总工程量的60%'],
    ['丙县文化中心进入设备安装阶段。', '丙县文化中心', '进入设备安装阶段'],
    ['丙县体育馆主体完工。', '丙县体育馆', '主体完工'],
    ['丙县高铁站站前广场竣工。', '丙县高铁站站前广场', '竣工'],
    ['丙县纺织产业园竣工投产。', '丙县纺织产业园', '竣工投产'],
    ['全力推进丙县综合体育中心项目。', '丙县综合体育中心项目', '全力推进'],
  ])('%s', (prose, name, status) => {
    expect(mentions(prose)).toEqual([[name, 'reported', null, null, status]]);
  });

  it('reads 新开工甲、乙等项目N个', () => {
    expect(mentions('新开工丙县冷链物流中心、丁县农贸市场等项目12个。')).toEqual([
      ['丙县冷链物流中心', 'reported', null, null, '新开工'],
      ['丁县农贸市场', 'reported', null, null, '新开工'],
    ]);
  });

  it('takes no project from works that are not listed with one', () => {
    expect(mentions('加快推进大气污染治理。')).toEqual([]);
  });
});
