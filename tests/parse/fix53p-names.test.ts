// Catalogue names a district statistics bureau's 1—8月 brief writes its own way (docs/prose-forms.md F1066,
// session 22 fix53p), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fix53p.txt');
// The investment line gives the brief a headline figure; the tests leave it out of what they compare.
const HEADLINE = 'fixed-asset-investment';
const read = (...prose: string[]) =>
  report('2022年1—7月棠溪区经济运行简析', '一、经济运行', '1—7月，全区固定资产投资同比增长6.6%。', ...prose);

describe('names of the catalogue a district bureau writes its own way', () => {
  it('reads 货物进出口总额 as the trade indicator, in the appendix table as in the prose', () => {
    const parsed = read(
      '全区货物进出口总额802.5亿元，同比下降1.7%，降幅比上半年扩大0.6个百分点。',
      '附表：2022年1—7月棠溪区主要经济指标',
      '指标名称 | 计量单位 | 1—7月 | ±%',
      '货物进出口总额 | 亿元 | 802.5 | -1.7',
    );
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode !== HEADLINE)
        .map((o) => [o.source, o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['table', 'foreign-trade', 'level', 802.5],
      ['table', 'foreign-trade', 'growth', -1.7],
      ['prose', 'foreign-trade', 'level', 802.5],
      ['prose', 'foreign-trade', 'growth', -1.7],
      ['prose', 'foreign-trade', 'change', -0.6],
    ]);
  });

  it('reads 城镇新增就业岗位 as new urban jobs, with its share of the year goal and the goal it implies', () => {
    const parsed = read('全区城镇登记失业率为3.12%。城镇新增就业岗位2.46万个，完成年度目标的61.5%。');
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode !== HEADLINE)
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]),
    ).toEqual([
      ['urban-unemployment-rate', 'rate', 3.12, '%'],
      ['new-urban-jobs', 'level', 2.46, '万个'],
      ['new-urban-jobs', 'share', 61.5, '%'],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit, t.derived])).toEqual([
      ['new-urban-jobs', 'full-year', 4, '万个', true],
    ]);
  });
});
