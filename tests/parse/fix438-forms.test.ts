// Forms held-out-438 and held-out-439 showed the parser missing (session 48, fixer fix438): a PDF indicator
// sheet's name cell wrapped over three lines whose last line stands nearer the next row's figures, a 公报's
// herd table captioned by its 牲畜存栏, and a counted group of industries described by its members
// (以甲、乙为主的三大主导产业). Sentences, places and figures are our own, invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import type { ParsedReport } from '../../src/parse/types.js';
import { gridLine, pagesTexts } from '../helpers/pdf-items.js';
import { ingestedReport } from '../helpers/report.js';

/** A name column six characters wide, then unit, level and growth columns. */
const COLUMNS: Array<[number, number]> = [
  [80, 143],
  [150, 190],
  [200, 250],
  [260, 310],
];
const SIZE = 10.5;
const line = gridLine(COLUMNS, SIZE, 'centred');

describe('F9181 a wrapped name cell evenly set under its row’s figures (pdf-table.ts)', () => {
  it('keeps its last line with its row though the next row’s figures stand nearer', () => {
    // Rows set at their tops: a one-line row 15.7 below the last; a cell's lines 15.2 apart.
    const blocks = pagesTexts([
      [
        ...line(700, '指标', '单位', '1—6月', '增长%'),
        ...line(684.3, '地区生产总值', '亿元', '48.62', '7.4'),
        ...line(668.6, '农村常住居民', '元', '6120', '9.8'),
        ...line(653.4, '人均消费支出'),
        ...line(638.2, '（1—3月）'),
        ...line(622.5, '税收收入', '万元', '8650', '12.4'),
        ...line(606.8, '外贸进出口', '万美元', '2316', '5.2'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '1—6月', '增长%'],
        ['地区生产总值', '亿元', '48.62', '7.4'],
        ['农村常住居民人均消费支出（1—3月）', '元', '6120', '9.8'],
        ['税收收入', '万元', '8650', '12.4'],
        ['外贸进出口', '万美元', '2316', '5.2'],
      ],
    ]);
  });

  it('leaves a name set above its row’s centred figures to that row', () => {
    // The widest gap right under a row: the line after it opens the next row (as before).
    const blocks = pagesTexts([
      [
        ...line(700, '指标', '单位', '1—6月', '增长%'),
        ...line(684.8, '工业产值', '亿元', '48.62', '7.4'),
        ...line(666.6, '社会消费品零'),
        ...line(651.4, '售总额', '亿元', '21.36', '8.1'),
        ...line(633.2, '税收收入', '万元', '8650', '12.4'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '1—6月', '增长%'],
        ['工业产值', '亿元', '48.62', '7.4'],
        ['社会消费品零售总额', '亿元', '21.36', '8.1'],
        ['税收收入', '万元', '8650', '12.4'],
      ],
    ]);
  });
});

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix438-forms.txt' });
const observations = (report: { observations: ParsedReport['observations'] } | null | undefined) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

const cellsRow = (...cells: string[]) => `<tr>${cells.map((text) => `<td>${text}</td>`).join('')}</tr>`;

/** A 公报 page with one table under the given caption: 牲畜总头数, 大牲畜, 牛 and 羊 rows with growths. */
const communique = (caption: string) =>
  new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>岚澄旗2025年国民经济和社会发展统计公报</title></head><body>
<h1>岚澄旗2025年国民经济和社会发展统计公报</h1><p>岚澄旗统计局</p><p>一、农牧业</p>
<p>全年农林牧渔业总产值21.64亿元，比上年增长5.2%。牧业年度牲畜存栏总头数132.6万头（只），比上年增长3.1%。</p>
<p>${caption}</p><table>${cellsRow('指标', '单位', '存栏数', '比上年增长（%）')}${cellsRow('牲畜总头数', '万头（只）', '132.6', '3.1')}${cellsRow('大牲畜', '万头', '18.4', '4.6')}${cellsRow('其中：牛', '万头', '15.2', '5.1')}${cellsRow('羊', '万只', '110.2', '2.7')}</table>
<p>二、工业</p><p>全年规模以上工业增加值比上年增长6.1%。</p></body></html>`);

describe('F9182 a 公报’s herd table captioned by its 牲畜存栏 is a table of goods (table-products.ts)', () => {
  for (const caption of ['表1　2025年牧业年度主要牲畜存栏', '表2　2025年牲畜存栏及出栏情况']) {
    it(`gives the rows of ${caption} nothing`, async () => {
      const { report } = await ingestedReport(communique(caption), 'fix438-communique.html');
      expect(observations(report).map(([name]) => name)).toEqual([
        '农林牧渔业总产值',
        '农林牧渔业总产值',
        '规模以上工业增加值',
      ]);
    });
  }
});

const plan = (...prose: string[]) =>
  parse('关于澄岭县2025年国民经济和社会发展计划执行情况的报告', '澄岭县发展和改革局', ...prose, '').report;

describe('F9183 a counted group of industries described by its members (prose-branches.ts)', () => {
  it('names 以甲、乙、丙为主的三大主导产业 by the group', () => {
    const report = plan(
      '（二）工业经济稳步增长。规模以上工业增加值完成9.36亿元，增长11.2%。以绿色食品、新型建材、现代纺织为主的三大主导产业实现增加值6.48亿元，占规模以上工业增加值的69.2%。',
    );
    expect(observations(report).filter(([name]) => String(name).includes('主导产业'))).toEqual([
      ['三大主导产业增加值', 'level', 6.48],
      ['三大主导产业增加值', 'share', 69.2],
    ]);
  });

  it('names 以甲为代表的两大支柱产业 by the group too', () => {
    const report = plan('以林产加工为代表的两大支柱产业完成产值12.5亿元，增长9.6%。');
    expect(observations(report)).toEqual([
      ['两大支柱产业产值', 'level', 12.5],
      ['两大支柱产业产值', 'growth', 9.6],
    ]);
  });
});
