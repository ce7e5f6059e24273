// 禄坪市 (a county-level city under an autonomous prefecture) 2010 1—10月 statistics analysis, as the
// bureau's PDF printed from Word (the sixteenth held-out batch): a running header naming the bureau's
// bulletin, a 第 N 页 共 M 页 footer, and an indicator table that follows the prose on the same page and
// runs over onto the next, its two header rows (指标名称 and 单位 merged down, 1—10月 spanning 总量,
// 增长（%） and 全州位次) marked as Word's repeated header so the second page starts with them again.
// Invented place and figures; the answers are tests/accuracy/luping-2010-m10-analysis.answers.json.

import { AlignmentType } from 'docx';
import {
  bodyParas,
  footerForms,
  reportDocx,
  reportSection,
  reportTitle,
  runningHeader,
} from './word-report.js';
import { indicatorTable, para, small, type TwoLevelHeader } from './word-table.js';

export const luping = {
  name: 'luping-2010-m10-analysis',
  office: '禄坪市统计局',
  title: '禄坪市2010年1—10月国民经济运行情况分析',
  runningHeader: '禄坪统计信息　2010年第10期',
  dateLine: '禄坪市统计局　2010年11月16日',
  body: [
    '今年以来，全市上下深入贯彻落实科学发展观，围绕州委、州政府和市委、市政府的工作部署，扎实推进项目建设和工业提速，全市经济继续保持平稳较快增长的良好态势。',
    '一、工业生产加快增长',
    '1—10月，全市规模以上工业完成增加值86.42亿元，同比增长21.6%，增幅比1—9月提高0.8个百分点，居全州8个县（市）第2位。其中，轻工业完成增加值31.25亿元，增长18.4%；重工业完成增加值55.17亿元，增长23.5%。全市规模以上工业企业实现主营业务收入312.58亿元，增长26.4%；实现利润总额18.36亿元，增长32.7%。全市53户规模以上工业企业中有41户实现增长。',
    '二、固定资产投资快速增长',
    '1—10月，全市完成城镇固定资产投资148.65亿元，同比增长34.2%，居全州第3位。其中，工业投资86.27亿元，增长41.5%，占全部投资的58.0%；房地产开发投资15.34亿元，增长18.6%。全市施工项目达到216个，其中新开工项目158个。',
    '三、消费品市场繁荣活跃',
    '1—10月，全市实现社会消费品零售总额62.84亿元，同比增长18.9%，居全州第4位。其中，城镇消费品零售额51.37亿元，增长19.5%；乡村消费品零售额11.47亿元，增长16.2%。',
    '四、财政收入较快增长',
    '1—10月，全市全口径财政收入完成18.74亿元，同比增长23.5%，居全州第2位；其中，一般预算收入11.26亿元，增长27.8%，居全州第1位，完成年度预算的88.7%。一般预算支出29.63亿元，增长22.1%。',
    '五、对外贸易恢复增长',
    '1—10月，全市进出口总额2.86亿美元，同比增长38.4%。其中，出口1.94亿美元，增长42.6%；进口0.92亿美元，增长30.2%。',
    '六、金融存贷款稳步增长',
    '10月末，全市金融机构各项存款余额215.36亿元，比年初增长14.2%；其中，城乡居民储蓄存款余额136.82亿元，比年初增长12.7%。各项贷款余额142.87亿元，比年初增长19.6%。',
    '七、电力消费平稳增长',
    '1—10月，全市全社会用电量12.48亿千瓦时，同比增长9.6%；其中，工业用电量8.92亿千瓦时，增长11.3%。',
    '八、市场物价涨幅扩大',
    '1—10月，全市居民消费价格总水平同比上涨3.1%，涨幅比1—9月扩大0.2个百分点。',
    '总的看，1—10月全市经济运行总体良好，但也存在工业结构单一、消费增长后劲不足、物价上涨压力加大等问题。最后两个月，各地各部门要紧盯全年目标，确保完成规模以上工业增加值增长20%、一般预算收入12.7亿元的年度目标。',
  ],
  caption: '禄坪市2010年1—10月主要经济指标',
  header: {
    merged: ['指标名称', '单位'],
    group: '1—10月',
    sub: ['总量', '增长（%）', '全州位次'],
  } as TwoLevelHeader,
  rows: [
    ['规模以上工业增加值', '亿元', '86.42', '21.6', '2'],
    ['　其中：轻工业', '亿元', '31.25', '18.4', '—'],
    ['　　　　重工业', '亿元', '55.17', '23.5', '—'],
    ['规模以上工业主营业务收入', '亿元', '312.58', '26.4', '—'],
    ['规模以上工业利润总额', '亿元', '18.36', '32.7', '—'],
    ['城镇固定资产投资', '亿元', '148.65', '34.2', '3'],
    ['　其中：工业投资', '亿元', '86.27', '41.5', '—'],
    ['　　　　房地产开发投资', '亿元', '15.34', '18.6', '—'],
    ['社会消费品零售总额', '亿元', '62.84', '18.9', '4'],
    ['　其中：城镇消费品零售额', '亿元', '51.37', '19.5', '—'],
    ['　　　　乡村消费品零售额', '亿元', '11.47', '16.2', '—'],
    ['全口径财政收入', '亿元', '18.74', '23.5', '2'],
    ['　其中：一般预算收入', '亿元', '11.26', '27.8', '1'],
    ['一般预算支出', '亿元', '29.63', '22.1', '—'],
    ['进出口总额', '亿美元', '2.86', '38.4', '—'],
    ['　其中：出口', '亿美元', '1.94', '42.6', '—'],
    ['　　　　进口', '亿美元', '0.92', '30.2', '—'],
    ['金融机构各项存款余额', '亿元', '215.36', '14.2', '—'],
    ['　其中：城乡居民储蓄存款余额', '亿元', '136.82', '12.7', '—'],
    ['金融机构各项贷款余额', '亿元', '142.87', '19.6', '—'],
    ['全社会用电量', '亿千瓦时', '12.48', '9.6', '—'],
    ['　其中：工业用电量', '亿千瓦时', '8.92', '11.3', '—'],
    ['居民消费价格总水平', '%', '—', '3.1', '—'],
  ],
  note: '注：全州位次为增速在全州8个县（市）中的排位；存贷款余额为10月末数，增速为比年初增长。',
};

export async function lupingDocx(): Promise<Buffer> {
  const l = luping;
  const page = { header: runningHeader(l.runningHeader), footer: footerForms.pageOfTotal };
  return reportDocx(
    [
      reportSection(page, [
        reportTitle(l.title),
        para(l.dateLine, { alignment: AlignmentType.CENTER }),
        ...bodyParas(l.body),
        para(`附表：${l.caption}`, { alignment: AlignmentType.CENTER, bold: true }),
        indicatorTable(l.header, l.rows, [3400, 1200, 1500, 1500, 1200]),
        small(l.note),
      ]),
    ],
    { title: l.title, office: l.office },
  );
}
