// The twenty-second held-out batch's Word file: a county standing committee's 审查意见 on the government's
// 2017 budget execution report and the 2018 budget draft (埠溪县 under 宁岫市, a Ningxia-style county),
// delivered as .docx: the committee's title and session line, 经审查 paragraphs whose revenues and
// spending each stand beside 占调整预算的A% and their growth, fund and social-insurance budgets, the debt
// balance within its 限额, the draft's figures, and the committee's signature line.
// Invented place and figures; the answers are tests/accuracy/buxi-2017-budget-review.answers.json.

import { AlignmentType } from 'docx';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';
import { para } from './word-table.js';

export const buxi = {
  name: 'buxi-2017-budget-review',
  office: '埠溪县人大常委会办公室',
  title: '埠溪县人民代表大会常务委员会关于埠溪县2017年财政预算执行情况和2018年财政预算草案的审查意见',
  session: '（2018年1月16日埠溪县第十八届人民代表大会第二次会议主席团第二次会议通过）',
  body: [
    '埠溪县第十八届人民代表大会第二次会议期间，县人大常委会根据代表的审议意见，对县人民政府提交的《关于埠溪县2017年财政预算执行情况和2018年财政预算草案的报告》进行了审查。现将审查意见报告如下：',
    '一、2017年财政预算执行情况总体较好',
    '2017年，县人民政府及财政部门认真执行县十八届人大一次会议批准的预算和县人大常委会批准的预算调整方案，财政运行总体平稳。全县一般公共预算收入完成6.82亿元，占调整预算的101.8%，同比增长7.6%。其中，税收收入4.95亿元，同比增长9.3%，占一般公共预算收入的比重为72.6%，比上年提高1.2个百分点。一般公共预算支出完成28.46亿元，占调整预算的96.4%，同比增长8.2%；其中民生支出22.14亿元，占一般公共预算支出的77.8%。',
    '政府性基金预算收入完成3.24亿元，占调整预算的108.0%；政府性基金预算支出3.87亿元，占调整预算的94.6%。国有资本经营预算收入0.18亿元。社会保险基金预算收入5.36亿元，支出4.92亿元，年末滚存结余3.05亿元。',
    '年末全县政府债务余额18.75亿元，控制在自治区核定的债务限额21.3亿元以内。全年争取上级转移支付资金19.62亿元，发行新增地方政府债券2.4亿元，主要用于埠溪工业园区污水处理厂、县城集中供热管网改造工程建设。',
    '二、预算执行中存在的主要问题',
    '审查中也发现，财政收入结构仍需优化，非税收入增长较快；刚性支出持续增加，收支矛盾突出；部分专项资金支出进度偏慢，一般公共预算支出未完成调整预算；政府债务还本付息压力加大。',
    '三、对2018年预算草案的审查意见',
    '县人民政府提出的2018年预算草案，贯彻了量入为出、收支平衡的原则，总体可行。2018年全县一般公共预算收入预期增长6%，安排一般公共预算支出26.8亿元，政府性基金预算收入安排3.1亿元。县人大常委会建议本次会议批准县人民政府提出的2018年财政预算草案，批准县本级预算。',
    '四、几点建议',
    '（一）依法组织财政收入，提高税收收入占比，确保收入质量。',
    '（二）优化支出结构，严控一般性支出，加快专项资金支出进度。',
    '（三）规范政府举债行为，将债务余额控制在限额以内，防范化解债务风险。',
    '（四）主动接受人大监督，按规定向县人大常委会报告预算执行和调整情况。',
  ],
  signature: '埠溪县人民代表大会常务委员会',
  dated: '2018年1月16日',
};

export async function buxiDocx(): Promise<Buffer> {
  const b = buxi;
  return reportDocx(
    [
      reportSection({ footer: footerForms.dashes }, [
        reportTitle(b.title),
        para(b.session, { alignment: AlignmentType.CENTER }),
        ...b.body.map((p) => para(p, { bold: isPartHeading(p) && p.length < 30 })),
        para(b.signature, { alignment: AlignmentType.RIGHT }),
        para(b.dated, { alignment: AlignmentType.RIGHT }),
      ]),
    ],
    { title: b.title, office: b.office },
  );
}
