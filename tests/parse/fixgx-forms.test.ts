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
