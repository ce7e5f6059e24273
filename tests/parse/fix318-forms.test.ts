// Session 41, fix318: forms held-out-318 showed the parser missing (docs/prose-forms.md, "Session 41 fixes:
// fix318"). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { bodyPeriod } from '../../src/parse/body-meta.js';
import { splitLines } from '../../src/parse/lines.js';
import { parsedReport } from '../helpers/report.js';

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

const BULLETIN = [
  '澄汀县2031年县政府重点工作任务进展情况通报（1—11月）',
  '截至2031年11月30日',
  '序号\t任务\t责任单位\t年度目标\t1—11月完成\t完成进度%',
  '1\t地区生产总值\t县统计局\t增长6%左右\t增长5.4%（前三季度）\t—',
  '2\t固定资产投资\t县发展改革委\t增长9%\t增长7.1%\t—',
  '3\t城镇新增就业\t县人力资源和社会保障局\t5200人以上\t5380人\t103.5',
  '澄汀县人民政府办公室',
];
const bulletin = () =>
  parsedReport(BULLETIN.join('\n'), { sourceName: 'bulletin.txt', period: '2031-M1-11' });

describe('F6472–F6474 a 通报 sheet of tasks with their year goals', () => {
  it('reads 任务 as the name column and 年度目标 as the full-year targets (F6472)', () => {
    const { targets } = bulletin();
    expect(targets.map((t) => [t.indicatorCode, t.comparator, t.value])).toEqual(
      expect.arrayContaining([
        ['gdp', 'approx', 6],
        ['fixed-asset-investment', 'eq', 9],
        ['new-urban-jobs', 'gte', 5200],
      ]),
    );
  });

  it('gives 增长5.4%（前三季度） in the 1—11月 column its own period (F6473)', () => {
    const gdp = bulletin().observations.find((o) => o.indicatorCode === 'gdp' && o.measure === 'growth');
    expect([gdp?.quantity?.value, gdp?.period]).toEqual([5.4, '2031-Q3']);
  });

  it('judges 5200人以上 met by a part year of 5380 new jobs (F6474)', () => {
    const jobs = bulletin().targets.find((t) => t.indicatorCode === 'new-urban-jobs');
    expect(jobs?.attainment).toBe('met');
  });
});
