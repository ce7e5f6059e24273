// Forms a district statistics bureau's 1—8月 brief showed (docs/prose-forms.md, session 22 fix53p), in
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fix53p.txt');
// The investment line gives the brief a headline figure; the tests leave it out of what they compare.
const HEADLINE = 'fixed-asset-investment';
const read = (...prose: string[]) =>
  report('2022年1—7月棠溪区经济运行简析', '一、经济运行', '1—7月，全区固定资产投资同比增长6.6%。', ...prose);
const observed = (...prose: string[]) =>
  read(...prose)
    .observations.filter((o) => o.indicatorCode !== HEADLINE)
    .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]);

describe('the one month of the output: 7月当月完成产值', () => {
  it('is the output of the sentence before, for the month alone', () => {
    expect(
      observed(
        '1—7月，全区规模以上工业总产值完成926.4亿元，同比增长3.8%。其中，7月当月完成产值131.2亿元，同比增长5.9%。',
      ),
    ).toEqual([
      ['industrial-output', 'level', 926.4, null],
      ['industrial-output', 'growth', 3.8, null],
      ['industrial-output', 'level', 131.2, '2022-M7-7'],
      ['industrial-output', 'growth', 5.9, '2022-M7-7'],
    ]);
  });
});

describe('a branch named with its output: …制造业产值', () => {
  it('reads the last item of a list and the branch restated alone, its decline signed', () => {
    expect(
      observed(
        '全区规模以上工业增加值同比增长4.2%。',
        '纺织业、专用设备制造业、印刷和记录媒介复制业产值分别增长6.1%、2.4%和-5.2%。',
        '二是个别行业下滑，印刷和记录媒介复制业产值下降5.2%。',
      ),
    ).toEqual([
      ['industrial-value-added', 'growth', 4.2, null],
      ['textiles-value-added', 'growth', 6.1, null],
      ['special-equipment-value-added', 'growth', 2.4, null],
      [generatedCode('印刷和记录媒介复制业产值'), 'growth', -5.2, null],
      [generatedCode('印刷和记录媒介复制业产值'), 'growth', -5.2, null],
    ]);
  });
});

describe('a named aggregate with a bracketed scope inside its name', () => {
  it('keeps 高技术产业（制造业部分）产值 under its name without the scope, with its share and its change', () => {
    expect(
      observed(
        '全区规模以上工业总产值926.4亿元，同比增长3.8%。高技术产业（制造业部分）产值301.5亿元，同比增长8.2%，占规模以上工业总产值的比重为32.5%，比上年同期提高1.4个百分点。',
      ),
    ).toEqual([
      ['industrial-output', 'level', 926.4, null],
      ['industrial-output', 'growth', 3.8, null],
      [generatedCode('高技术产业产值'), 'level', 301.5, null],
      [generatedCode('高技术产业产值'), 'growth', 8.2, null],
      [generatedCode('高技术产业产值'), 'share', 32.5, null],
      [generatedCode('高技术产业产值'), 'change', 1.4, null],
    ]);
  });
});

describe('a kind of housing sold: 其中住宅销售面积', () => {
  it('is a part of the housing sales area under its own name', () => {
    expect(
      observed('商品房销售面积52.36万平方米，同比下降2.1%，其中住宅销售面积44.07万平方米，增长1.3%。'),
    ).toEqual([
      ['housing-sales-area', 'level', 52.36, null],
      ['housing-sales-area', 'growth', -2.1, null],
      [generatedCode('住宅销售面积'), 'level', 44.07, null],
      [generatedCode('住宅销售面积'), 'growth', 1.3, null],
    ]);
  });
});

describe('retail through a channel: 通过公共网络实现的商品零售额', () => {
  it('is the aggregate as written, not all goods retail', () => {
    expect(
      observed(
        '全区社会消费品零售总额402.7亿元，同比增长7.5%。限额以上单位通过公共网络实现的商品零售额96.3亿元，增长12.4%，占全区社会消费品零售总额的23.9%。',
      ),
    ).toEqual([
      ['retail-sales', 'level', 402.7, null],
      ['retail-sales', 'growth', 7.5, null],
      [generatedCode('限额以上单位通过公共网络实现的商品零售额'), 'level', 96.3, null],
      [generatedCode('限额以上单位通过公共网络实现的商品零售额'), 'growth', 12.4, null],
      [generatedCode('限额以上单位通过公共网络实现的商品零售额'), 'share', 23.9, null],
    ]);
  });

  it('reads the channel written without 的 (通过互联网实现商品零售额) the same way', () => {
    expect(observed('限额以上单位通过互联网实现商品零售额增长31.6%。')).toEqual([
      [generatedCode('限额以上单位通过互联网实现商品零售额'), 'growth', 31.6, null],
    ]);
  });
});
