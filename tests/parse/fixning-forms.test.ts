// Forms held-out-15 showed the parser missed (ningtuo, linyuan, lanshe; docs/prose-forms.md, "held-out-15's
// forms (fixning)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixning.txt');
const communique = (...prose: string[]) => report('澄县2015年国民经济和社会发展统计公报', ...prose);
const factUnits = (...prose: string[]) =>
  communique(...prose).facts.map((f) => [f.quantity.value, f.quantity.unit]);

describe('counts in 起 and 栋 (发生各类生产安全事故11起, 一期3栋厂房已竣工)', () => {
  it('keeps the count with its classifier, not a bare number', () => {
    const facts = factUnits(
      '全县生产总值增长6.1%。',
      '全年发生各类生产安全事故7起，死亡5人。一期4栋厂房已竣工。',
    );
    expect(facts).toContainEqual([7, '起']);
    expect(facts).toContainEqual([4, '栋']);
    expect(facts).not.toContainEqual([7, '']);
    expect(facts).not.toContainEqual([4, '']);
  });
});

const observed = (...prose: string[]) =>
  communique(...prose).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('a communiqué’s environment rates given bare (森林覆盖率达到A%, 城市污水处理率达到B%)', () => {
  it('keeps each rate under its written name; a scheme’s coverage stays a fact', () => {
    const prose = [
      '全县生产总值增长6.1%。',
      '全年完成造林面积2.7千公顷，森林覆盖率达到58.4%。',
      '全年城市污水处理率达到83.1%，生活垃圾无害化处理率达到95.0%。城乡居民医保参保率达到97%。',
    ];
    expect(observed(...prose)).toEqual([
      ['生产总值', 'growth', 6.1],
      ['森林覆盖率', 'rate', 58.4],
      ['城市污水处理率', 'rate', 83.1],
      ['生活垃圾无害化处理率', 'rate', 95],
    ]);
  });
});

describe('a business volume (全年邮电业务总量X亿元，增长A%)', () => {
  it('is a named aggregate with its level and growth', () => {
    expect(observed('全县生产总值增长6.1%。', '全年邮电业务总量2.86亿元，增长8.3%。')).toEqual([
      ['生产总值', 'growth', 6.1],
      ['邮电业务总量', 'level', 2.86],
      ['邮电业务总量', 'growth', 8.3],
    ]);
  });
});

describe('利税 named bare after another firms’ account (…企业实现利润总额X亿元…；实现利税Y亿元，增长A%)', () => {
  it('is the firms’ named aggregate, level and growth', () => {
    const rows = observed(
      '全县生产总值增长6.1%。',
      '全县规模以上工业企业实现利润总额41.27亿元，增长6.2%；实现利税63.05亿元，增长5.4%。',
    ).filter(([name]) => String(name).endsWith('利税'));
    expect(rows).toEqual([
      ['规模以上工业企业利税', 'level', 63.05],
      ['规模以上工业企业利税', 'growth', 5.4],
    ]);
  });
});

describe('a rank repeated in the problems with its indicator named short and its move', () => {
  it('is the earlier rank’s indicator, with the move (一是工业增速…，增速居全市第N位，较一季度后移1位)', () => {
    const ranks = communique(
      '全县生产总值增长6.1%。',
      '上半年，全县规模以上工业增加值同比增长5.3%，增速居全市第7位。',
      '一是工业增速低于全市平均水平，增速居全市第7位，较一季度后移2位；',
    ).rankings.map((r) => [r.indicatorCode, r.rank, r.change]);
    expect(ranks).toEqual([
      ['industrial-value-added', 7, null],
      ['industrial-value-added', 7, -2],
    ]);
  });
});

describe('projects counted in words with 两 (甲和乙两个项目分别完成投资a亿元和b亿元)', () => {
  it('names both projects, each with its own amount', () => {
    const projects = report(
      '澄县2024年1—9月重点项目建设进展情况通报',
      '1—9月，全县重点项目完成投资42.6亿元。',
      '此外，澄县中医院门诊楼和桐溪滨河公园两个项目分别完成投资0.47亿元和0.29亿元。',
    ).projects.map((p) => [p.name, p.mentions.map((m) => m.completedInvestment)]);
    expect(projects).toEqual([
      ['澄县中医院门诊楼', [47000000]],
      ['桐溪滨河公园', [29000000]],
    ]);
  });
});
