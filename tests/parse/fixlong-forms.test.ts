// Forms a district bureau's 1—5月 analysis delivered as a Word file showed (docs/prose-forms.md,
// "A signature above an appendix table, and a problems list's changes (fixlong)"), in sentences of our
// own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixlong.txt');
const TITLE = '1—5月全区经济运行情况分析';
const IVA = '1—5月，全区规模以上工业增加值8.31亿元，同比增长6.4%，居苕泽市六县区第3位。';
const SIGNED = '苕川区统计局　2018年6月21日';
/** An appendix table of 13 rows under its caption, with a category column merged down (cells left empty). */
const TABLE = [
  '附表　苕川区2018年1—5月主要经济指标',
  '类别\t指标名称\t单位\t1—5月\t同比增长（%）',
  '工业\t规模以上工业增加值\t亿元\t8.31\t6.4',
  '\t规模以上工业主营业务收入\t亿元\t30.52\t7.7',
  '投资\t500万元以上固定资产投资\t亿元\t21.46\t12.1',
  '\t其中：房地产开发投资\t亿元\t4.28\t-3.2',
  '消费\t社会消费品零售总额\t亿元\t14.07\t8.8',
  '\t其中：限额以上消费品零售额\t亿元\t3.95\t10.2',
  '财政\t大口径财政收入\t亿元\t3.64\t11.3',
  '\t一般公共预算收入\t亿元\t2.08\t9.5',
  '\t一般公共预算支出\t亿元\t6.71\t5.9',
  '金融\t各项存款余额\t亿元\t97.33\t4.6',
  '\t各项贷款余额\t亿元\t61.25\t5.8',
  '注：存贷款余额为5月末数，增速为比年初增长。',
];

describe('a bureau signature above an appendix table (苕川区统计局　2018年6月21日, then 附表 and its rows)', () => {
  it('dates the report from the signature though the table pushes it far from the end', () => {
    const { meta } = report(TITLE, '苕川区统计局', IVA, SIGNED, ...TABLE);
    expect([meta.genre, meta.region, meta.period, meta.publishedAt]).toEqual([
      'statistics-analysis',
      '苕川区',
      '2018-M1-5',
      '2018-06-21T00:00:00+08:00',
    ]);
  });

  it('keeps the merged category out of the rows: 大口径财政收入 is total fiscal revenue', () => {
    const parsed = report(TITLE, '苕川区统计局', IVA, SIGNED, ...TABLE);
    const fiscal = parsed.observations.filter((o) => o.indicatorCode === 'fiscal-total-revenue');
    expect(fiscal.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 3.64],
      ['growth', 11.3],
    ]);
    expect(parsed.observations.some((o) => o.indicatorCode?.startsWith('x-'))).toBe(false);
  });
});

describe('降幅比1—4月扩大 among the problems (an em dash in the month range, a point’s ordinal)', () => {
  const change = (sentence: string) =>
    report(TITLE, '苕川区统计局', IVA, '六、需要关注的问题', sentence, SIGNED)
      .observations.filter((o) => o.measure === 'change')
      .map((o) => [o.indicatorCode, o.quantity?.value]);

  it('reads the change of the subject named after 二是', () => {
    expect(
      change(
        '一是工业企业效益下滑；二是房地产开发投资持续下降，降幅比1—4月扩大2.3个百分点；三是项目进展缓慢。',
      ),
    ).toEqual([['real-estate-investment', -2.3]]);
  });

  it('reads 1—4月 like 1-4月 after a subject and 降幅', () => {
    expect(change('房地产开发投资降幅比1—4月收窄0.7个百分点。')).toEqual([['real-estate-investment', 0.7]]);
  });
});
