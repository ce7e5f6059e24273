// The fortieth held-out batch's statistics analysis: a Chongqing county statistics bureau's 2021 1—5月 analysis as a
// Word file (浃汀县, invented): a running header with the bulletin's issue, chart captions (图1…图3) standing where
// the bureau's charts were, 两年平均增长 beside each growth, a Word footnote after 规模以上工业增加值 (its threshold
// and the base of the two-year average), ranks among 渝东片区 counties, and a signature. Built with word-report.ts's
// shell; its answers are tests/accuracy/jiating-2021-m5-analysis.answers.json, written by hand before any parse.

import { AlignmentType } from 'docx';
import {
  bodyParas,
  footerForms,
  reportDocx,
  reportSection,
  reportTitle,
  runningHeader,
} from './word-report.js';
import { para } from './word-table.js';

export const jiating = {
  name: 'jiating-2021-m5-analysis',
  office: '浃汀县统计局',
  title: '1—5月全县经济运行稳中加固',
  runningHeader: '浃汀统计信息　2021年第9期',
  /** `^` marks where the footnote's reference sits. */
  body: [
    '1—5月，面对复杂多变的外部环境，全县上下坚持稳中求进工作总基调，统筹疫情防控和经济社会发展，主要经济指标保持恢复性增长，经济运行稳中加固、稳中向好。',
    '一、工业生产稳步回升',
    '1—5月，全县规模以上工业增加值^同比增长16.8%，两年平均增长7.2%，增速比1—4月提高0.9个百分点，居渝东片区8个区县第3位。分经济类型看，国有控股企业增长9.4%，股份制企业增长18.1%，私营企业增长21.6%。分行业看，全县26个工业行业大类中有19个实现增长，增长面为73.1%。其中，食品加工业增长24.3%，建材业增长12.7%，电子元器件制造业增长37.5%，三个行业合计拉动规模以上工业增长9.8个百分点。',
    '5月当月，全县规模以上工业增加值同比增长8.9%，环比增长1.2%。',
    '图1　2020年1—5月以来全县规模以上工业增加值累计增速（%）',
    '1—4月，全县规模以上工业企业实现营业收入86.42亿元，同比增长27.5%；利润总额5.13亿元，增长41.2%；营业收入利润率为5.94%，比上年同期提高0.57个百分点。',
    '二、固定资产投资较快增长',
    '1—5月，全县固定资产投资同比增长19.4%，两年平均增长6.8%，高于全市平均水平3.1个百分点。分领域看，工业投资增长26.5%，占全部投资的比重为32.7%，比上年同期提高1.8个百分点；基础设施投资增长14.2%；房地产开发投资增长8.6%。全县施工项目293个，其中新开工项目87个。',
    '图2　2020年以来全县固定资产投资分月累计增速（%）',
    '商品房销售面积18.62万平方米，同比增长33.9%；商品房销售额11.37亿元，增长40.6%。',
    '三、消费市场持续回暖',
    '1—5月，全县社会消费品零售总额42.18亿元，同比增长28.7%，两年平均增长5.9%，增速居渝东片区第2位。按经营单位所在地分，城镇消费品零售额33.64亿元，增长29.3%；乡村消费品零售额8.54亿元，增长26.4%。按消费类型分，餐饮收入5.26亿元，增长61.8%；商品零售36.92亿元，增长25.1%。',
    '图3　2020年以来全县社会消费品零售总额分月累计增速（%）',
    '四、财政金融运行平稳',
    '1—5月，全县一般公共预算收入5.86亿元，同比增长15.3%，完成年度预算的45.2%，超序时进度3.5个百分点；其中税收收入4.07亿元，增长18.9%，税收收入占一般公共预算收入的比重为69.5%。一般公共预算支出14.92亿元，增长3.4%。',
    '5月末，全县金融机构人民币各项存款余额286.45亿元，同比增长9.7%，比年初增加14.83亿元；各项贷款余额193.26亿元，同比增长13.2%，比年初增加12.09亿元。',
    '五、居民消费价格温和上涨',
    '1—5月，全县居民消费价格总水平同比上涨0.6%，涨幅比1—4月扩大0.2个百分点。八大类商品和服务价格“五涨三降”，其中交通和通信类上涨3.1%，食品烟酒类下降0.8%。',
    '六、需要关注的问题',
    '一是两年平均增速仍低于疫情前水平，规模以上工业两年平均增速比2019年同期低1.9个百分点；二是部分行业恢复不均衡，26个工业行业大类中仍有7个同比下降；三是一般公共预算支出增速偏低，收支平衡压力较大。',
    '下阶段，建议围绕全年地区生产总值增长8%、规模以上工业增加值增长10%的预期目标，持续加力稳工业、扩投资、促消费，巩固经济回升向好势头。',
  ],
  footnote:
    '规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；两年平均增长以2019年同期为基数计算。',
  signature: ['浃汀县统计局', '2021年6月21日'],
};

export async function jiatingDocx(): Promise<Buffer> {
  const d = jiating;
  const page = { header: runningHeader(d.runningHeader, AlignmentType.RIGHT), footer: footerForms.hyphens };
  return reportDocx(
    [
      reportSection(page, [
        reportTitle(d.title),
        para(d.office, { alignment: AlignmentType.CENTER }),
        ...bodyParas(d.body),
        ...d.signature.map((s) => para(s, { alignment: AlignmentType.RIGHT })),
      ]),
    ],
    { title: d.title, office: d.office, footnote: d.footnote },
  );
}
