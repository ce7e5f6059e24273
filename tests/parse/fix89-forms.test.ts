// Forms the eighty-ninth held-out batch showed the parser missed (session 28, branch fix89): a news page
// on a ceremony of project starts dated only by its speech (截至9月底, 前三季度) and its page date, with a
// rank move from the half (由上半年的第N位) and an official who 宣布项目开工; a project's yield once built
// (建成后可实现…税收); a 统计快报 table by 乡镇（园区）; trade's goal in words (外贸进出口保持稳定增长);
// a finished project named with the capacity it added (新增吞吐能力). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { bodyPeriod } from '../../src/parse/body-meta.js';
import { splitLines } from '../../src/parse/lines.js';
import { parsedReport } from '../helpers/report.js';

const CEREMONY = [
  '我县举行2031年第四季度重点项目集中开工仪式',
  '发布时间：2031-10-12 10:05　来源：榴川县融媒体中心',
  '10月11日上午，全县重点项目集中开工仪式在县产业园举行。',
  '本次集中开工项目9个，总投资42.6亿元。其中，榴川县年产3万吨特种纸项目，总投资8.2亿元，建成后可实现年产值12亿元、税收0.9亿元。',
  '签约仪式上，县政府与多地客商现场签约项目6个，签约金额31.5亿元，涵盖新材料、现代物流等领域。',
  '与会领导为项目培土奠基，并观摩了产业园建设现场。',
  '县长在致辞中说，截至9月底，全县重点项目累计完成投资96.3亿元。前三季度全县地区生产总值增长6.1%，规上工业增加值增长7.8%，增速位次由上半年的全市第5位跃升至第2位。',
  '副市长梅远山宣布项目开工。',
];
const ceremony = () => parsedReport(CEREMONY.join('\n'), { sourceName: 'news.txt' });

describe('F2011 a ceremony news page dated by its speech and its page date', () => {
  it('reads 前三季度 and 截至9月底 as the period, the half of a rank move not counted', () => {
    const { meta } = ceremony();
    expect([meta.year, meta.period]).toEqual([2031, '2031-Q3']);
    // The body alone (what the meta reader falls back on when the opening says no period).
    expect(bodyPeriod(splitLines(CEREMONY.join('\n')).lines)).toMatchObject({ year: 2031, code: 'Q3' });
  });
});

describe('F2012 an official who declares the works started', () => {
  it('某某宣布项目开工 names no project', () => {
    expect(ceremony().projects.map((p) => p.name)).toEqual(['榴川县年产3万吨特种纸项目']);
  });
});

describe('F2013 what a project will yield once built', () => {
  it('建成后可实现年产值X亿元、税收Y亿元 gives no observation, only facts', () => {
    const parsed = ceremony();
    expect(parsed.observations.map((o) => o.indicatorCode)).not.toContain('tax-revenue');
    expect(parsed.facts.map((f) => f.quantity.raw)).toContain('0.9亿元');
  });
});

describe('F2014 a 统计快报 table by 乡镇（园区）', () => {
  it('reads the towns and the park as other places, no indicator of the county', () => {
    const parsed = parsedReport(
      [
        '榴川县2031年1—10月主要经济指标快报',
        '1—10月，全县规上工业增加值同比增长8.1%。',
        '表2　2031年1—10月分乡镇（园区）主要指标',
        '乡镇（园区）\t规上工业增加值增速（%）\t固定资产投资（亿元）\t投资增速（%）',
        '城关镇\t5.4\t8.12\t2.6',
        '榴北乡\t9.1\t3.05\t-4.2',
        '县开发区\t12.7\t20.46\t16.3',
      ].join('\n'),
      { sourceName: 'brief.txt' },
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 8.1],
    ]);
  });
});

const PLAN = [
  '政府工作报告',
  '——2031年1月10日在榴川市第九届人民代表大会第五次会议上',
  '过去的一年，全市地区生产总值增长5.8%。榴川港南港区二期工程新增吞吐能力800万吨。',
  '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；外贸进出口保持稳定增长；城镇调查失业率控制在5.5%以内。',
];
const plan = () => parsedReport(PLAN.join('\n'), { sourceName: 'report.txt' });

describe('F2015 trade’s goal said in words (保持稳定增长)', () => {
  it('is a target without a figure', () => {
    expect(
      plan()
        .targets.filter((t) => t.indicatorCode === 'foreign-trade')
        .map((t) => [t.value, t.comparator]),
    ).toEqual([[null, null]]);
  });
});

describe('F2016 a finished project named with the capacity it added', () => {
  it('甲港区二期工程新增吞吐能力X万吨 is a project, its capacity a fact', () => {
    const parsed = plan();
    expect(parsed.projects.map((p) => p.name)).toEqual(['榴川港南港区二期工程']);
    expect(parsed.facts.map((f) => f.quantity.raw)).toContain('800万吨');
  });
});
