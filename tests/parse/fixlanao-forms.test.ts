// Forms of the key-project notices the thirty-fourth to thirty-sixth held-out batch showed the parser
// missed (fixlanao): a 公示 list's entries of labelled fields (项目名称：…；建设内容：…；总投资：…；年度计划：…；
// 进展：…), on one line or a field a line. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, type PlacedText, toLines } from '../../src/ingest/pdf-layout.js';
import { parsedReport } from '../helpers/report.js';

const TITLE = '栖岑区2023年1—9月重点项目建设进展情况公示';
const report = (lines: readonly string[]) =>
  parsedReport([TITLE, '', ...lines].join('\n'), { sourceName: 'notice.txt' });
const projects = (lines: readonly string[]) =>
  report(lines).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
    p.mentions[0]?.completedInvestment ?? null,
  ]);

describe('a 公示 list of labelled-field entries', () => {
  it('reads each one-line entry: 总投资 planned, 1—9月完成投资 done, 年度计划 neither', () => {
    const lines = [
      '现将我区2023年1—9月重点项目建设进展情况公示如下。',
      '一、部分重点项目进展情况',
      '1. 项目名称：栖岑新材料产业园（二期）；建设内容：新建标准厂房及配套用房；总投资：12.5亿元；年度计划：3.1亿元；进展：1—9月完成投资2.64亿元，4栋厂房主体封顶。',
      '2. 项目名称：年产8万吨再生纸项目；建设内容：新建生产线2条；总投资：6.8亿元；年度计划：2亿元；进展：尚未开工，正在办理用地手续。',
      '3. 项目名称：岑溪湿地公园；建设内容：湿地修复及环湖步道；总投资：1.45亿元；年度计划：0.9亿元；进展：1—9月完成投资0.72亿元，已基本建成。',
      '二、下一步工作',
      '区发改委将会同有关部门加快推进项目建设。',
    ];
    expect(projects(lines)).toEqual([
      ['栖岑新材料产业园(二期)', 1250000000, 264000000],
      ['年产8万吨再生纸项目', 680000000, null],
      ['岑溪湿地公园', 145000000, 72000000],
    ]);
    const parsed = report(lines);
    // The contents' words (标准厂房) name no project; the fields' figures are facts, the name's 8万吨 not.
    expect(parsed.projects.map((p) => p.name)).not.toContain('标准厂房');
    const facts = parsed.facts.map((f) => `${f.quantity.value}${f.quantity.unit}`);
    expect(facts).toEqual(
      expect.arrayContaining(['12.5亿元', '3.1亿元', '2.64亿元', '4栋', '2条', '0.72亿元']),
    );
    expect(facts).not.toContain('8万吨');
  });

  it('reads an entry whose fields stand a line each, 1—9月完成投资 a label of its own', () => {
    const lines = [
      '一、重点项目进展情况',
      '项目名称：栖岑区第二人民医院迁建工程',
      '建设内容：新建门诊楼、住院楼，设置床位450张',
      '总投资：8.6亿元',
      '年度计划投资：2.5亿元',
      '1—9月完成投资：1.93亿元',
      '进展情况：住院楼主体施工至第9层',
      '项目名称：岑北污水处理厂提标改造工程',
      '建设内容：新增日处理能力2万吨',
      '总投资：1.2亿元',
      '进展情况：1—9月完成投资0.85亿元，进入设备安装阶段',
      '二、存在问题',
    ];
    expect(projects(lines)).toEqual([
      ['栖岑区第二人民医院迁建工程', 860000000, 193000000],
      ['岑北污水处理厂提标改造工程', 120000000, 85000000],
    ]);
  });
});

describe('a PDF project table whose progress cells wrap over many lines', () => {
  it('keeps every row in the table, each wrapped line with the row above it', () => {
    const cell = (y: number, ...items: Array<[string, number, number]>) =>
      items.map(([text, x, end]): PlacedText => ({ text, x, y, width: end - x, size: 10 }));
    const progress = ['主体工程完成', '八成，二标段', '路面已铺筑', '完成，桥梁下', '部结构完成'];
    const lines = toLines([
      ...cell(
        500,
        ['序号', 100, 120],
        ['项目名称', 160, 200],
        ['总投资', 240, 270],
        ['1-9月完成', 380, 430],
        ['进展情况', 460, 500],
      ),
      ...cell(
        486,
        ['1', 107, 113],
        ['栖岑至岑北公', 150, 210],
        ['36500', 240, 270],
        ['8120', 390, 415],
        [progress[0] ?? '', 450, 510],
      ),
      ...cell(471, ['路改建工程', 155, 205], [progress[1] ?? '', 450, 510]),
      ...progress.slice(2).flatMap((text, k) => cell(456 - 15 * k, [text, 450, 510])),
      ...cell(
        405,
        ['2', 107, 113],
        ['岑北学校宿舍', 150, 210],
        ['1800', 242, 268],
        ['1800', 390, 415],
        ['已竣工交付', 450, 510],
      ),
      ...cell(340, ['注：进展情况截至9月30日，数据为快报数。', 100, 500]),
    ]);
    const blocks = layoutBlocks([lines]);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((row) => row.map((c) => c.text)) : null).toEqual([
      ['序号', '项目名称', '总投资', '1-9月完成', '进展情况'],
      ['1', '栖岑至岑北公路改建工程', '36500', '8120', progress.join('')],
      ['2', '岑北学校宿舍', '1800', '1800', '已竣工交付'],
    ]);
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: '注：进展情况截至9月30日，数据为快报数。' });
  });
});
