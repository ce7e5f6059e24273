// Key-project forms of the gproj fixtures (fuyan-2023-m8-projects, jiaoshan-2024-h1) and of the documents
// they were written after (docs/corpus.md 331–340): statuses before the works start, numbered items that
// name projects with a status, amounts given 分别 in order, class lists after a colon, parts of a project
// named after it, and a plan gap said of a named indicator's growth alone. Places, names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { respectiveAmounts } from '../../src/parse/project-respective.js';

const notice = (...lines: string[]) =>
  parseReportText(
    [
      '枞岭县2023年1—8月重点项目建设推进情况',
      '1—8月，全县重点项目累计完成投资21.6亿元，完成年度计划的70.2%。',
      ...lines,
    ].join('\n'),
    { sourceName: 'gproj-forms.txt' },
  ).report;

const projects = (...lines: string[]) =>
  (notice(...lines)?.projects ?? []).map((p) => ({
    name: p.name,
    planned: p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null,
    done: p.mentions.map((m) => m.completedInvestment).find((v) => v !== null) ?? null,
    status: p.mentions.map((m) => m.status).find((v) => v !== null) ?? null,
  }));

describe('statuses before the works start', () => {
  it.each([
    ['枞岭县城市更新（PPP）项目正在办理用地预审。', '枞岭县城市更新(PPP)项目', '正在办理用地预审'],
    ['枞岭县妇幼保健院迁建项目仍在办理用地手续。', '枞岭县妇幼保健院迁建项目', '仍在办理用地手续'],
    ['枞岭冷链物流园已完成土地平整。', '枞岭冷链物流园', '已完成土地平整'],
    [
      '枞岭40兆瓦农光互补光伏电站（EPC）完成组件安装的60%。',
      '枞岭40兆瓦农光互补光伏电站(EPC)',
      '完成组件安装的60%',
    ],
    ['签约的枞岭竹木精深加工产业园项目已注册落地。', '枞岭竹木精深加工产业园项目', '注册落地'],
    ['枞岭县第二自来水厂已进场施工。', '枞岭县第二自来水厂', '进场施工'],
  ])('%s', (line, name, status) => {
    expect(projects(line)).toEqual([{ name, planned: null, done: null, status }]);
  });

  it('reads the total before a name that a step of site work follows', () => {
    expect(projects('总投资12亿元的枞岭锂电材料产业园（一期）已完成土地平整，正在进行桩基施工。')).toEqual([
      { name: '枞岭锂电材料产业园(一期)', planned: 1200000000, done: null, status: '已完成土地平整' },
    ]);
  });

  it('keeps both projects of a 、 pair in a problem with a step', () => {
    expect(
      projects('一是部分项目开工滞后，其中枞岭县中医院迁建项目、岚河生态治理工程仍在办理用地手续；').map(
        (p) => p.name,
      ),
    ).toEqual(['枞岭县中医院迁建项目', '岚河生态治理工程']);
  });
});

describe('numbered items', () => {
  it('reads an item of ① style whose short sentence names two projects with a status', () => {
    expect(
      projects('（三）竣工投产项目', '③ 枞岭县城供水管网改造工程和枞岭县第二中学迁建项目已竣工验收。').map(
        (p) => [p.name, p.status],
      ),
    ).toEqual([
      ['枞岭县城供水管网改造工程', '竣工'],
      ['枞岭县第二中学迁建项目', '竣工'],
    ]);
  });

  it('gives an item heading the status its next sentence is made of', () => {
    expect(
      projects(
        '（一）新开工项目',
        '4.枞岭县乡镇污水处理厂网一体化PPP项目。已完成前期工作，正在办理施工许可。',
      ),
    ).toEqual([
      { name: '枞岭县乡镇污水处理厂网一体化PPP项目', planned: null, done: null, status: '已完成前期工作' },
    ]);
  });
});

describe('amounts given 分别, in order', () => {
  it('after a list of amount-led names (计划投资X亿元的甲、总投资Y亿元的乙…，分别完成投资a、b)', () => {
    expect(
      projects(
        '此外，计划投资3.2亿元的枞岭文旅康养小镇、总投资1.9亿元的县城北环路改造工程进展顺利，分别完成投资0.85亿元、0.62亿元。',
      ),
    ).toEqual([
      { name: '枞岭文旅康养小镇', planned: 320000000, done: 85000000, status: '进展顺利' },
      { name: '县城北环路改造工程', planned: 190000000, done: 62000000, status: '进展顺利' },
    ]);
  });

  it('after a 、 list in the same clause (甲、乙分别完成投资a亿元和b亿元)', () => {
    expect(
      projects('枞岭大道、枞岭港二期分别完成投资1.2亿元和0.8亿元，占年度计划投资的65.7%和104%。'),
    ).toEqual([
      { name: '枞岭大道', planned: null, done: 120000000, status: null },
      { name: '枞岭港二期', planned: null, done: 80000000, status: null },
    ]);
  });

  it.each([
    ['分别完成投资0.85亿元、0.62亿元', [85000000, 62000000]],
    ['分别完成投资1.2亿元和0.8亿元', [120000000, 80000000]],
    ['分别完成投资0.85、0.62亿元', [85000000, 62000000]],
    ['分别完成3200万元、1500万元', [32000000, 15000000]],
    ['分别完成投资0.85亿元', null],
    ['分别增长5.2%、6.1%', null],
    ['完成投资0.85亿元、0.62亿元', null],
  ])('respectiveAmounts(%s)', (clause, amounts) => {
    expect(respectiveAmounts(clause)).toEqual(amounts);
  });
});

