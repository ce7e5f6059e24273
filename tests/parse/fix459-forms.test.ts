// Forms held-out-455, 456, 457 and 459 showed the parser misreading (session 49, fixer fix459): a 公报's table
// caption with its number run into the title, a plan part's bare 完成投资 of a works, 其中自营出口 after the
// whole trade, an ownership class's firms counted before their growth, an ownership class of industry above the
// size line, a numbered production line of a project, the county town's upgrading programme, and the output a
// shortage cost. Sentences, places and figures are our own, invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import type { ParsedReport } from '../../src/parse/types.js';
import { ingestedReport } from '../helpers/report.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix459-forms.txt' });
const observations = (report: { observations: ParsedReport['observations'] } | null | undefined) =>
  (report?.observations ?? []).map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);

const plan = (...prose: string[]) =>
  parse(
    '关于沣岭县2003年国民经济和社会发展计划执行情况与2004年计划草案的报告',
    '沣岭县发展计划委员会',
    '一、2003年国民经济和社会发展计划执行情况',
    '全县实现国内生产总值42.6亿元，增长11.4%。',
    ...prose,
  ).report;

const cellsRow = (...cells: string[]) => `<tr>${cells.map((text) => `<td>${text}</td>`).join('')}</tr>`;

/** A 公报 page with one herd table under the given caption: 牲畜总头数, 大牲畜, 牛, 羊 and 猪 rows with growths. */
const communique = (caption: string) =>
  new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>澄溪旗2014年国民经济和社会发展统计公报</title></head><body>
