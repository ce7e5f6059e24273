// Forms the held-out batches 226 and 228 showed the parser missed (session 36, branch fix226): a meeting's next
// agenda item 会议还听取了…汇报 after its 会议要求 read as requests; a holiday window opening a later clause with no
// comma of its own; a building finished 已于YYYY年M月竣工; a school campus 建成招生; a cooperation programme's
// 协作项目 read as a project. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const news = linesReader('jiahe-2026-m4-news.txt');

const MEETING = [
  '甲禾县召开县政府第12次常务会议',
  '来源：甲禾县人民政府办公室　　发布时间：2026-05-18 16:20',
  '5月16日，县长主持召开县政府第12次常务会议，听取1—4月全县经济运行情况汇报。',
  '会议听取了县统计局关于1—4月全县经济运行情况的汇报。1—4月，全县规模以上工业增加值增长4.6%，固定资产投资增长7.2%，社会消费品零售总额增长3.9%。',
  '会议要求，一要全力抓好项目建设，力争全年固定资产投资增长10%。二要全力促进消费回补。',
];

describe('会议还听取了…汇报 after a meeting’s 会议要求 (F4771)', () => {
  it('reads the next agenda item’s figures as results, not the requests’ goals', () => {
    const report = news(
      ...MEETING,
      '会议还听取了县文化旅游局关于景区开放的汇报。4月份全县景区全部恢复开放，全县接待游客5.4万人次，实现旅游收入0.37亿元。',
    );
    expect(report.targets.map((t) => t.indicatorName)).not.toContain('旅游收入');
  });

  it('keeps the requests’ own goal a target', () => {
    const report = news(...MEETING, '会议还听取了县文化旅游局关于景区开放的汇报。');
    expect(report.targets.map((t) => [t.indicatorCode, t.value])).toContainEqual([
      'fixed-asset-investment',
      10,
    ]);
  });
});

describe('a holiday window opening a later clause, no comma of its own (F4772)', () => {
  it('keeps the holiday’s visitors and takings facts only', () => {
    const report = news(
      ...MEETING.slice(0, 4),
      '4月份全县景区全部恢复开放，“五一”假期全县接待游客5.4万人次，实现旅游收入0.37亿元，分别恢复到上年同期的58.2%和51.6%。',
    );
    const observed = report.observations.map((o) => o.quantity?.value);
    expect(observed).not.toContain(5.4);
    expect(observed).not.toContain(0.37);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([5.4, 0.37]));
  });

  it('leaves a figure after 假期后 the period’s', () => {
    const report = news(
      ...MEETING.slice(0, 4),
      '4月份全县景区全部恢复开放，春节假期后全县接待游客5.4万人次。',
    );
    expect(report.observations.map((o) => o.quantity?.value)).toContain(5.4);
  });
});

const workReport = linesReader('jiahe-2026-fy-gov-report.txt');
const REVIEW = ['甲禾县2027年政府工作报告', '一、2026年工作回顾', '2026年，全县地区生产总值增长5.2%。'];

describe('a building finished 已于YYYY年M月竣工 (F4773)', () => {
  it('names the building without the date', () => {
    const report = workReport(...REVIEW, '县中医院门诊综合楼已于2026年10月竣工，明年投入使用。');
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.status])).toContainEqual([
      '县中医院门诊综合楼',
      '竣工',
    ]);
  });
});

describe('a school campus 建成招生 (F4774)', () => {
  it('is a project named without amounts', () => {
    const report = workReport(...REVIEW, '县第三中学新校区建成招生，新增学位1800个。');
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.status])).toContainEqual([
      '县第三中学新校区',
      '建成招生',
    ]);
  });
});

describe('a cooperation programme’s 协作项目 (F4775)', () => {
  it('is a class of projects, never one', () => {
    const report = workReport(
      ...REVIEW,
      '二、存在的问题',
      '一是消费恢复偏慢。二是东西部协作项目落地转化还需加快。三是对口帮扶项目进度偏慢。',
    );
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });
});
