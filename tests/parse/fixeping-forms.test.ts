// A form the thirty-eighth held-out batch showed the parser missed (session 18, branch fixeping): a project
// named among a report's problems by the land or papers it still waits for (甲公路征地拆迁尚未完成), its name
// ending in no 项目 or 工程. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

function projectsOf(sentence: string) {
  const report = sectionReport('lagging.txt', '2018年上半年澄阳县经济运行分析', [
    '上半年，全县地区生产总值46.2亿元，同比增长6.9%。',
    sentence,
  ]);
  return report.projects.map((p) => [p.name, p.mentions[0]?.status ?? null]);
}

describe('a project waiting for its land or papers', () => {
  it.each([
    [
      '征地拆迁尚未完成',
      '二是个别项目推进不快，澄阳至桐岙二级公路征地拆迁尚未完成，澄阳县污水处理厂扩建项目进展缓慢。',
    ],
    [
      '征地仍未到位',
      '二是个别项目推进不快，澄阳至桐岙二级公路征地仍未到位，澄阳县污水处理厂扩建项目进展缓慢。',
    ],
    [
      '用地手续未办结',
      '二是个别项目推进不快，澄阳至桐岙二级公路用地手续未办结，澄阳县污水处理厂扩建项目进展缓慢。',
    ],
  ])('%s is the status of the road named before it', (status, sentence) => {
    expect(projectsOf(sentence)).toEqual([
      ['澄阳至桐岙二级公路', status],
      ['澄阳县污水处理厂扩建项目', '进展缓慢'],
    ]);
  });

  it('names no project in a clause about land work in general', () => {
    expect(projectsOf('二是要素保障压力较大，全县征地拆迁尚未完成的地块较多。')).toEqual([]);
  });
});
