// Forms the held-out-26 batch showed the parser missing (branch fixgx): the verb inside a
// construction-output name (建筑业完成总产值), the spending on one purpose named by it (用于民生的
// 财政支出), a goal to pass a level after a growth goal (力争突破X亿元), a plan part's revenue goal that
// judges nothing, and projects named without amounts in a plan part's heading. Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (title: string, lines: readonly string[]) =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixgx.txt' });
const observed = (title: string, lines: readonly string[]) =>
  report(title, lines).observations.map((o) =>
    [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value].join(' '),
  );

describe('the verb inside a construction-output name', () => {
  it.each(['全县建筑业完成总产值8.36亿元，比上年增长12.4%。', '全年建筑业实现总产值8.36亿元，增长12.4%。'])(
    '%s is construction output',
    (line) => {
      const rows = observed('桐湾县2014年国民经济和社会发展统计公报', ['三、工业和建筑业', line]);
      expect(rows).toContain('construction-output 建筑业总产值 level 8.36');
      expect(rows).toContain('construction-output 建筑业总产值 growth 12.4');
    },
  );
});

describe('the spending on one purpose, named by it', () => {
  it.each([
    ['全年用于民生的财政支出达到12.7亿元，占公共财政预算支出的68.5%。', '民生支出', 12.7, 68.5],
    ['全年用于教育的财政支出9.3亿元，占公共财政预算支出的21.6%。', '教育支出', 9.3, 21.6],
  ])('%s is %s, not all spending', (line, name, level, share) => {
    const rows = observed('槐岑县2014年政府工作报告', ['一、2014年工作回顾', `——人民生活持续改善。${line}`]);
    const own = rows.filter((r) => r.split(' ')[1] === name).map((r) => r.split(' ').slice(2).join(' '));
    expect(own).toEqual([`level ${level}`, `share ${share}`]);
    expect(rows.some((r) => r.startsWith('general-budget-expenditure'))).toBe(false);
  });
});

describe('projects named without amounts in a plan part', () => {
  const projects = (line: string) =>
    report('柳湾县2010年1—9月份国民经济和社会发展计划执行情况的报告', [
      '一、主要经济指标完成情况',
      '1—9月份，全县完成地区生产总值63.5亿元，增长14.2%。',
      '二、第四季度工作安排',
      line,
    ]).projects.map((p) => p.name);

  it('reads a port operating area (作业区) as a project', () => {
    expect(projects('加快推进桐港柳湾作业区建设。')).toEqual(['桐港柳湾作业区']);
  });

  it('reads an item cut short (……) before the next item number', () => {
    expect(
      projects(
        '（一）抓好工业运行。……（二）加快柳湾经济开发区汽车零部件产业园和桐港柳湾作业区建设。……（三）抓好市场流通。',
      ),
    ).toEqual(['柳湾经济开发区汽车零部件产业园', '桐港柳湾作业区']);
  });
});
