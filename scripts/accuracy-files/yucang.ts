// Held-out-421 (session 47): a Sichuan-style county government office's table of the 2021年十件民生实事 done in 1—8月 (玉沧县
// under the invented 岷渚市), built with office-report.ts's officeReportDocx on landscape pages and printed to PDF: a short intro
// paragraph with the programme's counts and money, then one table (序号 | 项目 | 年度目标任务 | 1-8月完成情况 | 完成% | 责任单位),
// ten rows with counts, the jobs row and four named works with amounts, a 注 and the office's signature. Invented projects and
// figures; the answers are tests/accuracy/yucang-2021-m8-projects.answers.json.

import type { OfficeReport } from './office-report.js';

/** 项目, 年度目标任务, 1-8月完成情况, 完成%, 责任单位. */
type Item = readonly [string, string, string, string, string];

const items: readonly Item[] = [
  ['就业创业促进行动', '城镇新增就业3200人', '城镇新增就业2286人', '71.4', '县人力资源社会保障局'],
  [
    '学前教育扩容工程',
    '新建改扩建公办幼儿园5所，新增学位1350个',
    '5所全部开工，完工2所，新增学位540个',
    '40.0',
    '县教育局',
  ],
  [
    '县人民医院门急诊综合楼建设',
    '玉沧县人民医院门急诊综合楼建设项目年度计划投资6500万元',
    '完成投资4680万元，主体封顶',
    '72.0',
    '县卫生健康局',
  ],
  [
    '养老服务提升工程',
    '新建乡镇养老服务中心3个，改造农村敬老院6个',
    '完工养老服务中心2个，改造敬老院4个',
    '66.7',
    '县民政局',
  ],
  [
    '城乡交通改善工程',
    '玉沧至岷渚二级公路改造工程（玉沧段）年度计划投资1.2亿元',
    '完成投资0.86亿元，路基完成80%',
    '71.7',
    '县交通运输局',
  ],
  [
    '城区污水处理提标',
    '玉沧县城区污水处理厂提标改造工程总投资4200万元，年内完工',
    '累计完成投资2900万元，设备安装中',
    '69.0',
    '县住房城乡建设局',
  ],
  [
    '老旧小区改造',
    '改造城镇老旧小区12个、1860户',
    '12个全部开工，完工5个、760户',
    '41.7',
    '县住房城乡建设局',
  ],
  [
    '城北棚户区改造',
    '城北棚户区改造安置房项目建设安置房860套，年度计划投资1.5亿元',
    '完成投资0.98亿元，6栋主体封顶',
    '65.3',
    '县住房城乡建设局',
  ],
  ['高标准农田建设', '新建高标准农田2.5万亩', '完成1.6万亩', '64.0', '县农业农村局'],
  [
    '文化惠民工程',
    '新建村级综合文化服务中心20个，开展送戏下乡120场',
    '建成服务中心14个，送戏下乡86场',
    '70.0',
    '县文化广播电视和旅游局',
  ],
];

export const yucang: OfficeReport = {
  name: 'yucang-2021-m8-projects',
  office: '玉沧县人民政府办公室',
  title: '玉沧县2021年十件民生实事1—8月完成情况',
  under: ['玉沧县人民政府办公室', '（2021年9月15日）'],
  body: [
    '今年以来，各牵头单位按照县委、县政府部署，对照年度目标任务倒排工期、挂图作战，全县民生实事推进总体有序。截至8月底，全县10件民生实事30个子项目中，达到或超过时序进度的24个，其中已提前完成全年任务的9个；滞后于时序进度的6个。10件民生实事累计完成投资4.86亿元，占年度计划投资7.12亿元的68.3%。现将1—8月完成情况公布如下，滞后的项目责任单位要加快推进，确保年底前全面完成。',
  ],
  table: {
    caption: '玉沧县2021年十件民生实事1—8月完成情况表',
    header: ['序号', '项目', '年度目标任务', '1-8月完成情况', '完成%', '责任单位'],
    rows: items.map((it, i) => [`${i + 1}`, ...it]),
    note: '注：完成%为1-8月完成量（投资额）占年度目标任务的比重；时序进度按66.7%计。',
    at: 1,
  },
  closing: ['玉沧县人民政府办公室', '2021年9月15日'],
  landscape: true,
};
