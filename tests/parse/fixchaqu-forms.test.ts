// Forms the thirty-first held-out batch showed the parser missing (chaqu-2012-h1), in sentences of our
// own with invented places and figures: a county-seat project named again without the county's name.

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

const report = (title: string, ...lines: string[]) => sectionReport('fixchaqu.txt', title, lines);
const H1 = '溧坪县2013年上半年国民经济和社会发展计划执行情况的报告';

describe('a county-seat project named again without the county (project-place-heads.ts)', () => {
  it('folds 县城集中供热二期工程 into 溧坪县城集中供热二期工程 named before', () => {
    const read = report(
      H1,
      '全县固定资产投资完成31.42亿元，同比增长21.7%。溧坪县城集中供热二期工程完成投资0.57亿元。',
      '三、下半年工作重点',
      '加快推进溧坪至桦峪二级公路、县城集中供热二期工程等重点项目建设。',
    );
    const heating = read.projects.filter((p) => p.name.includes('集中供热'));
    expect(heating.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['溧坪县城集中供热二期工程', ['县城集中供热二期工程'], 2],
    ]);
  });
});
