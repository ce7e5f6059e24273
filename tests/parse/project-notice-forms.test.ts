// Project forms of key-project notices first met in held-out-6: projects held up for a reason
// (甲项目、乙项目因…滞后，尚未开工) and a month range between the name and its progress; then those of
// the session-8 sweep of notices and news on key projects: classes of projects that are no project,
// lists introduced by a verb and closed by 等N个, products joined inside one name, shares of the
// year's plan as statuses. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const read = (...prose: string[]) =>
  parseReportText(
    [
      '丙县2025年1-4月重点项目建设进展情况通报',
      '1-4月，全县重点项目累计完成投资18.4亿元，完成年度投资计划的31.2%。',
      ...prose,
    ].join('\n'),
    { sourceName: 'project-notice-forms.txt' },
  ).report?.projects ?? [];
const mentions = (...prose: string[]) =>
  read(...prose).flatMap((p) =>
    p.mentions.map((m) => [p.name, m.plannedInvestment, m.completedInvestment, m.status]),
  );

describe('key-project notice forms', () => {
  it('reads projects held up for a reason, with the reason as their status', () => {
    expect(mentions('丙县冷链物流园项目、县全民健身中心项目因征地拆迁滞后，尚未开工。')).toEqual([
      ['丙县冷链物流园项目', null, null, '因征地拆迁滞后'],
      ['县全民健身中心项目', null, null, '因征地拆迁滞后'],
    ]);
  });

  it('keeps no month range in a name followed by its progress (甲项目1-4月完成投资)', () => {
    expect(mentions('总投资16亿元的丙县光电产业园一期项目1-4月完成投资2.3亿元。')).toEqual([
      ['丙县光电产业园一期项目', 16e8, 2.3e8, null],
    ]);
  });

  it('reads no project from a clause that is late without naming one', () => {
    expect(mentions('部分项目因资金到位滞后，进度偏慢。')).toEqual([]);
  });
});

