// Forms of held-out-56 (session 22, branch fix56) the parser missed at its first reading: the funds a county
// drew in named without 实际, a two-year average's gap to a benchmark, a yield per mu and a long 备案 footer.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '柳川县2022年上半年国民经济和社会发展计划执行情况的报告';
const HEADLINE = '上半年，全县实现地区生产总值45.6亿元，同比增长6.1%。';

function report(...lines: string[]) {
  return parsedReport([TITLE, '一、上半年计划执行情况', HEADLINE, ...lines].join('\n'), {
    sourceName: 'plan.txt',
  });
}

describe('F1096 招商引资到位县外资金 (the funds drawn in, without 实际)', () => {
  it('reads the plan part’s goal as the investment attracted, the stated goal over the one a share implies', () => {
    const r = report(
      '招商引资实际到位县外资金12.8亿元，完成年计划的51.2%，同比增长7.4%。',
      '二、下半年工作安排',
      '确保全年地区生产总值增长7%左右，招商引资到位县外资金25亿元以上，城镇登记失业率控制在3.5%以内。',
    );
    const attracted = r.targets
      .filter((t) => t.indicatorCode === 'investment-attracted')
      .map((t) => [t.value, t.unit, t.comparator, t.derived]);
    expect(attracted).toEqual([[25, '亿元', 'gte', false]]);
  });

  it('reads 到位市外资金 and 到位省外资金 the same way', () => {
    const r = report('引进项目到位市外资金8.6亿元，同比增长5.2%；到位省外资金3.1亿元。');
    const levels = r.observations
      .filter((o) => o.indicatorCode === 'investment-attracted' && o.measure === 'level')
      .map((o) => o.quantity?.raw);
    expect(levels).toEqual(['8.6亿元', '3.1亿元']);
  });
});

describe('F1097 两年平均增速低于全市平均水平 (a two-year average’s gap, the name before it)', () => {
  it('gives the comparison to the indicator named before 两年平均增速', () => {
    const r = report('二是两年平均增速偏低，社会消费品零售总额两年平均增速低于全市平均水平1.4个百分点。');
    const comparisons = r.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.valueBase, o.comparedWith]);
    expect(comparisons).toEqual([['retail-sales', -1.4, '全市']]);
  });

  it('still reads no plan from a two-year average’s gap to the year’s goal', () => {
    const r = report('社会消费品零售总额两年平均增速低于年度目标1.4个百分点。');
    expect(r.targets.filter((t) => t.indicatorCode === 'retail-sales')).toEqual([]);
  });
});

describe('F1098 a yield per mu or hectare (单产达到452公斤/亩)', () => {
  it('keeps the unit whole, not 公斤', () => {
    const r = report('夏粮总产量18.4万吨，单产达到438公斤/亩；玉米单产512千克/亩，合7680公斤/公顷。');
    const units = r.facts.map((f) => f.quantity.unit);
    expect(units).toContain('公斤/亩');
    expect(units).toContain('千克/亩');
    expect(units).toContain('公斤/公顷');
    expect(units).not.toContain('公斤');
    expect(units).not.toContain('千克');
  });
});

describe('F1099 a footer line of ICP, 公网安备 and 网站标识码 numbers', () => {
  it('is page furniture: none of its numbers is a figure', () => {
    const r = report(
      '柳川县人民政府办公室主办',
      '浙ICP备01234567号-2　浙公网安备33010802000456号　网站标识码：3301990042',
    );
    const raws = r.facts.map((f) => f.quantity.raw);
    expect(raws).not.toContain('-2');
    expect(raws).not.toContain('3301990042');
    expect(raws).toContain('45.6亿元');
  });
});
