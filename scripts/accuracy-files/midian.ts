// The one-hundred-and-eighty-second held-out batch's Excel 97–2003 workbook (.xls, BIFF8, laid out by bureau-sheets.ts):
// 弥甸县's (a Yunnan-style county) 2026年省市重点项目1—8月推进情况 as its 发展和改革局 sends it round, one sheet with
// 项目名称 | 总投资（万元） | 年度计划（万元） | 1—8月完成（万元） | 占年计划% | 进展情况, the projects under 一、省级重点项目 and
// 二、市级重点项目 with each group's subtotal, a 合计 row, a project not started (0 and 0.0), 注 rows with the 时序进度 and
// the 开工率, and the bureau's signature. Invented place and figures; its answers are
// tests/accuracy/midian-2026-m8-projects.answers.json.

import { bureauWorkbookXls, type SheetSpec } from './bureau-sheets.js';

export const midian = { name: 'midian-2026-m8-projects' };

const projects: SheetSpec = {
  name: '省市重点项目',
  title: '弥甸县2026年省市重点项目1—8月推进情况表',
  unitLine: '单位：万元',
  header: ['项目名称', '总投资（万元）', '年度计划（万元）', '1—8月完成（万元）', '占年计划%', '进展情况'],
  rows: [
    ['合计（10个）', 781900, 177800, 115120, 64.7, ''],
    ['一、省级重点项目（4个）', 582500, 117000, 80100, 68.5, ''],
    ['1.弥甸县高原特色农产品冷链物流园项目', 86000, 18000, 12600, 70.0, '冷库主体完工，分拣中心设备安装中'],
    ['2.弥甸至沙甸高速公路（弥甸段）', 420000, 60000, 43800, 73.0, '路基完成65%，3座隧道贯通'],
    ['3.弥甸县新型储能电站项目', 52000, 30000, 16500, 55.0, '储能舱基础施工'],
    ['4.弥甸县城区供水厂扩建工程', 24500, 9000, 7200, 80.0, '清水池完工，铺设管网12公里'],
    ['二、市级重点项目（6个）', 199400, 60800, 35020, 57.6, ''],
    ['5.弥甸县职业高级中学新校区建设项目', 38000, 12000, 8160, 68.0, '教学楼主体封顶'],
    ['6.弥甸县古城保护与文旅提升项目', 65000, 15000, 6300, 42.0, '完成房屋征收120户'],
    ['7.弥甸县工业园区标准厂房（二期）', 28000, 10000, 8600, 86.0, '8栋厂房主体完工'],
    ['8.弥甸县人民医院感染楼建设项目', 12600, 6000, 5100, 85.0, '进入装饰装修阶段'],
    ['9.弥甸县高标准农田建设项目', 9800, 9800, 6860, 70.0, '完成建设3.2万亩'],
    ['10.弥甸县生活垃圾焚烧发电项目', 46000, 8000, 0, 0.0, '已取得环评批复，尚未开工'],
  ],
  notes: [
    '注：1.时序进度按66.7%计，占年计划%为1—8月完成投资占年度计划投资的比重。',
    '    2.全县10个省市重点项目已开工9个，开工率90%；6个项目达到或超过时序进度。',
  ],
  formats: [null, '0', '0', '0', '0.0', null],
};

export const midianXls = (): Buffer =>
  bureauWorkbookXls([projects], { bureau: '弥甸县发展和改革局', nameWidth: 40, valueWidth: 14 });