describe('key-project forms of the session-8 sweep', () => {
  it('reads no project from the classes a report sorts its projects into', () => {
    expect(
      mentions(
        '续建项目完成投资12.4亿元，产业发展项目完成投资8.1亿元，占年度计划的61.2%。',
        '丙省重点建设项目进展顺利，十大基础设施项目有序推进，市级层面以上重大项目完成投资8亿元。',
        '高速公路建设顺利推进。',
      ),
    ).toEqual([]);
  });

  it('reads a place before a count as the scope of the count, not as a list of one', () => {
    expect(mentions('丙县600个重点项目完成投资42.5亿元。')).toEqual([]);
    expect(mentions('丙县寅湖产业园、卯江物流园等12个项目开工建设。')).toEqual([
      ['丙县寅湖产业园', null, null, '开工建设'],
      ['卯江物流园', null, null, '开工建设'],
    ]);
  });

  it('keeps two products joined by 和 or 及 in one project name', () => {
    expect(
      mentions(
        '总投资3.2亿元的丙县华禾食品有限公司年产5万吨米粉及2万吨挂面项目开工建设。',
        '丁县恒远机械有限公司齿轮和轴承项目、丙县冷链物流园项目建成投产。',
      ),
    ).toEqual([
      ['丙县华禾食品有限公司年产5万吨米粉及2万吨挂面项目', 3.2e8, null, '开工建设'],
      ['丁县恒远机械有限公司齿轮和轴承项目', null, null, '建成投产'],
      ['丙县冷链物流园项目', null, null, '建成投产'],
    ]);
  });

  it('splits by 和 only after the last 、 of a list', () => {
    expect(mentions('丙县星海新能源汽车及电池、丁县光伏产业基地2个项目年度计划投资完成率超100%。')).toEqual([
      ['丙县星海新能源汽车及电池', null, null, '年度计划投资完成率超100%'],
      ['丁县光伏产业基地', null, null, '年度计划投资完成率超100%'],
    ]);
  });

  it('reads a list a verb introduces and 等 with a count closes', () => {
    expect(
      mentions(
        '正在加快建设丙县恒丰建材、丁镇诚钢、卯河纸业等12个工业项目，总投资35.2亿元。',
        '开工项目包括丙县东环路景观提升工程、寅镇食用菌工厂化等9个；',
        '丙市有寅湖锂电池产业园、卯江环境综合整治工程等31个项目开竣工。',
        '包括辰山客运索道、辰山酒店等6个子项目。',
      ),
    ).toEqual([
      ['丙县恒丰建材', null, null, '加快建设'],
      ['丁镇诚钢', null, null, '加快建设'],
      ['卯河纸业', null, null, '加快建设'],
      ['丙县东环路景观提升工程', null, null, null],
      ['寅镇食用菌工厂化', null, null, null],
      ['寅湖锂电池产业园', null, null, '开竣工'],
      ['卯江环境综合整治工程', null, null, '开竣工'],
    ]);
  });

  it('reads a clause that is only a name, then its total investment in the next', () => {
    expect(mentions('丙县茶旅文化产业园项目，总投资5.6亿元，占地120亩，目前已完成投资2.1亿元。')).toEqual([
      ['丙县茶旅文化产业园项目', 5.6e8, 2.1e8, null],
    ]);
    expect(
      mentions('这个项目是省重点项目，总投资2.02亿元。', '丙县谋划部署36个前期工作项目，总投资120亿元。'),
    ).toEqual([]);
  });

  it('reads the share of the year’s plan a project has done as its status, but not a larger group’s', () => {
    expect(
      mentions(
        '丙县乙烯一体化项目完成年计划投资的51.7%。',
        '丙县石化基地、丁县港口物流园等120个产业项目年度投资完成率95.1%。',
      ),
    ).toEqual([
      ['丙县乙烯一体化项目', null, null, '完成年计划投资的51.7%'],
      ['丙县石化基地', null, null, null],
      ['丁县港口物流园', null, null, null],
    ]);
  });

  it('reads lists given as examples, or with adverbs before their status, and a class before a name', () => {
    expect(
      mentions(
        '以丙县水利枢纽工程、丁县东环铁路为代表的一批重点项目实现开工建设。',
        '丙县电子产业园、丁县轴承系列等一批重大项目如期投产。',
        '寅镇古村落保护建设项目提前开工建设，预备项目丙县双港航运枢纽提前开工。',
      ),
    ).toEqual([
      ['丙县水利枢纽工程', null, null, '开工建设'],
      ['丁县东环铁路', null, null, '开工建设'],
      ['丙县电子产业园', null, null, '投产'],
      ['丁县轴承系列', null, null, '投产'],
      ['寅镇古村落保护建设项目', null, null, '开工建设'],
      ['丙县双港航运枢纽', null, null, '开工'],
    ]);
  });

  it('reads lists closed by 等 and a count or 等…项目 after 分别是, 已有, a verb with 了, or no verb', () => {
    expect(
      mentions(
        '全区省定重点管理的丙县微康生物科技创业园、丁县华莉休闲食品等项目4个，总投资33亿元。',
        '竣工投产了丙县云海镁合金、丁县太安中药物流等101个项目。',
        '分别是丙县冰葡萄加工产业园、丁河综合治理工程等旅游三产项目。',
        '建成投产项目已有丙县至丁县高速公路、寅镇水利枢纽工程等13个项目建成。',
        '包括丙县金林安置点、丁河防洪治理工程以及寅镇新闸拆除重建等项目。',
      ),
    ).toEqual([
      ['丙县微康生物科技创业园', null, null, null],
      ['丁县华莉休闲食品', null, null, null],
      ['丙县云海镁合金', null, null, '竣工投产'],
      ['丁县太安中药物流', null, null, '竣工投产'],
      ['丙县冰葡萄加工产业园', null, null, null],
      ['丁河综合治理工程', null, null, null],
      ['丙县至丁县高速公路', null, null, null],
      ['寅镇水利枢纽工程', null, null, null],
      ['丙县金林安置点', null, null, null],
      ['丁河防洪治理工程', null, null, null],
      ['寅镇新闸拆除重建', null, null, null],
    ]);
  });

  it('keeps a leading verb or a description with 的有 out of the first name of a counted list', () => {
    expect(
      mentions(
        '大力推进丙县华粮现代农业产业建设项目、丁镇金凤种养循环示范区配套设施工程等2个项目。',
        '列入中央预算内投资的有丙县生活垃圾收运系统工程、丁县福利院老年养护楼等12个项目。',
      ),
    ).toEqual([
      ['丙县华粮现代农业产业建设项目', null, null, '大力推进'],
      ['丁镇金凤种养循环示范区配套设施工程', null, null, '大力推进'],
      ['丙县生活垃圾收运系统工程', null, null, null],
      ['丁县福利院老年养护楼', null, null, null],
    ]);
  });

  it('reads a list whose status follows a time (已于近期开工)', () => {
    expect(mentions('丙县东环铁路、丁县陆港核心区等项目已于近期顺利开工。')).toEqual([
      ['丙县东环铁路', null, null, '开工'],
      ['丁县陆港核心区', null, null, '开工'],
    ]);
  });

  it('reads 亿 without 元 as an amount, and no contract in a name', () => {
    expect(
      mentions(
        '分别是总投资26亿的丙县年产20万吨铝材项目、总投资10亿的丁县门窗生产基地项目等。',
        '签订投资30亿元的丙县绿色纺织科技园项目合同。',
      ),
    ).toEqual([
      ['丙县年产20万吨铝材项目', 2.6e9, null, null],
      ['丁县门窗生产基地项目', 1e9, null, null],
      ['丙县绿色纺织科技园项目', 3e9, null, null],
    ]);
  });

  it('reads no project from kinds of works or a counted class', () => {
    expect(mentions('公路、机场、航道、轨道交通等项目进展顺利，丙省200项省重大实施项目进展顺利。')).toEqual(
      [],
    );
  });

  it('gives a counted list the status of the clause after it, unless it is a larger group\u2019s share', () => {
    expect(
      mentions(
        '丙县石化基地、丁县港口物流园等2个项目，年度计划投资完成率超100%。',
        '寅镇电子产业园、卯镇陶瓷产业园等30个项目，年度计划投资完成率超90%。',
      ),
    ).toEqual([
      ['丙县石化基地', null, null, '年度计划投资完成率超100%'],
      ['丁县港口物流园', null, null, '年度计划投资完成率超100%'],
      ['寅镇电子产业园', null, null, null],
      ['卯镇陶瓷产业园', null, null, null],
    ]);
  });

  it('drops the group a list is taken from before its first name, and reads 复工 but not inside 修复工程', () => {
    expect(
      mentions(
        '其中12个重大产业项目中丙县现代农业物流园、丁县精密铸造等8个项目已复工。',
        '丙县河道生态修复工程进展顺利。',
      ),
    ).toEqual([
      ['丙县现代农业物流园', null, null, '复工'],
      ['丁县精密铸造', null, null, '复工'],
      ['丙县河道生态修复工程', null, null, '进展顺利'],
    ]);
  });

  it('reads no list of places a bare count closes', () => {
    expect(mentions('服务范围包括丙县东城镇、丁县西岭镇等12个，项目建设加快推进。')).toEqual([]);
  });

  it('reads a one-cell-per-line table of projects (序号, 项目名称, 总投资, 完成投资) as projects, not indicators', () => {
    const text = [
      '丙县2025年1-4月重点项目建设进展情况通报',
      '1-4月，全县重点项目累计完成投资18.4亿元，完成年度投资计划的31.2%。',
      '附件：重点项目进展情况表',
      '序号',
      '项目名称',
      '总投资（亿元）',
      '年度计划投资（亿元）',
      '1-4月完成投资（亿元）',
      '完成率（%）',
      '1',
      '丙县光电产业园',
      '12',
      '3.5',
      '1.2',
      '34.3',
      '2',
      '丙县东环路改造工程',
      '6.4',
      '2.0',
      '0.9',
      '45.0',
    ].join('\n');
    const report = parseReportText(text, { sourceName: 'project-table.txt' }).report;
    expect(
      report?.projects.map((p) => [
        p.name,
        p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]),
      ]),
    ).toEqual([
      ['丙县光电产业园', [[12e8, 1.2e8]]],
      ['丙县东环路改造工程', [[6.4e8, 0.9e8]]],
    ]);
    expect(report?.observations).toEqual([]);
    expect(report?.targets).toEqual([]);
  });
});

