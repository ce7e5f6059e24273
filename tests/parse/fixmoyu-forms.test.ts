// Forms held-out-41 showed the parser missed (branch fixmoyu), in texts of our own with invented
// places and figures: a congress body's 视察报告 on the key projects, titled without a year, dated by
// the meeting line under it and its body's 截至N月底.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

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
