// Session 41, fix318: forms held-out-318 showed the parser missing (docs/prose-forms.md, "Session 41 fixes:
// fix318"). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { bodyPeriod } from '../../src/parse/body-meta.js';
import { splitLines } from '../../src/parse/lines.js';

const linesOf = (texts: string[]) => splitLines(texts.join('\n')).lines;

describe('F6471 a 通报 dated 截至 the last day of its period month', () => {
  it('reads 截至2031年11月30日 as 1—11月 of that year, not the year before', () => {
    const bulletin = [
      '截至2031年11月30日',
      '1—11月澄汀县固定资产投资同比增长6.4%。',
      '1—11月社会消费品零售总额88.1亿元，完成年度目标的90.2%。',
    ];
    expect(bodyPeriod(linesOf(bulletin))).toMatchObject({ year: 2031, code: 'M1-11' });
  });

  it('reads 截至时间：2031年9月30日 as 前三季度 of that year', () => {
    const table = [
      '填报单位：澄汀县人民政府办公室　截至时间：2031年9月30日',
      '前三季度澄汀县地区生产总值增长5.1%。',
    ];
    expect(bodyPeriod(linesOf(table))).toMatchObject({ year: 2031, code: 'Q3' });
  });

  it('leaves a day inside a month no period of its own', () => {
    const mid = ['截至2031年11月15日，澄汀县新开工项目12个。'];
    expect(bodyPeriod(linesOf(mid))).toBeNull();
  });
});