describe('key-project forms of the ninth held-out batch (sutai, qilu, yunchuan)', () => {
  it('reads no project from a dashed class line or the sectors listed under it', () => {
    expect(
      mentions(
        '——城乡建设类项目 累计完成投资6.2亿元，完成年度计划的70.1%。其中：市政项目累计完成投资2.1亿元；新能源项目累计完成投资1.4亿元；特色农牧业项目累计完成投资0.8亿元。',
      ),
    ).toEqual([]);
  });

  it('ends a name before the year’s plan to be done (…项目今年计划完成投资Y亿元), which is no amount done', () => {
    expect(
      mentions('总投资8.5亿元的丙县储能电站项目今年计划完成投资2.4亿元，已完成年度计划的112%。'),
    ).toEqual([['丙县储能电站项目', 8.5e8, null, null]]);
  });

  it('reads the projects a problem is said of (主要是甲、乙等项目…滞后)', () => {
    expect(
      mentions(
        '仍有5个项目未开工，主要是丙县冷链仓储中心二期、东城水厂扩建工程等项目林地、规划等手续办理滞后。',
      ),
    ).toEqual([
      ['丙县冷链仓储中心二期', null, null, null],
      ['东城水厂扩建工程', null, null, null],
    ]);
    expect(mentions('存在的问题主要是部分乡镇等项目单位重视不够。')).toEqual([]);
  });

  it('reads a topped-out main structure (主体结构封顶) as a status', () => {
    expect(mentions('丙县东湖回迁安置小区项目主体结构封顶。')).toEqual([
      ['丙县东湖回迁安置小区项目', null, null, '主体结构封顶'],
    ]);
  });

  it('reads the projects visited named before the verb (对甲、乙和丙进行了视察)', () => {
    expect(
      mentions(
        '会前，常委会组织部分委员对丙县南湖湿地公园项目、县第三中学教学楼项目和西关污水管网项目进行了视察。',
      ),
    ).toEqual([
      ['丙县南湖湿地公园项目', null, null, null],
      ['县第三中学教学楼项目', null, null, null],
      ['西关污水管网项目', null, null, null],
    ]);
    expect(mentions('常委会组织代表对全县重点工作进行了视察。')).toEqual([]);
  });

  it('reads no project from a byline or a page’s links after a one-cell-per-line project table', () => {
    const text = [
      '丙县2025年1-4月重点项目建设进展情况通报',
      '1-4月，全县重点项目累计完成投资18.4亿元，完成年度投资计划的31.2%。',
      '附表：部分项目进展',
      '项目名称',
      '总投资（亿元）',
      '1-4月完成投资（亿元）',
      '丙县光电产业园',
      '12',
      '1.2',
      '（县发改局　供稿）',
      '【打印本页】【关闭窗口】',
      '相关链接：',
      '· 2025年1-3月重点项目建设进展情况',
      '· 丙县召开一季度项目推进会',
    ].join('\n');
    const report = parseReportText(text, { sourceName: 'project-table-tail.txt' }).report;
    expect(report?.projects.map((p) => p.name)).toEqual(['丙县光电产业园']);
  });

  it('reads no indicator from a table of project classes (续建项目, 新开工项目, 合计)', () => {
    const text = [
      '丙县2025年1-4月重点项目建设进展情况通报',
      '1-4月，全县重点项目累计完成投资18.4亿元，完成年度投资计划的31.2%。',
      '附表：重点项目分类完成情况',
      '| 类别 | 项目数（个） | 年度计划投资（亿元） | 1-4月完成投资（亿元） | 完成年度计划（%） |',
      '| --- | --- | --- | --- | --- |',
      '| 续建项目 | 20 | 30.5 | 11.2 | 36.7 |',
      '| 新开工项目 | 25 | 24.3 | 6.1 | 25.1 |',
      '| 合计 | 45 | 54.8 | 17.3 | 31.6 |',
    ].join('\n');
    const report = parseReportText(text, { sourceName: 'project-classes.txt' }).report;
    expect(report?.observations).toEqual([]);
    expect(report?.targets).toEqual([]);
  });

  it('reads no goal for the share of projects started (开复工率, 开、复工率)', () => {
    const text = [
      '丙县2025年1-4月重点项目建设进展情况通报',
      '1-4月，全县重点项目累计完成投资18.4亿元，完成年度投资计划的31.2%。',
      '确保全年重点项目开复工率达到92%以上、竣工率达到40%。',
    ].join('\n');
    expect(parseReportText(text, { sourceName: 'start-rate.txt' }).report?.targets).toEqual([]);
  });
});

