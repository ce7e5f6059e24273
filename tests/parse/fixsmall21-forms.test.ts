// Small forms held-out-51 showed the parser missing (matang, weihu). Sentences of our own, with invented
// places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '岚沙县2022年前三季度国民经济和社会发展计划执行情况的报告';
/** A report whose first part holds the lines. */
const report = (lines: string[]) =>
  parsedReport([TITLE, '一、前三季度计划执行情况', ...lines].join('\n'), { sourceName: 'lansha.txt' });
const facts = (lines: string[]) => report(lines).facts.map((f) => [f.quantity.value, f.quantity.unit]);

describe('兆瓦 and 兆瓦时: a power plant sized in megawatts, its storage in megawatt-hours', () => {
  it('reads the figures with their units', () => {
    const found = facts([
      '岚沙风光储一体化项目完成投资4.2亿元，首批150兆瓦已并网发电，配套储能电站容量300兆瓦时。',
    ]);
    expect(found).toContainEqual([150, '兆瓦']);
    expect(found).toContainEqual([300, '兆瓦时']);
    expect(found.filter((f) => f[1] === '')).toEqual([]);
  });
});
