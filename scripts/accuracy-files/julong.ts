// The one-hundred-and-ninety-first held-out batch's Excel 97–2003 workbook (.xls, BIFF8, built with bureau-sheets.ts's
// bureauWorkbookXls): a Sichuan-style county 发改局's 2026年一季度重点项目推进情况表 (岨泷县 under 渠汀市), one sheet of 序号 |
// 项目名称 | 建设内容 | 总投资 | 2026年计划投资 | 一季度完成投资 | 完成率（%） | 形象进度 | 责任单位 with a 合计 row first,
// a capacity and a year inside names, progress cells with figures, a project not started (0 and 0.0) and a 注 row giving
// the schedule (序时进度按25%计), and a 分类汇总 sheet of three classes with a count, the amounts and 完成率 each and a
// 注 with the started and unstarted counts. Invented place and figures; the answers are
// tests/accuracy/julong-2026-q1-projects.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const julong = { name: 'julong-2026-q1-projects' };

const sheets: SheetSpec[] = [
  {
    name: '一季度推进情况',
    title: '岨泷县2026年一季度重点项目推进情况表',
    unitLine: '单位：万元',
    header: [
      '序号',
      '项目名称',
      '建设内容',
      '总投资',
      '2026年计划投资',
      '一季度完成投资',
      '完成率（%）',
      '形象进度',
      '责任单位',
    ],
    rows: [
      [null, '合计', null, 610000, 170000, 39580, 23.3, null, null],
      [
        1,
        '渠汀至岨泷快速通道改建工程',
        '改建二级公路28.6公里',
        168000,
        42000,
        9870,
        23.5,
        '路基完成8.2公里',
        '县交通运输局',
      ],
      [
        2,
        '岨泷经济开发区年产5万吨锂电负极材料项目',
        '新建生产线4条及配套设施',
        235000,
        60000,
        16200,
        27.0,
        '1号、2号车间主体完工',
        '岨泷经开区管委会',
      ],
      [
        3,
        '岨泷县人民医院门诊医技综合楼',
        '建筑面积4.2万平方米',
        56000,
        15000,
        3150,
        21.0,
        '主体施工至6层',
        '县卫生健康局',
      ],
      [
        4,
        '岨泷县城区污水管网提升工程',
        '新建改造污水管网36公里',
        32000,
        12000,
        2760,
        23.0,
        '完成管网铺设9公里',
        '县住房和城乡建设局',
      ],
      [
        5,
        '岨泷县2026年度高标准农田建设项目',
        '建设高标准农田3.5万亩',
        7000,
        7000,
        980,
        14.0,
        '完成土地平整0.6万亩',
        '县农业农村局',
      ],
      [
        6,
        '岨泷县农产品冷链物流园',
        '冷库库容4万吨，交易区2万平方米',
        48000,
        16000,
        4320,
        27.0,
        '场地平整完成，钢结构进场',
        '县经济商务和信息化局',
      ],
      [
        7,
        '岨泷县第二实验学校',
        '建筑面积3.1万平方米，学位2160个',
        26000,
        10000,
        2300,
        23.0,
        '基础施工',
        '县教育局',
      ],
      [
        8,
        '岨泷县泷湖生态旅游景区提升项目',
        '游客中心、栈道12公里及停车场',
        38000,
        8000,
        0,
        0.0,
        '未开工，正办理用地手续',
        '县文化广播电视和旅游局',
      ],
    ],
    notes: ['注：完成率为一季度完成投资占2026年计划投资的比重；序时进度按25%计。'],
    formats: [null, null, null, '0', '0', '0', '0.0', null, null],
  },
  {
    name: '分类汇总',
    title: '岨泷县2026年一季度重点项目分类推进情况',
    unitLine: '单位：个、万元、%',
    header: ['项目类别', '项目个数', '总投资', '2026年计划投资', '一季度完成投资', '完成率（%）'],
    rows: [
      ['产业项目', 2, 283000, 76000, 20520, 27.0],
      ['基础设施项目', 2, 200000, 54000, 12630, 23.4],
      ['社会民生项目', 4, 127000, 40000, 6430, 16.1],
      ['合计', 8, 610000, 170000, 39580, 23.3],
    ],
    notes: ['注：已开工项目7个，未开工项目1个。'],
    formats: [null, '0', '0', '0', '0', '0.0'],
  },
];

export function julongXls(): Buffer {
  return bureauWorkbookXls(sheets, { bureau: '岨泷县发展和改革局', nameWidth: 36, valueWidth: 14 });
}
