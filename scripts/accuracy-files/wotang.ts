// The thirty-fifth held-out batch (ho35): a Sichuan county development and reform bureau's 1-9月 key-project
// progress notice (沃塘县, 2011) printed to PDF from Word on landscape pages (office-report.ts, LibreOffice): a document number,
// the programme's totals in prose (facts only), then a table 序号 | 项目名称 | 总投资 | 年度计划 | 1-9月完成 |
// 进展情况 in 万元 whose 进展情况 cells are long enough to wrap over several lines, phases in names (二期,
// （一期）), one project not started, and the bureau's signature. Invented place, projects and figures; the
// answers are tests/accuracy/wotang-2011-m9-projects.answers.json.

import type { OfficeReport } from './office-report.js';

export const wotang: OfficeReport = {
  name: 'wotang-2011-m9-projects',
  office: '沃塘县发展和改革局',
  title: '关于2011年1-9月全县重点项目建设进展情况的通报',
  under: ['沃发改〔2011〕142号'],
  body: [
    '各乡（镇）人民政府，县级各部门：',
    '现将2011年1-9月全县重点项目建设进展情况通报如下。',
    '一、总体进展',
    '今年全县共安排重点项目42个，总投资168.6亿元，年度计划投资38.5亿元。1-9月，累计完成投资29.74亿元，占年度计划的77.2%，超时序进度2.2个百分点。计划新开工项目16个，已开工13个，开工率81.3%；沃塘中学学生公寓等5个项目已竣工。',
    '二、重点项目进展情况',
    '存在的问题：部分项目征地拆迁推进缓慢，沃塘城北物流园（一期）因用地报批未完成尚未开工。',
    '下步要求：各项目业主单位要倒排工期，强化要素保障，确保完成全年投资任务。',
  ],
  table: {
    caption: '沃塘县2011年1-9月重点项目进展情况表（单位：万元）',
    header: ['序号', '项目名称', '总投资', '年度计划', '1-9月完成', '进展情况'],
    rows: [
      [
        '1',
        '沃塘至青溪公路改建工程',
        '46800',
        '12000',
        '9860',
        '路基工程完成全线的85%，K12至K18段路面基层已铺筑完成，沃河大桥下部结构完成，正进行上部结构预制梁架设',
      ],
      [
        '2',
        '沃塘工业集中区污水处理厂二期',
        '8600',
        '4500',
        '4120',
        '主体构筑物全部完成，设备已到场安装，管网铺设完成6.2公里，计划11月底通水调试',
      ],
      [
        '3',
        '沃塘县人民医院综合住院楼',
        '15200',
        '6000',
        '5380',
        '主体结构封顶，正进行外墙装饰和水电安装，室内装修招标已完成',
      ],
      [
        '4',
        '沃塘城北物流园（一期）',
        '32000',
        '5000',
        '0',
        '用地报批手续正在办理，已完成项目备案和环评批复，力争10月底开工建设',
      ],
      ['5', '沃塘中学学生公寓', '2400', '2400', '2400', '已竣工，9月1日交付使用'],
    ],
    note: '注：进展情况截至2011年9月30日。',
    at: 5,
  },
  closing: ['沃塘县发展和改革局', '2011年10月12日'],
  landscape: true,
};
