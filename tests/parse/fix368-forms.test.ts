// Forms the three-hundred-and-sixty-eighth and seventieth held-out batches showed the parser missed (session 44,
// branch fix368). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PAGE_TITLE = '县政协召开上半年经济形势协商座谈会';
const PAGE_LEAD = '7月16日，县政协召开协商座谈会。上半年，全县实现地区生产总值41.26亿元，同比增长5.3%。';
const OPTIONS = { sourceName: 'news.txt', region: '澧霞县', period: '2031-H1' } as const;

describe('力争全年…，新增规模以上工业企业N家以上: a goal’s count of new firms, named as written (F7471)', () => {
  const report = parsedReport(
    [
      PAGE_TITLE,
      PAGE_LEAD,
      '委员谭秋岚建议，加大企业培育力度，力争全年规模以上工业增加值增长8%左右，新增规模以上工业企业12家以上。',
    ].join('\n'),
    OPTIONS,
  );

  it('reads the count as a full-year target of 新增规模以上工业企业', () => {
    const goal = report.targets.find((t) => t.indicatorName === '新增规模以上工业企业');
    expect(goal).toMatchObject({ value: 12, unit: '家', comparator: 'gte', horizon: 'full-year' });
  });

  it('leaves the same count given as a result a fact', () => {
    const result = parsedReport([PAGE_TITLE, PAGE_LEAD, '上半年新增规上工业企业7家。'].join('\n'), OPTIONS);
    expect(result.targets.filter((t) => t.unit === '家')).toEqual([]);
  });
});

describe('委员甲建议，…，推动全年甲增长A%以上: a member’s proposal pushing the year’s figure is a goal (F7472)', () => {
  const report = parsedReport(
    [
      PAGE_TITLE,
      PAGE_LEAD,
      '社会消费品零售总额18.64亿元，增长4.1%。',
      '委员龚雨桐建议，办好夏季促消费活动，推动全年社会消费品零售总额增长6%以上。',
    ].join('\n'),
    OPTIONS,
  );

  it('reads the push as a full-year target, not a growth of the half', () => {
    expect(report.targets.find((t) => t.indicatorCode === 'retail-sales')).toMatchObject({
      value: 6,
      comparator: 'gte',
      horizon: 'full-year',
    });
    const growths = report.observations.filter(
      (o) => o.indicatorCode === 'retail-sales' && o.measure === 'growth',
    );
    expect(growths.map((o) => o.quantity.value)).toEqual([4.1]);
  });
});
