// Forms held-out-41 showed the parser missed (branch fixmoyu), in texts of our own with invented
// places and figures: a congress body's 视察报告 on the key projects, titled without a year, dated by
// the meeting line under it and its body's 截至N月底.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { foldWidth } from '../../src/parse/normalise.js';
import { scanFigures } from '../../src/parse/numbers.js';

const BODY = [
  '主任、各位副主任、各位委员：',
  '根据常委会年度工作安排，视察组一行9人对全县项目建设情况进行了视察。现将视察情况报告如下：',
  '一、基本情况',
  '全县共安排重点项目35个，总投资88.6亿元。截至6月底，已开工项目27个，累计完成投资12.4亿元。',
];
const metaOf = (...head: string[]) => {
  const { report, problems } = parseReportText([...head, ...BODY].join('\n'), { sourceName: 'fixmoyu.txt' });
  if (!report) return problems.map((p) => p.code);
  const { genre, region, period } = report.meta;
  return [genre, region, period];
};

describe('a congress inspection report on projects (视察报告) is a review of the execution', () => {
  it('reads a yearless title by the meeting line and the body’s month end', () => {
    expect(
      metaOf(
        '关于全县重大项目推进情况的视察报告',
        '——2021年7月12日在澄阳县第九届人民代表大会常务委员会第五次会议上',
      ),
    ).toEqual(['review-opinion', '澄阳县', '2021-H1']);
  });

  it('takes the place from the inspecting body before 关于', () => {
    expect(metaOf('桐岙县人大常委会视察组关于全县固定资产投资情况的视察报告', '（2020年7月20日）')).toEqual([
      'review-opinion',
      '桐岙县',
      '2020-H1',
    ]);
  });

  it('reads an 调研报告 on the plan’s execution the same way', () => {
    expect(
      metaOf(
        '关于全县重点项目建设情况的调研报告',
        '——2022年7月26日在澄阳县第十届人民代表大会常务委员会第三次会议上',
      ),
    ).toEqual(['review-opinion', '澄阳县', '2022-H1']);
  });

  it('is not an inspection of another subject', () => {
    expect(
      metaOf(
        '关于全县农村饮水安全工作的视察报告',
        '——2021年7月12日在澄阳县第九届人民代表大会常务委员会第五次会议上',
      ),
    ).toContain('not-a-report');
  });
});

describe('figures inside named projects of an inspection’s prose', () => {
  const read = (...prose: string[]) => {
    const text = ['澄阳县2020年前三季度国民经济和社会发展计划执行情况的报告', '一、项目建设', ...prose].join(
      '\n',
    );
    const report = parseReportText(text, { sourceName: 'fixmoyu.txt' }).report;
    if (!report) throw new Error('no report');
    return report;
  };
  const facts = (report: ReturnType<typeof read>) => report.facts.map((f) => f.quantity.raw);

  it('takes a capacity in a name closed by 总投资 as the name’s', () => {
    const report = read('（一）工业项目。澄阳县5万吨蜂蜜精深加工项目总投资3.2亿元，1-9月完成投资1.1亿元。');
    expect(facts(report)).not.toContain('5万吨');
    expect(report.projects.map((p) => p.name)).toContain('澄阳县5万吨蜂蜜精深加工项目');
  });

  it('takes a plant’s power in brackets after its name as its size', () => {
    const report = read('桐岙风电场三期（50兆瓦）总投资3.6亿元，已建成并网。');
    expect(facts(report)).not.toContain('50');
    expect(report.projects.map((p) => p.name)).toContain('桐岙风电场三期(50兆瓦)');
  });

  it('names no project by a share of the completed investment', () => {
    const report = read('三是结构不优，工业项目完成投资仅占全部项目完成投资的28.4%。');
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('the figures scanned around a named project', () => {
  const raws = (text: string) => scanFigures(foldWidth(text)).map((f) => f.quantity.raw);
  it.each([
    ['(一)工业项目。澄阳县5万吨蜂蜜精深加工项目总投资3.2亿元', ['3.2亿元']],
    ['桐岙县30万吨饲料项目计划总投资2.1亿元', ['2.1亿元']],
    ['桐岙风电场三期(50兆瓦)总投资3.6亿元', ['3.6亿元']],
    ['澄阳光伏电站(30兆瓦)已并网', []],
    ['新增装机(50兆瓦)', ['50兆瓦']],
  ])('%s → %j', (text, figures) => {
    expect(raws(text)).toEqual(figures);
  });
});
