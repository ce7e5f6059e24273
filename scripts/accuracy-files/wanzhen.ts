// Held-out-426's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as yongcen.ts writes its; session 47): 皖溱县's (an
// invented county of Anhui) 发展和改革委员会 2014年重点项目建设进度调度表 for May: a merged title, a 截至 line, the 填报单位 and unit
// line, one header row (序号 | 项目名称 | 建设内容 | 总投资 | 年度计划 | 1-5月完成 | 完成% | 进展情况 | 责任单位), a 合计 row with sums,
// three section rows without amounts (一、新开工项目 / 二、续建项目 / 三、竣工项目), eighteen projects (one not started with 0, two
// finished at 100), a two-line 说明 and the 审核人/填表人 line. Shares are computed doubles shown through a 0.0 format. Invented place,
// projects and figures; its answers are tests/accuracy/wanzhen-2014-m5-projects.answers.json, written by hand from the rows below.

import * as XLSX from '@e965/xlsx';

export const wanzhen = { name: 'wanzhen-2014-m5-projects' };

type Value = string | number | null;

/** 项目名称, 建设内容, 总投资, 年度计划, 1-5月完成 (万元), 进展情况, 责任单位. */
type Project = readonly [string, string, number, number, number, string, string];

const sections: readonly (readonly [string, readonly Project[]])[] = [
  [
    '一、新开工项目',
    [
      [
        '皖溱经济开发区标准化厂房（三期）',
        '建设标准化厂房8栋，建筑面积6.2万平方米',
        18600,
        9000,
        2350,
        '桩基完成，2栋主体施工',
        '县经济开发区管委会',
      ],
      [
        '皖溱县年产20万套汽车零部件项目',
        '新建生产车间及配套设施',
        32000,
        12000,
        3860,
        '厂房钢结构安装',
        '县经信委',
      ],
      ['皖溱县人民医院外科大楼', '建筑面积3.8万平方米', 24500, 8000, 1620, '基础施工', '县卫生局'],
      [
        '皖溱县城东污水处理厂',
        '日处理污水3万吨及配套管网',
        9800,
        5000,
        0,
        '正在办理施工许可，尚未开工',
        '县住建委',
      ],
      ['皖溱县农产品冷链物流园', '建设冷库2万吨及交易中心', 15200, 6000, 1280, '场地平整完成', '县商务局'],
      ['皖溱县第二实验小学', '新建教学楼、综合楼1.9万平方米', 8600, 4500, 960, '基础开挖', '县教育局'],
    ],
  ],
  [
    '二、续建项目',
    [
      [
        '皖溱县城南新区路网工程',
        '新建道路6条共12.4公里',
        42000,
        15000,
        6850,
        '4条道路路基完成',
        '县城投公司',
      ],
      ['皖溱县40兆瓦光伏电站项目', '建设光伏电站及升压站', 36000, 18000, 9200, '组件安装完成60%', '县发改委'],
      ['皖溱县棚户区改造（二期）', '改造棚户区1260户', 38500, 14000, 5760, '安置房6栋封顶', '县房管局'],
      [
        '皖溱县纺织产业园',
        '建设纺纱、织布车间及配套',
        56000,
        20000,
        8640,
        '一期车间设备安装',
        '县经济开发区管委会',
      ],
      ['皖溱县滨河公园', '占地420亩，建设绿地、步道及配套', 12800, 5000, 2150, '绿化工程完成40%', '县园林局'],
      ['皖溱县S218省道改建工程', '改建二级公路21.3公里', 27400, 10000, 4120, '路基完成80%', '县交通局'],
      ['皖溱县粮食仓储物流中心', '新建仓容10万吨', 11600, 5000, 2480, '3栋仓房主体施工', '县粮食局'],
      ['皖溱县职业教育中心', '建筑面积4.6万平方米', 19800, 7000, 3350, '实训楼主体封顶', '县教育局'],
    ],
  ],
  [
    '三、竣工项目',
    [
      [
        '皖溱县110千伏城北输变电工程',
        '新建变电站1座及线路8公里',
        6800,
        2600,
        2600,
        '已竣工投运',
        '县供电公司',
      ],
      [
        '皖溱县农村饮水安全工程',
        '解决6.5万农村人口饮水安全',
        7400,
        3400,
        3100,
        '主体完工，正在调试',
        '县水务局',
      ],
      ['皖溱县体育馆', '建筑面积1.2万平方米', 9200, 3000, 2760, '装饰装修收尾', '县文广新局'],
      [
        '皖溱县食品工业园标准化厂房（二期）',
        '建设厂房5栋',
        8400,
        3500,
        3500,
        '已竣工交付',
        '县经济开发区管委会',
      ],
    ],
  ],
];

const all = sections.flatMap(([, list]) => list);
const sum = (i: 2 | 3 | 4): number => all.reduce((s, p) => s + p[i], 0);
const share = (done: number, plan: number): number => (done / plan) * 100;
const WIDTH = 9;
const blank = (n: number): null[] => Array.from({ length: n }, () => null);
const line = (text: string): Value[] => [text, ...blank(WIDTH - 1)];

export function wanzhenXls(): Buffer {
  const rows: Value[][] = [
    line('皖溱县2014年重点项目建设进度调度表'),
    line('（截至2014年5月底）'),
    ['填报单位：皖溱县发展和改革委员会', ...blank(WIDTH - 2), '单位：万元'],
    ['序号', '项目名称', '建设内容', '总投资', '年度计划', '1-5月完成', '完成%', '进展情况', '责任单位'],
    ['合计', null, null, sum(2), sum(3), sum(4), share(sum(4), sum(3)), null, null],
  ];
  let n = 0;
  for (const [title, list] of sections) {
    rows.push(line(title));
    for (const [name, content, total, plan, done, progress, unit] of list) {
      n += 1;
      rows.push([n, name, content, total, plan, done, share(done, plan), progress, unit]);
    }
  }
  rows.push(
    line('说明：1.本表所列为2014年县级重点项目18个，其中新开工项目6个、续建项目8个、竣工项目4个。'),
    line('2.完成%为1-5月完成投资占年度计划投资的比例；进展情况为5月底形象进度。'),
    ['审核人：周立新', null, null, '填表人：王晓燕', null, null, '填报日期：2014年6月5日', null, null],
  );
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const formats = ['0', null, null, '0', '0', '0', '0.0', null, null];
  for (const [r, row] of rows.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      const format = formats[c];
      if (cell && typeof value === 'number' && format && r > 3) cell.z = format;
    }
  const across = (r: number) => ({ s: { r, c: 0 }, e: { r, c: WIDTH - 1 } });
  const total = rows.findIndex((row) => row[0] === '合计');
  const spans = rows.flatMap((row, r) =>
    typeof row[0] === 'string' && /^(一、|二、|三、|说明|2\.|皖溱县2014|（截至)/.test(row[0]) ? [r] : [],
  );
  sheet['!merges'] = [
    { s: { r: 2, c: 0 }, e: { r: 2, c: WIDTH - 2 } },
    { s: { r: total, c: 0 }, e: { r: total, c: 2 } },
    ...spans.map(across),
  ];
  sheet['!cols'] = [6, 32, 30, 10, 10, 10, 8, 26, 18].map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '5月调度');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
