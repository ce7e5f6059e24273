// The one-hundred-and-forty-second held-out batch's .docx (session 33): a Sichuan-style county's 2026年政府工作报告
// (岺湔县 under 嵋棠市) as the Word file the government office posts: the title, the byline (date, session, speaker),
// the 2025 review with 预计 figures and ranks (增速居全市第N位), firm counts, a park's output, the key-project programme
// and named projects with 总投资/累计完成投资, then the 2026 goals with 左右/以上 and the named projects of the year; a
// page-number footer. Built by office-report.ts's officeReportDocx. Invented place and figures; the answers are
// tests/accuracy/lingjian-2025-fy-gov-report.answers.json.

import type { OfficeReport } from './office-report.js';

export const lingjian: OfficeReport = {
  name: 'lingjian-2025-fy-gov-report',
  office: '岺湔县人民政府办公室',
  title: '政府工作报告',
  under: ['——2026年1月14日在岺湔县第十九届人民代表大会第六次会议上', '岺湔县人民政府县长　何川渝'],
  body: [
    '各位代表：',
    '现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
    '一、2025年工作回顾',
    '2025年，在县委的坚强领导下，在县人大、县政协的监督支持下，全县上下奋力拼经济、搞建设、抓发展，较好完成了县十九届人大五次会议确定的目标任务。预计全年实现地区生产总值268.5亿元，增长6.2%，增速居全市第3位；规模以上工业增加值增长9.1%，增速居全市第2位；全社会固定资产投资增长7.6%；社会消费品零售总额112.4亿元，增长5.8%；一般公共预算收入12.86亿元，增长6.4%；城乡居民人均可支配收入分别达到42315元、21786元，分别增长4.5%、6.3%。',
    '（一）产业发展提质增效。新增规上工业企业18户，总数达到156户。岺湔化工新材料产业园实现产值126亿元，增长14.2%。新建高标准农田3.2万亩，新培育市级以上龙头企业6家。',
    '（二）项目建设加力提速。实施县级重点项目126个，完成投资86.4亿元，占年度计划的108.2%。岺湔抽水蓄能电站总投资78亿元，累计完成投资23.5亿元。岺湔至溱川高速公路岺湔段建成通车，县中医医院新院区投入使用。争取专项债券资金9.8亿元。',
    '（三）民生福祉持续增进。民生支出占一般公共预算支出的比重达到72.6%。城镇新增就业4826人。新改建农村公路138公里，新增幼儿园学位1200个。',
    '二、2026年工作安排',
    '2026年是“十五五”开局之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%以上；全社会固定资产投资增长6%；社会消费品零售总额增长6%左右；一般公共预算收入增长5%以上；城乡居民人均可支配收入增长与经济增长同步；城镇新增就业4500人以上；单位地区生产总值能耗完成市下达目标任务。',
    '重点抓好以下工作：',
    '（一）全力扩大有效投资。加快建设岺湔抽水蓄能电站，年内完成投资15亿元。开工建设岺湔县城北片区城市更新项目，总投资12.6亿元。全年实施县级重点项目130个以上。',
    '（二）加快建设现代产业体系。推动岺湔化工新材料产业园二期建成投产，力争园区产值突破150亿元。',
    '（三）用心用情保障民生。办好10件民生实事，新增城镇义务教育学位2000个。',
    '各位代表，新的征程已经开启。让我们在县委的坚强领导下，团结一心、实干笃行，为奋力谱写岺湔高质量发展新篇章而努力奋斗！',
  ],
  closing: [],
};
