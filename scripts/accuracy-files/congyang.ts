// The ninety-seventh held-out batch's PDF (session 29): an Anhui-style county 统计局's 统计快报 for 2025年上半年 (潀阳县
// under 瀍州市, 2025), built by officeReportDocx and printed to PDF by LibreOffice, written as the text layer of a paper
// copy that was scanned and OCRed: full-width digits (０-９, ．, ％) in some figures, stray spaces between the characters of
// some words (地 区 生 产 总 值), a running header with the issue number, page numbers, the county's GDP with its three
// industries and their structure, 比一季度加快 and 比1—5月回落 moves, 高于全市平均水平, industry, investment with its parts,
// consumption, finance with 完成年度预算的A%, deposits and loans, incomes, and a table of the main indicators set as lines
// whose columns are runs of spaces (no Word table), with a 注 line. Invented place and figures; the answers are
// tests/accuracy/congyang-2025-h1-analysis.answers.json.

import type { OfficeReport } from './office-report.js';

const body = [
  '２０２５年上半年，面对复杂多变的外部环境，全县上下认真落实县委、县政府各项决策部署，全力稳增长、促发展，经济运行总体平稳、稳中向好。现将主要指标快报如下：',
  '一、地 区 生 产 总 值',
  '根据瀍州市统一核算结果，上半年全县实现地区生产总值１２６.８４亿元，按不变价格计算，同比增长６．１％，增速比一季度加快０.４个百分点，高于全市平均水平０.５个百分点，居全市第３位。分产业看，第一产业增加值14.27亿元，增长3.8%；第二产业增加值５２．６５亿元，增长７．６％；第三产业增加值59.92亿元，增长5.4%。三次产业结构为11.3∶41.5∶47.2。',
  '二、工 业 生 产',
  '上半年，全县规 模 以 上工业增加值同比增长8.3%，比1—5月回落0.2个百分点，增速居全市第２位。规模以上工业总产值２３８．５６亿元，增长7.9%。其中，制造业增加值增长8.8%；高技术制造业增加值增长１５．２％，占规模以上工业增加值的比重为12.6%，比上年同期提高1.4个百分点。6月末，全县规模以上工业企业达到186家，较年初净增9家。工业用电量4.83亿千瓦时，增长5.7%。',
  '三、固 定 资 产 投 资',
  '上半年，全县固定资产投资同比增长5.2%，比一季度回落1.1个百分点。分领域看，工业投资增长１３．４％，占全部投资的比重为41.6%；房地产开发投资下降11.6%；民间投资下降2.3%。全县亿元以上在库项目127个，完成投资比重达到68.5%。商品房销售面积18.62万平方米，下降9.8%。',
  '四、消 费 市 场',
  '上半年，全县社会消费品零售总额５２．３７ 亿元，同比增长5.1%，比一季度加快0.6个百分点。其中，限额以上单位消费品零售额19.84亿元，增长6.4%。按消费类型分，商品零售46.02亿元，增长4.7%；餐饮收入6.35亿元，增长8.1%。',
  '五、财 政 金 融',
  '上半年，全县一般公共预算收入7.84亿元，同比增长3.9%，完成年度预算的５４．２％。其中税收收入5.52亿元，增长2.6%，占一般公共预算收入的比重为70.4%。一般公共预算支出１９.６３亿元，增长4.7%。6月末，全县金融机构本外币各项存款余额３１２．４５亿元，同比增长8.1%；各项贷款余额268.19亿元，同比增长9.4%。',
  '六、居 民 收 入',
  '上半年，全县居民人均可支配收入18426元，同比增长5.6%。按常住地分，城镇居民人均可支配收入３２０５４元，增长4.8%；农村居民人均可支配收入12873元，增长６．５％，增速居全市第２位。',
  '表　2025年上半年潀阳县主要经济指标',
  '指 标 名 称                   单位        1—6月        同比增长（%）     全市位次',
  '地区生产总值                  亿元        126.84          6.1               3',
  '规模以上工业增加值            —           —               8.3               2',
  '固定资产投资                  —           —               5.2               5',
  '社会消费品零售总额            亿元        52.37           5.1               4',
  '一般公共预算收入              亿元        7.84            3.9               6',
  '城镇居民人均可支配收入        元          32054           4.8               5',
  '农村居民人均可支配收入        元          12873           6.5               2',
  '注：１．地区生产总值、规模以上工业增加值增速按不变价格计算；２．全市共８个县（市、区）；３．本快报为初步统计数，以年报为准。',
];

export const congyang: OfficeReport = {
  name: 'congyang-2025-h1-analysis',
  office: '潀阳县统计局',
  title: '2025年上半年潀阳县主要经济指标快报',
  under: ['潀阳县统计局　　　　　　　　２０２５年７月２２日'],
  body,
  closing: ['潀阳县统计局综合股', '联系电话：0558-7216035'],
  runningHeader: '潀阳县统计局　统计快报　2025年第６期',
};