<h1>澄溪旗2014年国民经济和社会发展统计公报</h1><p>澄溪旗统计局</p><p>一、农牧业</p>
<p>全年农林牧渔业总产值18.42亿元，比上年增长5.6%。</p>
<p>${caption}</p><table>${cellsRow('指标', '单位', '存栏数', '比上年增长（%）')}${cellsRow('牲畜总头数', '万头（只）', '98.6', '3.2')}${cellsRow('大牲畜', '万头', '12.4', '4.1')}${cellsRow('其中：牛', '万头', '10.6', '5.3')}${cellsRow('羊', '万只', '82.1', '2.9')}${cellsRow('猪', '万头', '4.1', '1.6')}</table>
<p>二、工业</p><p>全年规模以上工业增加值比上年增长9.1%。</p></body></html>`);

describe('F9601 a caption whose number runs into its title (rules.ts caption)', () => {
  it('reads 表2牧业年度（6月末）主要牲畜存栏 as the herd table’s caption: its rows give nothing', async () => {
    const { report } = await ingestedReport(
      communique('表2牧业年度（6月末）主要牲畜存栏'),
      'fix459-communique.html',
    );
    expect(observations(report).map(([, name]) => name)).toEqual([
      '农林牧渔业总产值',
      '农林牧渔业总产值',
      '规模以上工业增加值',
    ]);
  });
});

describe('F9602 a plan part’s works with a bare 完成投资 (project-mentions.ts)', () => {
  it('reads 实施甲工程，完成投资X亿元 as the year’s amount planned, nothing done yet', () => {
    const report = plan(
      '二、2004年重点工作',
      '（三）推进城镇建设。实施县城北部新区供水管网工程，完成投资2.6亿元；开工建设沣岭体育中心。',
    );
    const works = report?.projects.find((p) => p.name === '县城北部新区供水管网工程');
    expect(works?.mentions.map((m) => [m.phase, m.plannedInvestment, m.completedInvestment])).toEqual([
      ['planned', 260000000, null],
    ]);
  });
});

describe('F9603 其中自营出口 after the whole trade (prose-clauses.ts)', () => {
  it('reads the own-account exports as the exports', () => {
    const report = plan(
      '（五）对外开放扩大。全县外贸进出口总额1.62亿美元，增长21.4%。其中自营出口1.28亿美元，增长24.6%，增幅居全市第二位。',
    );
    expect(observations(report).filter(([, name]) => String(name).includes('出口'))).toEqual([
      ['foreign-trade', '外贸进出口总额', 'level', 1.62],
      ['foreign-trade', '外贸进出口总额', 'growth', 21.4],
      // Named as written since the catalogue lists 自营出口 among the exports' names (session 51, F10443).
      ['exports', '自营出口', 'level', 1.28],
      ['exports', '自营出口', 'growth', 24.6],
    ]);
  });
});

describe('F9604 an ownership class whose firms are counted before their growth (prose-branches.ts)', () => {
  it('leaves 私营企业N家…分别增长 to the facts', () => {
    const report = plan(
      '（三）民营经济壮大。年末个体工商户达到0.96万户，私营企业1260家，分别比上年增长5.1%和14.2%。',
    );
    expect(observations(report).filter(([, name]) => String(name).includes('企业'))).toEqual([]);
  });

  it('still reads the class named bare with its growth', () => {
    const report = plan('分经济类型看，私营企业增长12.5%。');
    expect(observations(report).filter(([, name]) => name === '私营企业')).toEqual([
      [expect.stringMatching(/^x-/), '私营企业', 'growth', 12.5],
    ]);
  });
});

describe('F9605 an ownership class of industry above the size line (prose-branches.ts)', () => {
  it('reads 规模以上民营工业产值 with its level, growth and share', () => {
    const report = plan('规模以上民营工业产值58.2亿元，增长22.4%，占全县规模以上工业总产值的71.6%。');
    expect(
      observations(report)
        .filter(([, name]) => String(name).includes('民营'))
        .map(([, ...rest]) => rest),
    ).toEqual([
      ['规模以上民营工业产值', 'level', 58.2],
      ['规模以上民营工业产值', 'growth', 22.4],
      ['规模以上民营工业产值', 'share', 71.6],
    ]);
  });
});

describe('F9606 a numbered production line of a project (project-names.ts)', () => {
  it('folds 甲公司二期扩建项目二号生产线 into the project', () => {
    const report = plan(
      '（六）项目建设。总投资2.4亿元的沣岭恒泰建材有限公司二期扩建项目完成投资0.86亿元。',
      '二、2004年重点工作',
      '（一）抓好项目建设。沣岭恒泰建材有限公司二期扩建项目二号生产线8月底前投产。',
    );
    expect(report?.projects.map((p) => p.name)).toEqual(['沣岭恒泰建材有限公司二期扩建项目']);
  });
});

describe('F9607 the county town’s upgrading programme (project-names.ts)', () => {
  it('reads 县城扩容提质工程加快推进 as no project', () => {
    const report = plan('（八）城镇建设。县城扩容提质工程加快推进，全年完成城镇建设投资2.1亿元。');
    expect(report?.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('F9608 the output a shortage cost (prose-clauses.ts, prose-branches.ts)', () => {
  it('leaves 影响规模工业产值约X亿元 to the facts', () => {
    const report = plan(
      '（二）存在问题。电力缺口较大，部分企业错峰生产，初步测算影响规模工业产值约0.8亿元。',
    );
    expect(observations(report).filter(([, name]) => String(name).includes('产值'))).toEqual([]);
  });

  it('still reads the output after 受…影响', () => {
    const report = plan('受限电影响规模工业产值仅增长3.2%。');
    expect(observations(report).filter(([, name]) => String(name).includes('产值'))).toEqual([
      ['industrial-output', '规模工业产值', 'growth', 3.2],
    ]);
  });
});

describe('F9609 a project’s later works, no phase numbered (project-names.ts)', () => {
  it('folds 加快甲项目后续工程建设 into the project named before', () => {
    const report = plan(
      '（六）项目建设。沣岭新型墙材项目总投资8.6亿元，年内完成投资3.2亿元。',
      '二、2004年重点工作',
      '（一）抓好项目建设。加快沣岭新型墙材项目后续工程建设，年内完成投资2亿元。',
    );
    expect(report?.projects.map((p) => p.name)).toEqual(['沣岭新型墙材项目']);
  });
});