describe('lists of projects', () => {
  it('reads a list whose start is a time and 集中 (等9个项目于3月集中开工)', () => {
    expect(
      projects('枞岭大道西延线、岚河防洪堤二期和枞岭县第三幼儿园等9个项目于3月集中开工；').map((p) => [
        p.name,
        p.status,
      ]),
    ).toEqual([
      ['枞岭大道西延线', '开工'],
      ['岚河防洪堤二期', '开工'],
      ['枞岭县第三幼儿园', '开工'],
    ]);
  });

  it('reads a class with its count and its projects after a colon, as many as the count', () => {
    expect(
      projects(
        '建设进度较快项目共4个：枞岭发电厂一期、枞岭至岚河高速公路、县委党校迁址新建、城区二水厂。',
      ).map((p) => p.name),
    ).toEqual(['枞岭发电厂一期', '枞岭至岚河高速公路', '县委党校迁址新建', '城区二水厂']);
  });

  it('reads a class and its list on one line, a space between (江陵 form)', () => {
    expect(
      projects('建设进度正常项目共3个 枞岭大堤综合整治、岚河治理、枞岭能源仓储物流园。').map((p) => p.name),
    ).toEqual(['枞岭大堤综合整治', '岚河治理', '枞岭能源仓储物流园']);
  });

  it('reads no class list whose items are fewer than its count (a sample, or fields)', () => {
    expect(projects('建设进度较快项目共21个：交通、水利、能源。')).toEqual([]);
  });

  it('takes a short bare name after a project of the same sentence as a part of it', () => {
    expect(projects('枞岭现代农业产业园（二期）完成投资0.38亿元，育苗中心建成投用。')).toEqual([
      { name: '枞岭现代农业产业园(二期)', planned: null, done: 38000000, status: null },
    ]);
  });
});

describe('a plan gap of a named indicator with no growth in its sentence', () => {
  it('is a comparison of that indicator (地区生产总值增速低于年度目标0.7个百分点)', () => {
    const report = parseReportText(
      [
        '枞岭县2024年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '上半年，全县实现地区生产总值41.35亿元，同比增长5.3%。',
        '二、存在的主要问题',
        '一是经济增速低于年度目标，地区生产总值增速低于年度目标0.7个百分点。',
      ].join('\n'),
      { sourceName: 'gproj-gap.txt' },
    ).report;
    const comparisons = (report?.observations ?? []).filter((o) => o.measure === 'comparison');
    expect(comparisons.map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit])).toEqual([
      ['gdp', -0.7, '个百分点'],
    ]);
  });
});

describe('names and statuses of the documents read (331–340)', () => {
  it('keeps one works on two parts of a building as one project (甲中学初中部及高中部扩建工程)', () => {
    expect(projects('枞岭中学初中部及高中部扩建工程进展顺利，预计8月全部完工。').map((p) => p.name)).toEqual([
      '枞岭中学初中部及高中部扩建工程',
    ]);
  });

  it('leaves 近期 out of a name that opens with a capacity', () => {
    expect(projects('年产30万吨不锈钢冷轧板带二期项目近期建成投产。')).toEqual([
      { name: '年产30万吨不锈钢冷轧板带二期项目', planned: null, done: null, status: '建成投产' },
    ]);
  });

  it('reads 基本具备竣工条件 as the status of a list', () => {
    expect(projects('枞岭矿业四期项目等6个项目基本具备竣工条件。')).toEqual([
      { name: '枞岭矿业四期项目', planned: null, done: null, status: '基本具备竣工条件' },
    ]);
  });

  it('still splits works listed with a project (卯河治理和辰山隧道工程)', () => {
    expect(projects('加快推进枞河治理和岚山隧道工程建设。').map((p) => p.name)).toEqual([
      '枞河治理',
      '岚山隧道工程',
    ]);
  });
});

describe('a project table grouped by stage', () => {
  it('reads no project from the rows that head its groups (一 | 新开工项目（2个）)', () => {
    expect(
      projects(
        '单位：万元',
        '| 序号 | 项目名称 | 计划总投资 | 截至6月底完成投资 | 形象进度 |',
        '| 一 | 新开工项目（2个） |  |  |  |',
        '| 1 | 枞岭县第二自来水厂 | 23600 | 2100 | 正在进行桩基施工 |',
        '| 2 | 枞岭物流园一期 | 8800 | — | 正在办理施工许可 |',
        '| 二 | 续建项目（1个） |  |  |  |',
        '| 3 | 枞岭大道东延线 | 12000 | 8600 | 完成路面铺设的60% |',
        '| 合计 |  | 44400 | 10700 |  |',
      ),
    ).toEqual([
      { name: '枞岭县第二自来水厂', planned: 236000000, done: 21000000, status: '正在进行桩基施工' },
      { name: '枞岭物流园一期', planned: 88000000, done: null, status: '正在办理施工许可' },
      { name: '枞岭大道东延线', planned: 120000000, done: 86000000, status: '完成路面铺设的60%' },
    ]);
  });
});
