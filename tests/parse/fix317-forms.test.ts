// Forms the held-out-317 batch showed the parser missed (session 41, branch fix317): a county head's speech at the
// 全县经济工作会议 that names its county only as the stem of its development zone and of one project (F6461).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const speech = (zoneLine: string) =>
  [
    '在全县经济工作会议上的讲话',
    '（2025年1月6日）',
    '县委副书记、县长　郑远舟',
    '同志们：',
    '今天召开全县经济工作会议，总结2024年经济工作，安排部署2025年重点任务。',
    '一是经济总量稳步扩大。全年地区生产总值完成96.4亿元，同比增长5.6%。',
    zoneLine,
    '2025年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
    '谢谢大家！',
  ].join('\n');

describe("a speech naming its county only by its zone's stem and one project's (F6461)", () => {
  it('reads the county from the zone and the project the stem heads, with a warning', () => {
    const { report, problems } = parseReportText(
      speech(
        '全年实施重点项目28个。柘岚经济开发区新能源材料项目当年完成投资3.1亿元；柘岚水库除险加固工程已竣工。',
      ),
      { sourceName: 'speech.txt' },
    );
    expect(report?.meta.region).toBe('柘岚县');
    expect(problems.some((p) => p.code === 'region-from-text')).toBe(true);
  });

  it("stays refused when the zone's stem heads no other name (a town's zone in a county's speech)", () => {
    const { report, problems } = parseReportText(
      speech('全年实施重点项目28个。芗岙经济开发区基础设施建设取得新进展，储备工业用地86公顷。'),
      { sourceName: 'speech.txt' },
    );
    expect(report).toBeNull();
    expect(problems.some((p) => p.code === 'no-region')).toBe(true);
  });
});

describe('a review opinion urging the government on named works, 督促甲项目加快建设 (F6462)', () => {
  const report = parsedReport(
    [
      '蔺沣县人大常委会关于2024年国民经济和社会发展计划执行情况的审查意见',
      '会议认为，2024年全县地区生产总值完成63.2亿元，增长5.1%。蔺沣县城北供水厂项目完成投资1.4亿元，占年度计划的82.4%。',
      '会议建议：着力加快项目建设。督促蔺沣县城北供水厂项目加快建设，力争年内建成通水；敦促蔺沣物流园项目尽快开工。',
    ].join('\n'),
    { sourceName: 'review.txt', region: '蔺沣县' },
  );

  it('names the works, not the verb that urges them', () => {
    const names = report.projects.map((p) => p.name);
    expect(names.some((n) => n.startsWith('督促') || n.startsWith('敦促'))).toBe(false);
    expect(names).toContain('蔺沣县城北供水厂项目');
  });
});

describe("a CPPCC 视察报告 whose only naming is its closing group's signature, 政协某县委员会视察组 (F6463)", () => {
  it('reads the county from the signature over the day', () => {
    const { report } = parseReportText(
      [
        '关于全县重点项目建设情况的视察报告',
        '根据年度工作安排，9月中旬，县政协组织部分委员对全县重点项目建设情况进行了视察。',
        '截至8月底，全县实施重点项目36个，完成投资21.4亿元，占年度计划的68.2%。',
        '建议：加快项目建设，力争全年完成投资30亿元以上。',
        '政协溆岚县委员会视察组',
        '2025年9月20日',
      ].join('\n'),
      { sourceName: 'inspection.txt' },
    );
    expect(report?.meta.region).toBe('溆岚县');
    expect(report?.meta.genre).toBe('review-opinion');
  });
});