describe('key-project forms of the tenth held-out batch (session 10)', () => {
  it('reads the amount done when a single project says 已完成 or 仅完成 without 投资', () => {
    expect(
      mentions(
        '总投资9.6亿元的檀溪抽水泵站今年计划完成投资2.5亿元，截至8月底已完成2.9亿元，完成年度计划的116%。',
        '总投资4.4亿元的檀溪冷链物流园今年计划完成投资1.6亿元，截至8月底仅完成0.7亿元。',
      ),
    ).toEqual([
      ['檀溪抽水泵站', 9.6e8, 2.9e8, null],
      ['檀溪冷链物流园', 4.4e8, 0.7e8, null],
    ]);
  });

  it('reads no project from fields listed before 等领域重点项目', () => {
    expect(mentions('港口航运、农林水利等领域重点项目加快建设，投资完成率达80%以上。')).toEqual([]);
    expect(mentions('新材料、装备制造等行业项目有序推进。')).toEqual([]);
  });

  it('reads the amount done from a column headed by the months (1—8月完成)', () => {
    const text = [
      '丙县2025年1-8月重点项目建设进展情况通报',
      '1-8月，全县重点项目累计完成投资18.4亿元，完成年度投资计划的71.2%。',
      '附表：部分重点项目1—8月进展情况',
      '序号\t项目名称\t总投资（亿元）\t年度计划（亿元）\t1—8月完成（亿元）\t完成率（%）',
      '1\t丙县寅湖水库\t7.5\t2.0\t1.6\t80.0',
      '2\t丙县卯江大桥\t3.2\t1.1\t1.2\t109.1',
    ].join('\n');
    const report = parseReportText(text, { sourceName: 'project-table-months.txt' }).report;
    expect(
      report?.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['丙县寅湖水库', 7.5e8, 1.6e8],
      ['丙县卯江大桥', 3.2e8, 1.2e8],
    ]);
  });
});
