// Forms of a county 常委会's 审议意见 on the half-year plan report (held-out-290's changba): the economy's growth
// said in full (经济增长速度) short of the year's plan, and a price index's ceiling the review asks for (把居民
// 消费价格涨幅控制在A%以内). Sentences of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '鹭岙县人大常委会关于县人民政府2013年上半年国民经济和社会发展计划执行情况报告的审议意见';
const review = (...lines: string[]) =>
  parsedReport(
    [
      TITLE,
      '　　会议认为，上半年，全县实现地区生产总值31.42亿元，同比增长10.6%；居民消费价格上涨4.7%。',
      ...lines,
    ].join('\n'),
    { sourceName: 'luao-review.txt' },
  );

describe('the growth said in full before a gap to the plan (增长速度低于年度计划, F6001)', () => {
  for (const subject of ['经济增长速度', '地区生产总值增长速度']) {
    it(`reads ${subject}低于年度计划N个百分点 as GDP's gap and the year's derived plan`, () => {
      const report = review(`　　会议指出，一是${subject}低于年度计划1.4个百分点，工业后劲不足。`);
      expect(
        report.observations
          .filter((o) => o.measure === 'comparison')
          .map((o) => [o.indicatorCode, o.quantity?.value]),
      ).toEqual([['gdp', -1.4]]);
      expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.derived])).toEqual([
        ['gdp', 'full-year', 12, true],
      ]);
    });
  }
});

describe("a price index's ceiling a review asks for (把居民消费价格涨幅控制在A%以内, F6002)", () => {
  for (const request of ['把居民消费价格涨幅控制在4.5%以内', '要将居民消费价格涨幅控制在4.5%以内']) {
    it(`reads ${request} as the year's ceiling, not a rise of prices`, () => {
      const report = review(
        '　　为确保完成全年各项目标任务，会议建议：',
        '　　（一）稳定经济增长，力争全年地区生产总值增长12%以上。',
        `　　（二）抓好物价调控，${request}。`,
      );
      expect(
        report.observations.filter((o) => o.indicatorCode === 'cpi').map((o) => o.quantity?.value),
      ).toEqual([4.7]);
      expect(
        report.targets
          .filter((t) => t.indicatorCode === 'cpi')
          .map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]),
      ).toEqual([['cpi', 'full-year', 4.5, 'lte']]);
    });
  }
});

describe('a project named again behind the verb of its works (续建甲项目，年度计划投资Y亿元, F6003)', () => {
  it("folds the draft's 续建 mention into the project the results named, its year's plan a mention of it", () => {
    const report = parsedReport(
      [
        '关于鹭岙县2012年国民经济和社会发展计划执行情况与2013年国民经济和社会发展计划草案的报告',
        '一、2012年国民经济和社会发展计划执行情况',
        '（五）重点项目建设成效明显。鹭岙县菌菇精深加工产业园项目总投资3.4亿元，累计完成投资2.2亿元；鹭岙县中医院住院楼项目总投资1.1亿元，完成投资0.6亿元。',
        '二、2013年国民经济和社会发展计划草案',
        '（一）全力推进项目建设。续建鹭岙县菌菇精深加工产业园项目，年度计划投资0.9亿元。',
      ].join('\n'),
      { sourceName: 'luao-plan.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual([
      '鹭岙县菌菇精深加工产业园项目',
      '鹭岙县中医院住院楼项目',
    ]);
    expect(report.projects[0]?.mentions.length).toBeGreaterThan(1);
  });
});
