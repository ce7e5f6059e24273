// Forms the held-out-29 batch showed the parser missing (session 16, branch fixyc): a table whose
// rows are the region's townships, a 一要/二要 point lead before 重点项目, the 人民币 deposits and
// loans balances in a table, a capacity inside a project's name after a place, and a project whose
// status is 完成主体建设. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[], title = '枫垣县2018年一季度经济运行分析') =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixyc.txt' });

describe('a table whose name column is headed by townships', () => {
  it.each(['镇名', '乡镇', '乡镇(街道)', '镇(街道)', '镇街', '街道名称'])(
    '%s | 规模以上工业产值 | 增长: the towns give no indicators',
    (head) => {
      const parsed = report([
        '一季度，全县规模以上工业增加值增长7.6%。',
        '附表　2018年一季度各镇主要经济指标完成情况',
        `${head}\t规模以上工业产值（万元）\t增长（%）\t固定资产投资（万元）\t增长（%）`,
        '桐岭镇\t132450\t9.4\t41230\t6.1',
        '枫溪镇\t68720\t-3.2\t15640\t21.8',
        '石坳镇\t24310\t5.5\t8720\t-7.4',
      ]);
      const names = parsed.observations.map((o) => o.indicatorName);
      expect(names.filter((n) => /镇$/.test(n))).toEqual([]);
      expect(parsed.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
        ['industrial-value-added', 7.6],
      ]);
    },
  );
});

describe('a point lead 一要/二要 before the works it asks for', () => {
  it('二要加快重点项目开工建设 names no project', () => {
    const parsed = report([
      '一季度，全县规模以上工业增加值增长7.6%。',
      '三、下一步工作建议',
      '一要抓好工业企业稳产增产；二要加快重点项目开工建设，尽快形成实物工作量；三要培育消费新热点。',
    ]);
    expect(parsed.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('金融机构人民币存款/贷款余额 in a table', () => {
  it('reads the rows as the deposits and loans balances', () => {
    const parsed = report(
      [
        '附表　上半年主要经济指标完成情况',
        '指标\t单位\t绝对值\t增长（%）',
        '金融机构人民币存款余额\t亿元\t142.36\t8.7',
        '金融机构人民币贷款余额\t亿元\t97.15\t12.4',
      ],
      '枫垣县2014年上半年国民经济和社会发展计划执行情况的报告',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['deposits', 'level', 142.36],
      ['deposits', 'growth', 8.7],
      ['loans', 'level', 97.15],
      ['loans', 'growth', 12.4],
    ]);
  });
});

describe('a capacity inside a project name after a place', () => {
  it.each([
    '桐岭县天然橡胶加工厂技改项目、桐岭县3万吨茶油精深加工项目相继建成投产。',
    '抓好桐岭工业园新材料产业园、桐岭县8万吨铝型材项目建设，力争新增规模以上工业企业15家以上。',
  ])('%s: the 万吨 is the name’s, no fact', (sentence) => {
    const parsed = report(
      ['一、工业', '前三季度，全县规模以上工业增加值增长8.1%。', sentence],
      '桐岭县2016年前三季度经济运行情况',
    );
    expect(parsed.facts.filter((f) => f.quantity.unit === '万吨')).toEqual([]);
  });
});

describe('a project whose status is 完成主体建设', () => {
  it('甲工程建成投用，乙二期工程完成主体建设: both projects', () => {
    const parsed = report(
      [
        '（三）有效投资持续扩大。完成投资86.4亿元；桐岭港区二期码头工程建成投用，桐岭工业园污水处理厂三期工程完成主体建设。',
      ],
      '桐岭市2017年国民经济和社会发展计划执行情况',
    );
    expect(parsed.projects.map((p) => p.name)).toEqual([
      '桐岭港区二期码头工程',
      '桐岭工业园污水处理厂三期工程',
    ]);
  });
});
