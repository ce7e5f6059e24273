// Forms the leftovers of held-out-281 showed the parser missed (session 39, branch fixtail39c).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '嵛岚县发展和改革局关于2015年国民经济和社会发展计划执行情况与2016年计划草案的报告';

describe('F5941: a part titled by the five-year goals (三、“十三五”时期发展目标)', () => {
  it('reads a level to 2020 after a yearly pace as the five-year goal', () => {
    const report = parsedReport(
      [
        TITLE,
        '一、2015年计划执行情况',
        '地区生产总值73.4亿元，增长8.2%。',
        '三、“十三五”时期发展目标',
        '“十三五”时期全县经济社会发展的主要目标是：地区生产总值年均增长8%左右，到2020年达到118亿元以上；一般公共预算收入年均增长7%以上。',
      ].join('\n'),
      { sourceName: 'yulan.txt' },
    );
    const gdp = report.targets.filter((t) => t.indicatorCode === 'gdp');
    expect(gdp.map((t) => [t.horizon, t.value, t.unit])).toEqual([
      ['five-year', 8, '%'],
      ['five-year', 118, '亿元'],
    ]);
  });

  it('leaves a part saying the goals were met a part of results', () => {
    const report = parsedReport(
      [TITLE, '一、全面完成“十二五”发展目标', '2015年地区生产总值达到73.4亿元，年均增长9.1%。'].join('\n'),
      { sourceName: 'yulan.txt' },
    );
    expect(report.targets).toEqual([]);
  });
});

describe('F5942: a name-only project before the first amount in a lead verb’s list', () => {
  it('reads 重点推进甲、总投资X亿元的乙 as two projects, the first without an amount', () => {
    const report = parsedReport(
      [
        TITLE,
        '五、2016年主要工作',
        '（一）扎实推进项目建设。重点推进嵛岚工业园标准厂房二期、总投资7.4亿元的嵛岚县城区污水管网改造工程、总投资3.1亿元的县中医院迁建项目。',
      ].join('\n'),
      { sourceName: 'yulan.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual([
      '嵛岚工业园标准厂房二期',
      '嵛岚县城区污水管网改造工程',
      '县中医院迁建项目',
    ]);
  });
});
