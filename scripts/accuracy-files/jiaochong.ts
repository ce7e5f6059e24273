// The two-hundred-and-fifteenth held-out batch's workbook (.xlsx, session 36): a Guangdong-style 高新区管委会's
// 2026年1—9月园区经济运行月报 (漖涌高新技术产业开发区 in 漖涌区 under 洊岽市), written with write-excel-file through sheets.ts
// as two sheets. 经济运行: the merged title, the 填报单位/date line, one header row (指标 | 单位 | 本月 | 累计 | 同比增长（%） |
// 目标 | 完成进度（%）), 其中 rows indented with full-width spaces, a growth goal written as 增长8% in the 目标 column beside
// level goals, '—' cells, a 规上服务业 row marked （1—8月）, three 注 rows (本月/累计, 错月统计, 序时进度按75%计) and the
// office's signature. 重点项目: 序号, 项目名称, 建设内容, 总投资, 2026年计划投资, 1—9月完成投资 (万元), 完成年度计划（%）and
// 进展情况, eight projects (one 未开工), the 合计 row and a 注 counting projects against the schedule. Invented place and
// figures; the answers are tests/accuracy/jiaochong-2026-m9-indicators.answers.json.

import writeXlsxFile, { type Sheet } from 'write-excel-file/node';
import { dataRowWith, headerCell, type Line, noteRow, signatureRow, titleRow } from './sheets.js';

export const jiaochong = { name: 'jiaochong-2026-m9-indicators' };

const MAIN_COLUMNS = 7;

/** 指标, 单位, 本月, 累计, 同比增长（%）, 目标, 完成进度（%）. */
const indicators: Line[] = [
  ['规模以上工业总产值', '亿元', 68.42, 586.37, 9.4, 800, 73.3],
  ['规模以上工业增加值', '亿元', 15.86, 136.25, 8.7, '增长8%', '—'],
  ['　其中：高技术制造业增加值', '亿元', 7.12, 61.48, 12.6, '—', '—'],
  ['规模以上工业企业营业收入', '亿元', 70.15, 602.84, 8.1, '—', '—'],
  ['工业用电量', '亿千瓦时', 2.16, 18.47, 7.2, '—', '—'],
  ['固定资产投资', '亿元', 9.86, 78.54, 11.3, 105, 74.8],
  ['　其中：工业投资', '亿元', 5.62, 46.27, 18.5, 60, 77.1],
  ['规模以上服务业营业收入（1—8月）', '亿元', '—', 48.36, 10.2, '—', '—'],
  ['外贸进出口总额', '亿元', 21.37, 176.52, 6.4, 230, 76.7],
  ['　其中：出口总额', '亿元', 16.08, 132.66, 8.2, '—', '—'],
  ['实际使用外资', '万美元', 1260, 9850, 15.3, 12000, 82.1],
  ['税收收入', '亿元', 3.46, 32.18, 4.6, 42, 76.6],
];

const PROJECT_COLUMNS = 8;

/** 序号, 项目名称, 建设内容, 总投资, 2026年计划投资, 1—9月完成投资 (万元), 完成年度计划（%）, 进展情况. */
const projects: Line[] = [
  [
    1,
    '漖涌高新区半导体封装测试基地项目',
    '建设封装测试厂房及配套设施',
    356000,
    62000,
    48600,
    78.4,
    '主体厂房封顶',
  ],
  [
    2,
    '洊岽新型储能电池智能制造项目（一期）',
    '建设电芯及模组生产线',
    280000,
    55000,
    43200,
    78.5,
    '设备安装调试',
  ],
  [3, '高新区生物医药产业加速器', '建设研发及中试用房12万平方米', 96000, 28000, 20150, 72.0, '主体施工'],
  [4, '精密模具产业园二期', '建设标准厂房及配套用房', 68000, 18000, 14420, 80.1, '装修施工'],
  [5, '漖涌科创大道（东段）市政工程', '道路、管网及绿化工程', 45000, 16000, 9860, 61.6, '路基施工'],
  [6, '高新区人才公寓', '建设人才公寓1200套', 52000, 15000, 12380, 82.5, '主体结构完成'],
  [7, '园区220千伏变电站工程', '新建主变2台', 31000, 12000, 7260, 60.5, '土建施工'],
  [8, '智能终端产业园配套污水处理厂', '日处理规模3万吨', 18000, 9000, 0, 0, '未开工，正在办理用地手续'],
];

const mainSheet: Sheet<Buffer> = {
  sheet: '经济运行',
  columns: [
    { width: 34 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 14 },
    { width: 10 },
    { width: 14 },
  ],
  data: [
    titleRow('漖涌高新区2026年1—9月园区经济运行月报', MAIN_COLUMNS),
    [
      { value: '填报单位：漖涌高新区管委会经济发展局', columnSpan: 4 },
      null,
      null,
      null,
      null,
      { value: '2026年10月20日', columnSpan: 2, align: 'right' },
      null,
    ],
    ['指标', '单位', '本月', '累计', '同比增长（%）', '目标', '完成进度（%）'].map((h) => headerCell(h)),
    ...indicators.map(dataRowWith('0.00')),
    noteRow('注：1.“本月”为9月当月数，“累计”为1—9月累计数。', MAIN_COLUMNS),
    noteRow('2.规模以上服务业营业收入为错月统计，“累计”为1—8月数据。', MAIN_COLUMNS),
    noteRow('3.完成进度为累计数占年度目标的比重，序时进度按75%计。', MAIN_COLUMNS),
    signatureRow('漖涌高新区管委会经济发展局', MAIN_COLUMNS, 3),
  ],
};

const projectSheet: Sheet<Buffer> = {
  sheet: '重点项目',
  columns: [
    { width: 6 },
    { width: 36 },
    { width: 28 },
    { width: 10 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 24 },
  ],
  data: [
    titleRow('漖涌高新区2026年重点项目1—9月进展情况', PROJECT_COLUMNS),
    [...Array.from({ length: PROJECT_COLUMNS - 1 }, () => null), { value: '单位：万元', align: 'right' }],
    [
      '序号',
      '项目名称',
      '建设内容',
      '总投资',
      '2026年计划投资',
      '1—9月完成投资',
      '完成年度计划（%）',
      '进展情况',
    ].map((h) => headerCell(h)),
    ...projects.map(dataRowWith('0.0')),
    dataRowWith('0.0')(['', '合计（8个）', '', 946000, 215000, 155870, 72.5, '']),
    noteRow('注：序时进度按75%计，4个项目完成投资快于序时进度，4个项目慢于序时进度。', PROJECT_COLUMNS),
  ],
};

export async function jiaochongXlsx(): Promise<Buffer> {
  return writeXlsxFile([mainSheet, projectSheet]).toBuffer();
}
