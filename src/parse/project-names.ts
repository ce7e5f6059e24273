// What a project's name looks like: the words a name ends with, the words that make a phrase no
// name, and cleaning a name of the adverbs, times and work words the prose wraps around it.

import { isBarePark } from './project-park-names.js';
import { isNationalPark } from './project-protected-areas.js';
import { fromTheEnd, strippedEnd } from './suffix-patterns.js';

/**
 * Words that end the name of works rather than of a building (卯河治理, 老城区改造, 甲路延伸段): a project only
 * when listed with one that ends like a project (加快推进甲水库、卯河治理和辰山隧道建设).
 */
export const WORKS =
  /(?:(?:治理|改造|整治|修缮|扩建|改扩建|改建|迁建|增效扩容|扩容|提升|修复|综合开发|开发)(?:工程|项目)?|延伸段|延长段|延长线|[东南西北中]段)$/;

/** The works word a name ends with (甲污水处理厂扩建 → 扩建), when works are done on a named building. */
const WORKS_ON =
  /(?:(?:(?:增效)?扩容|提标|提质|升级)?(?:改扩建|扩建|改建|迁建|改造)|(?:增效)?扩容)(?:工程|项目)?$/;
/** 整体迁建, 异地扩建: how the works are done, between the building and the works word. */
const WORKS_MANNER = /(?:整体|异地|原址)$/;

/**
 * 县城污水处理厂扩建, 甲水电站增效扩容, 乙二级公路改建: works on a building whose name ends like a
 * project's are that project's works, a project of their own though the name ends in a works word.
 */
export function worksOnProject(name: string): boolean {
  const works = WORKS_ON.exec(name);
  if (!works) return false;
  const building = name.slice(0, works.index).replace(WORKS_MANNER, '');
  return building.length >= 4 && ENDS_LIKE_PROJECT.test(building) && !isAggregate(building);
}

/**
 * Whether a name ends like a project's (甲项目, 乙产业园(二期), 甲安居工程(2019年棚户区改造), 丙天然气储气调峰站, 丁至戊快速干道, 县城南外环 (a ring
 * road; 甲滨江生态廊道, a green corridor's works, fix224; 甲高速公路乙连接道, a county's link road to it, fix406 F8260), 甲地铁N号线乙段 (a line's section in a district; 甲跨海大桥乙段 a bridge's, session 30 fix102; 丁至戊快速干道戊段 a trunk road's, fix350 F7103), 甲数字经济港 — a 站 of works, not a 工作站 or 网站); tested
 * from the end, as it runs on every clause. 甲农房统规统建安置点, 城南安置小区: the resettlement sites a quake's
 * rebuilding builds (session 46, fix398, F8104). 县医院传染病区: a hospital's ward block, as its 院区 (session 48, fix431,
 * F9005). 甲水泥厂技改: a works' technical renovation named by the works, the 技改 its project (F9007). 县城垃圾处理场,
 * 垃圾填埋场: the refuse works a 场 names (held-out-449 kemei; session 49, fix451, F9558). 甲口岸联检楼, 国门综合服务楼: a
 * border port's inspection and service halls (session 50, fix464, F9843). 县城工业小区: an older county's small industrial
 * estate, its 工业园 (session 51, fix482_483, F10275).
 */
export const ENDS_LIKE_PROJECT = fromTheEnd(
  /(?:项目|工程|综合体|商贸城|产业园|园区|物流园|风电场|处理场|填埋场|处置场|风电|电站|光伏|铜箔|公园|广场|中心|基地|大楼|大厦|综合楼|住院楼|病房楼|门诊楼|医技楼|感染楼|教学楼|实训楼|办公楼|宿舍楼|联检楼|服务楼|医院|院区|病区|(?:厂|矿|公司)技改|加工园|示范园|工业园|工业小区|科技园|创业园|中学|小学|学校|幼儿园|校区|体育馆|机场|高铁|铁路|公路|高速|大道|通道|廊道|快速路|快速干道|干线|支线|外环|内环|环路|环线|隧道|大桥|[一二三四五六七八九十]桥|码头|港区|作业区|物流港|枢纽|[东南西北]?延(?:伸)?线|连接线|连接道|联络线|\d{1,2}号线|水库|管网|管廊|安置点|安置小区|小镇|度假区|示范区|片区|服务区|市场|厂房|生产线|[县市区镇]段|(?:公路|高速|铁路|国道|省道|大道|通道|快速路|快速通道|干道|干线|地铁|轨道交通|号线|大桥|隧道)[\u4e00-\u9fa5]{1,8}段|(?:经济|科技|创新|智慧|数字)港|(?:调峰|储气|分输|门|加气|加油|加氢|泵|提灌|污水处理|垃圾转运|转运|客运|货运|公交|火车|汽车|高铁|枢纽)站|城|厂|[一二三四五六七八九十]期)(?:\([^)]{1,12}\))?$/,
);

/** 20GWh锂电池生产线项目, 100MW光伏电站: a capacity may open a name; another number may not. */
const CAPACITY_FIRST =
  /^\d+(?:\.\d+)?(?:GWh|MWh|kWh|GW|MW|kW|kV|千伏|万千瓦|千瓦|兆瓦|万吨|吨|万套|万台|万辆|万平方米)/i;

// 一条生产线已投产: a count opens a part of a project (its line, its hall), never a name; so does an ordinal
// (首条生产线投产, 首批机组并网: the first line or units of works named before; session 35, fix192). “—”表示项目尚未开工:
// a table's legend (a mark, then 表示 and what it stands for) explains the table's cells, never names one.
// 某县召开…观摩推进会暨…重大项目集中开工仪式: a meeting's headline names no project, whatever it ends with;
// nor does 某县举行第二季度重大项目集中开工仪式 (a ceremony held, 举行/举办, for a batch of projects).
// 支持了甲河综合治理等N个项目: the aspect particle after a verb (了) opens no name; 综合考虑了新能源项目投产…:
// nor does one inside it (a verb's clause, fix91).
// 某某宣布项目开工: an official declaring the works started at a ceremony names none (宣布 is no name's word).
// 四季度要确保一期投产: a speaker's modal (要, 必须) before the opening verb opens no name either (fixleft32).
// 列入甲区和乙市重点项目的N个项目: a list a count of projects is on, split at its 和, opens with 列入/纳入
// (a verb), never a project's name (session 33, fix148).
// 抢抓一季度项目开复工有利时机, 抓住…机遇: a slogan seizing a season or a chance opens with its verb, never a
// project's name (session 38, fix269, F5493).
// 年内将有3条生产线投产: a count the clause says there will be (将有N条, 已有N个) is never a name (F6164, fix302).
// 研究部署春季重点项目集中开工工作: a meeting's business (研究部署, 安排部署) opens with its verb, never a
// project's name (a news page's; fix378, F7623).
// 甲产业园项目总投资X亿元，规划建设标准化厂房及研发检测中心，今年计划完成投资Y亿元: what the works will build (规划建设,
// 主要建设) after their name is their contents, never a name of its own (held-out-452 mopi; session 49, F9550).
// 但6月份以后各项目抓紧复工: every project (各项目, 各重点项目) is the programme's whole, never one (F10446).
const JUNK_NAME =
  /(?<=[\u4e00-\u9fa5])了(?=[\u4e00-\u9fa5])|表示|^(?:将|还|已|共)?有(?=\d|[一二两三四五六七八九十])|^(?:\d|[一二两三四五六七八九十]+[个期是条座]|首[条批台座期])|^(?:以下|以上|下列|上述|各项|各类|一批|部分|个别|少数|有关|相关|所有|其他|(?:全|我|本)[市县区镇乡旗州省]|重点项目|项目$|目标$|任务$|计划$|预算$)|^(?:该|这|此|了)|\d+(?:个|项|宗)|[一二两三四五六七八九十百]+个|^(?:要|必须|务必)?(?:解决|提高|提升|推动|推进|加快|加强|做好|确保|实现|完成|开展|组织|建立|落实|支持|鼓励|着力|实施|完善|谋划|发展|新建|改扩建|扩建|改建|规划建设|主要建设|需要|依靠|列入|纳入|抢抓|抓住|紧抓|把握|研究部署|安排部署|部署)|[,;。:“”的是]|完成投资|占全部|各(?:个|重点|在建|续建|新建)?项目|召开|举行|举办|宣布|(?:推进|观摩|调度|动员|座谈|誓师)大?会/;

/**
 * 加快甲工程、乙工程征地拆迁, 加快甲项目征迁进度, 加快甲商贸城二期招商: the side of the works a clause
 * speeds (its progress, the land taken for it, the tenants sought for it) is work on it, no part of its name;
 * so are the papers a plan part hurries before the works start (加快甲项目前期手续办理; session 32, fix135), and the
 * works' going on from last year (抓好甲扬水工程续建、乙工程建设; session 47, fix414, F8504).
 */
export const TRAILING_WORK =
  /(?:的建设|项目建设工作|项目建设|建设工作|建设升级|建设进度|的前期工作|前期工作|前期手续(?:办理)?|(?:(?:征地|征收)?拆迁|征迁)(?:进度|工作)?|招商(?:工作)?|续建|建设|进展|工作)$/;
const TRAILING_WORK_END = fromTheEnd(TRAILING_WORK);

/**
 * Adverbs and times left between a name and its status words: 甲一期已建成投产 → 甲一期,
 * 乙工程年内开工 → 乙工程, 甲、乙等N个项目在年底前开工 → 甲、乙等N个项目, 丁园等在建项目早日投产 → 丁园等在建项目, 丙快速路上半年开工 → 丙快速路, 甲产业园已于N月竣工 → 甲产业园, 丙项目N月底前开工 → 丙项目, 丁工程四季度开工 → 丁工程 (session 30, fixleft30), 丁项目1-N月完成投资 → 丁项目, 戊项目仅完成年度计划投资的A% → 戊项目, 推动己项目尽早开工 → 己项目 (session 34, fix171), 庚项目要抓紧做好前期工作 and
 * 辛项目要力争上半年建成投运 (a 人大 审议意见's request, the modal 要 and 抓紧 before the status) → 庚项目, 辛项目 (fix344, F7007).
 * 甲工程春节后全面复工 → 甲工程: the holiday the works stopped for (a 1—2月 page's; fix378, F7622).
 * 甲工程等一批重点项目春节后第一时间复工 → 甲工程等一批重点项目: how soon they went back to work (F9553).
 * 甲输变电工程于3月18日投产送电 → 甲输变电工程: the day of the month the status came on, after 于 (受甲铁路7月1日通车带动
 * is a cause, no project's status; session 47, fix423, F8745).
 * 甲中学新校区、乙污水处理厂等项目也将于4月底前陆续开工 → 甲中学新校区、乙污水处理厂等项目: the 也 of a list added to
 * the ones before (session 51, fix484, F10300).
 */
export const TRAILING_ADVERB =
  /(?:已经|已|仅仅|仅|只|正在|均|即将|将|也|现|去年|并|目前|至今|迄今|顺利|相继|陆续|先后|于|未能|尚未|未|年内|年底前|年底|今年内|今年|上半年|下半年|年中|近期|近日|日前|尽快|尽早|早日|力争|确保|按期|如期|提前|按时|(?<![纲重主])要|抓紧|第一时间|春节(?:后|前|期间)|节后|(?:在|于)?(?:年内|年底前|年底|今年内|上半年|下半年|年中|第?[一二三四]季度(?:末|底)?(?:前|内)?|(?:1-)?\d{1,2}月(?:底|末|中旬|上旬|下旬|份)?(?:前|内)?)|于\d{1,2}月\d{1,2}日)+$/;
const TRAILING_ADVERB_END = fromTheEnd(TRAILING_ADVERB);

/**
 * 9月底前一期, 年底前二期: a deadline, then the phase it is set for, at the end of a name; 年底路基工程, 10月底主体工程:
 * a deadline, then the stage of the works it is set for (session 46, fix400, F8135).
 */
const DEADLINE_THEN_PHASE =
  /(?:(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?前|年底前|年内)[一二三四五]期|(?:\d{1,2}月(?:底|末)|年底|年末)前?(?:路基|路面|主体|桥梁|隧道|土建)工程)$/;

/** The text without the adverbs and times at its end. */
export const withoutTrailingAdverb = (text: string) =>
  strippedEnd(text, TRAILING_ADVERB, TRAILING_ADVERB_END);

/** A phase written in brackets after a name: 某某产业园(二期). */
export const BRACKETED_PHASE = /\(([一二三四五六七八九十\d]+期)\)$/;

/** What 及 joins to a project as a part of it: 接线工程, 配套设施, a plant's 管网工程. */
const ANCILLARY = /^(?:其)?(?:配套|接线|附属|周边|连接线|引道|匝道|管网)/;

/**
 * Splits 甲、乙和丙 into items, not splitting inside brackets or quotes. 和 and 及 join items only
 * after the last 、 (甲、乙和丙); between two 、 they belong to a name (甲乘用车及电池、乙基地).
 */
export function splitItems(text: string): string[] {
  const items: string[] = [];
  const joiners: string[] = [];
  const lastComma = lastTopLevel(text, '、');
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charAt(i) : '、';
    if (ch === '(' || ch === '“') depth++;
    else if (ch === ')' || ch === '”') depth = Math.max(0, depth - 1);
    // 霁江四桥及接线工程: works that belong to the project before 及 are part of its name.
    else if (
      depth === 0 &&
      (ch === '、' || (i > lastComma && (ch === '和' || (ch === '及' && !ANCILLARY.test(text.slice(i + 1))))))
    ) {
      // 甲以及乙: 以 belongs to the joiner, not to 甲.
      items.push(text.slice(from, ch === '及' && text.charAt(i - 1) === '以' ? i - 1 : i));
      joiners.push(ch);
      from = i + 1;
    }
  }
  return joinProducts(items, joiners);
}

function lastTopLevel(text: string, mark: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' || ch === '“') depth++;
    else if (ch === ')' || ch === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === mark) last = i;
  }
  return last;
}

/**
 * 甲公司年产X吨乙和Y套丙项目, 甲公司安防镜头及光学镜片生产项目: two products of one project, not two
 * projects — the part before 和/及 names no project of its own (and is no work like 卯河治理), the
 * part after ends in 项目, and the list before it, if any, is of projects.
 */
function joinProducts(items: string[], joiners: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k] ?? '';
    const next = items[k + 1];
    const previous = out.at(-1);
    if (
      next !== undefined &&
      (joiners[k] === '和' || joiners[k] === '及') &&
      item.trim().length >= 4 &&
      !ENDS_LIKE_PROJECT.test(cleanName(item)) &&
      // 甲厂房及配套设施和乙项目: a project with its ancillary works, then another project.
      !ENDS_LIKE_PROJECT.test(cleanName(item).split('及')[0] ?? '') &&
      // 甲和总投资X亿元的乙项目: the next item has an amount of its own, so is a project of its own.
      !/投资/.test(next) &&
      !WORKS.test(cleanName(item)) &&
      // 甲中学初中部及高中部扩建工程: one works on two parts of a building.
      /(?:项目|工程)$/.test(cleanName(next)) &&
      (previous === undefined || ENDS_LIKE_PROJECT.test(cleanName(previous)))
    ) {
      out.push(`${item}${joiners[k]}${next}`);
      k++;
    } else out.push(item);
  }
  return out;
}

/**
 * 加快推进甲工程、新建乙中学教学楼、丙水厂扩建: a list item may open with the verb of its own works (新建,
 * 续建); in a list of projects the verb is no part of the name, when what follows ends like a project.
 */
const ITEM_VERB = /^(?:新建|续建|迁建|开工建设|建设)(?=.{4})/;

/** An item of a project list without the works verb it opens with (新建乙中学教学楼 → 乙中学教学楼). */
export function withoutItemVerb(item: string): string {
  const verb = ITEM_VERB.exec(item.trim());
  if (!verb) return item;
  const rest = item.trim().slice(verb[0].length);
  return ENDS_LIKE_PROJECT.test(cleanName(rest)) ? rest : item;
}

/**
 * 甲产业园项目二号厂房, 乙工程3号楼: a numbered building after a name ending in 项目 or 工程; so is a numbered
 * production line, unit or kiln (丙公司二期扩建项目三号生产线, 丁电厂工程2号机组: fix459, F9606).
 */
const NUMBERED_BUILDING =
  /(项目|工程)(?:[一二三四五六七八九十]{1,3}|\d{1,2})号(?:标准)?(?:厂房|车间|楼|仓库|库房|生产线|机组|窑|窑炉)$/;
/**
 * 加快甲产业园项目后续厂房建设: the project's later (or supporting) buildings, a part of it (session 46, fix398, F8107);
 * so are its later or remaining works (加快乙项目后续工程建设, no phase numbered: fix459, F9609).
 */
const LATER_BUILDINGS =
  /(项目|工程)(?:(?:后续|配套|剩余)(?:标准)?(?:厂房|车间|仓库|库房)|(?:后续|剩余)工程)$/;

export function cleanName(name: string): string {
  // A quoted name is the whole name when it reads as one: “甲产业园”前期工作 → 甲产业园; otherwise
  // the quotes mark a term inside it: “三旧”改造项目 → 三旧改造项目.
  // 1.甲项目：, (1)甲项目：, 一是甲项目：: the marker of a notice's item is not part of the name, nor a
  // point's 一要/二要 lead (二要加快重点项目开工建设).
  // ——甲类项目: the dash that opens a line of a notice is no part of the name; nor is the mark (▲, ■, ●)
  // a WeChat article's subhead opens with (▲ 重点项目加快推进 is a topic, its name then a bare class).
  const unmarked = name
    .trim()
    .replace(/^(?:[—–-]+|[▲△■□●○◆◇★☆•·])\s*/, '')
    .replace(
      /^(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[\u2460-\u2473]\s*|[一二三四五六七八九十]+(?:是|要(?!素)))(?=.{2})/,
      '',
    );
  const quoted = /^“([^“”]+)”/.exec(unmarked);
  // 推进“雪亮工程”建设: a programme quoted whole, its slogan before 工程 naming no works, keeps its quotes (no
  // project's name holds them) as F8535's slogan does; “岚江大桥工程” names works (session 47, fix423, F8744).
  if (quoted?.[1] && isQuotedProgramme(quoted[1])) return `“${quoted[1]}”`;
  if (quoted?.[1] && ENDS_LIKE_PROJECT.test(quoted[1])) return quoted[1].trim();
  let cleaned = unmarked
    .replace(/^“([^“”]+)”/, '$1')
    // 其中甲公路改扩建工程、乙中学迁建工程等N个项目: the 其中 that takes a list out of a count opens no name.
    .replace(/^其中[,，:：]?(?=.{4})/, '')
    // 预计年底前首条生产线投产: a forecast opening a deadline is no more part of a name than the deadline
    // (session 43, fix337, F6962); what is left (首条生产线, a part of works named before) is judged as written.
    .replace(
      /^(?:预计|预期|有望)(?:于|在)?(?=上半年|下半年|第?[一二三四]季度|年内|今年内|年底前|\d{1,2}月)/,
      '',
    )
    // 但随着一批重点项目建成投产，经济有望…: a conjunction opening a clause of cause or concession is no part of the
    // name after it (what is left may be a class, 一批重点项目: no project). Session 43, fix349, F7097.
    .replace(/^(?:但|而|且|并且)?(?:随着|伴随着?|由于|因为|虽然|尽管)(?=.{4})/, '')
    // 但也存在部分项目开工晚等问题: a concession's 但(也)存在 opens the shortfall, no name; what is left (部分项目)
    // is judged as written (session 47, fix407, F8412).
    // 仍有部分项目因前期工作滞后未能按期开工: a shortfall's 仍有 (还有, 尚有) with no conjunction before it opens
    // it the same (session 47, fix417, F8673).
    .replace(/^(?:(?:但|但是|然而)(?:也|还|仍)?(?:存在|有)|(?:仍|还|尚)(?:存在|有))(?=.{4})/, '')
    // 对甲快速通道等进度滞后的项目实行包保: 对 is the preposition of what a measure is applied to, no part of the
    // name (对口, 对外, 对岸 open words of their own; session 47, fix407, F8413).
    .replace(/^对(?![口外面岸接台])(?=.{4})/, '')
    // 为重点项目落地提供保障: 为 is the preposition of what a service is for, no part of the name either (为民, 为老,
    // 为农 open names of their own; session 48, fix426, F8974).
    .replace(/^为(?![民老农期])(?=.{4})/, '')
    // 上半年全县43个重点项目: a time before the name is not part of it.
    // 抓好四季度项目建设: a quarter, as well as a half, is a time before the name.
    // 确保年底前甲快速通道主体完工: a deadline before the name, likewise (session 31, fix121).
    .replace(/^(?:上半年|下半年|第?[一二三四]季度|前三季度|今年以来|年内|全年|1-\d{1,2}月|1至\d{1,2}月)/, '')
    .replace(
      /^(?:年底前|今年内|\d{1,2}月(?:底|末|中旬|上旬|下旬)?前|第?[一二三四]季度(?:末|底)?前)(?=.{4})/,
      '',
    )
    // 22个重大产业项目中甲物流园: the group a list is taken from is not part of its first name.
    .replace(
      /^(?:其中)?(?:\d+|[一二两三四五六七八九十]+)(?:个|件|项)[^、]{0,10}?(?:项目|工程|实事)中(?=.{4})/,
      '',
    )
    // 预备项目甲枢纽: the class a list gives before a name is not part of it.
    .replace(/^(?:预备|续建|在建|新开工|计划新开工|前期)项目(?=.{4})/, '')
    // 定期通报签约项目开工、投产情况, 跟踪调度在建项目: a way of watching projects (a suggestion's or a
    // department's work) is no part of a name; what is watched is then a class (session 30, fix100).
    .replace(/^(?:定期|及时|按月|逐月|按季)?(?:通报|调度|督办|跟踪|盘点|梳理)(?=.{4})/, '')
    // 做好争取中央预算内投资和地方政府专项债券项目的前期工作: 争取 (seeking money or a project from above) is a verb,
    // no part of a name; what is sought is then judged as written (session 47, fix417, F8676).
    .replace(/^(?:积极|全力|努力)?争取(?=.{4})/, '')
    // 签约的甲产业园项目已注册落地: how the project came is no part of its name.
    .replace(/^(?:新|已|成功)?签约(?:的|落地的)(?=.{4})/, '')
    // 共建的甲学校建成投用, 援建的乙医院投入使用: who built the works (together, or as aid) is no part of its name.
    .replace(/^(?:共建|援建|合建|代建)的(?=.{4})/, '')
    // 调研组实地察看的甲产业园项目总投资X亿元: who visited the works (a committee's 调研报告) is no part of its
    // name (session 35, fix192).
    .replace(/^(?:调研组|视察组|检查组|我们)?(?:实地)?(?:调研|视察|察看|查看|观摩|考察)(?:过)?的(?=.{4})/, '')
    // 纳入“十四五”规划的甲工程, 列入省重点项目的乙大桥: the list a project is on is no part of its name.
    .replace(/^(?:纳入|列入|入选)[^、,;。]{0,16}?(?:规划|计划|项目|清单|名单|项目库)的(?=.{4})/, '');
  // 推动甲产业园9月底前一期投产: a deadline between the name and a phase (or a stage: 甲公路年底路基工程全面完工)
  // says which part the status is of;
  // the works named are the park's (一期 written after its name, 甲产业园一期投产, is still a phase's own name).
  cleaned = withoutTrailingAdverb(cleaned.replace(DEADLINE_THEN_PHASE, '')).trim();
  // 推动甲产业园项目N号厂房月底前完工: a numbered building inside a project named in full is the project's part;
  // the works named are the project's (session 33, fix142).
  if (cleaned.includes('号')) cleaned = cleaned.replace(NUMBERED_BUILDING, '$1');
  // 签订甲项目合同, 甲项目等: a contract signed for a project, or 等 closing a list, is no part of its name;
  // nor is 这些重点项目 closing a spoken list (抓好甲、乙快速通道这些重点项目), which points back at it.
  const bare = strippedEnd(
    cleaned.replace(/(?:合同|协议|等|(?:这些|这几个|这[两三四五]个)(?:重点|重大)?(?:项目|工程))$/, ''),
    TRAILING_WORK,
    TRAILING_WORK_END,
  ).trim();
  // 加快甲产业园项目后续厂房建设: the works named are the project's (F8107).
  if (LATER_BUILDINGS.test(bare)) return bare.replace(LATER_BUILDINGS, '$1');
  // 支持甲项目加快二期建设: the verb between a name closed by 项目 and a later phase opens the clause of
  // what the project does next; the works named are the project's phase (甲项目二期), which folds into
  // 甲项目 where the report names it (session 41, fixleft41c, F6561).
  if (/(?:项目|工程)(?:加快|加速|全力|全面)?(?:推进|推动|启动|加快|加速)[二三四五2-5]期$/.test(bare))
    return bare.replace(
      /(项目|工程)(?:加快|加速|全力|全面)?(?:推进|推动|启动|加快|加速)(?=[二三四五2-5]期$)/,
      '$1',
    );
  // 甲污水处理厂项目建设 → 甲污水处理厂; but 乙新材料项目建设 keeps 项目, without which no project is named.
  if (!ENDS_LIKE_PROJECT.test(bare) && /项目建设$/.test(cleaned)) return cleaned.replace(/建设$/, '');
  // “万村千乡”市场工程稳步推进: a programme named by its quoted slogan and a kind of works, no place before it,
  // keeps its quotes, which no project's name holds (pingtao's, kuanyuan's answers; session 47, fix416, F8535).
  const slogan = quoted?.[1];
  if (slogan && bare.startsWith(slogan) && QUOTED_PROGRAMME_KIND.test(bare.slice(slogan.length)))
    return `“${slogan}”${bare.slice(slogan.length)}`;
  return bare;
}

/** 雪亮工程, 菜篮子工程, 放心粮油工程: a short slogan and 工程, quoted whole. */
const QUOTED_SLOGAN_WORKS = /^([\u4e00-\u9fa5]{2,5})工程$/;
const isQuotedProgramme = (quoted: string): boolean => {
  const slogan = QUOTED_SLOGAN_WORKS.exec(quoted)?.[1];
  return slogan !== undefined && !ENDS_LIKE_PROJECT.test(slogan);
};

/**
 * 市场工程, 工程: what follows a programme's quoted slogan (“万村千乡”市场工程, “家电下乡”工程); a kind of works
 * (“岚江”大桥工程) is a project's.
 */
const QUOTED_PROGRAMME_KIND = /^(?:市场|惠民|民生|示范|建设|提升|整治|改造)?工程$/;

/**
 * 某县YYYY年第四季度重大项目集中开工: a batch a ceremony starts is named by its year and quarter (or
 * month), a time no project's name holds (session 30, fix103); so is 某县2022年第四批重点项目 by its round's
 * number (F6055, fix294); so is 某县2013年春季重点项目集中开工 by its season (session 48, fix433, F9124); so are
 * 上年同期大项目集中开工 (the base a fall in investment is told against) by the year before (F10015).
 */
const BATCH_TIME =
  '(?:(?:19|20)\\d{2}年度?|今年|明年|本年度?|(?:上|去)年(?:同期)?)?(?:第?[一二三四]季度|上半年|下半年|前三季度|[春夏秋冬]季|冬春|(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月份?)?(?:第(?:\\d{1,2}|[一二三四五六七八九十]{1,2})批次?)?';

/**
 * 甲产业集聚区, 乙工业园区, 丙开发区: a zone, not a place; its 基础设施工程 is one project (a 河南 county
 * 公报 list 某产业集聚区基础设施工程 among projects built), not a class of a district's (session 42, fix334, F6766).
 * So is a town's new district: 县城新区基础设施建设项目总投资X亿元 (session 47, fix407, F8418).
 */
const NOT_A_ZONE = '(?<![\\u4e00-\\u9fa5]{2}(?:集聚区|新区|园区|开发区|高新区|工业区|产业区))';

/**
 * A class of projects, not one: 续建项目, 产业发展项目, 省重点项目, 十大基础设施项目, 某省重点建设项目,
 * 专项债券项目, 自治区层面重大项目 — a place and a scope at most, then only words that sort projects;
 * 自治区层面统筹推进重大项目 (a region's programme it steers) is the scope's class too.
 */
const AGGREGATE = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{0,6}?(?:省|市|县|区|州|旗)${NOT_A_ZONE}|自治区|[\\u4e00-\\u9fa5]{2,3}(?=重[点大]))?${BATCH_TIME}(?:级|层面|本级)*(?:统筹推进|统筹)?(?:以上)?(?:${[
    // 投资超5亿元的大项目仅有2个: big projects, a size that sorts them as 十大 and 重大 do (F8411).
    '[一二三四五六七八九十]*大',
    // 储备项目前期工作推进缓慢, 谋划项目: the projects held in reserve or being planned, a stage as 预备 is.
    // 力争明年一季度规划项目开工率达到80%: the projects in the (rebuilding) plan, a stage too (session 46, fix398, F8106).
    // 新批工业项目落地难度加大: the projects newly approved, a stage as 新开工 is (session 47, fix412, F8449).
    '省|市|县|重点|重大|在建|续建|新建|新批|新开工|计划新开工|计划开工|计划建成投产|计划投产|建成投产|投产|竣工|预备|储备|谋划|规划|前期|收尾',
    // 开复工项目总投资X亿元, 已开工项目, 未开工项目: the projects at a stage of starting, counted together.
    '(?:已|未|尚未)?(?:开复工|开工|复工)',
    // 第一、二、三产业项目: the projects of an industry of the three, sorted as 工业 and 农业 sort them.
    '第?[一二三]+产业|产业发展|产业|工业|农业|服务业|先进制造业|现代服务业|制造业|基础设施|社会民生|民生工程|民生|社会事业',
    // 办好N件民生实事项目: the year's list of works for the people's welfare a government promises, a class (fix133).
    '民生实事|实事',
    '生态环保|生态建设|环境保护|城建|交通|能源|新能源|水利|市政|文旅|转型升级|招商引资|招商|新签约|签约|亿元以上|千万元以上|工程',
    // 转型综改重点项目, 转型项目: 山西's programme of 资源型经济转型综合配套改革 (转型综改), its projects a class
    // (session 44, fix358, F7276).
    '转型综改|综改|转型',
    // 高原农牧业项目, 现代农业项目, 特色产业项目: a sector with the word that qualifies it.
    '现代|特色|高原|绿色|新兴|农牧业|畜牧业|林业|教育|卫生|医疗卫生|商贸物流',
    // 专项债券项目, 政府投资项目: projects sorted by how they are paid for.
    // 中央新增投资项目, 扩大内需项目: the 2008–2010 stimulus's projects, sorted by the central money that paid for them
    // (session 40, fix297b, F6205).
    // 中央扩大内需项目: the central government whose money sorted them (session 47, fix407, F8411).
    // 国家投资项目建设有序推进: the projects the state's money pays for, sorted so as 中央 sorts them (session 47,
    // fix417, F8672).
    '国家投资|国家|中央|地方政府|专项债券|专项债|政府投资|中央预算内投资|预算内投资|中央新增投资|新增中央投资|扩大内需|扩内需|社会投资|民间投资',
    // 典型镇建设项目, 中心镇重点项目, 小城镇建设项目: projects sorted by the class of town they are built in
    // (a county's 百千万工程 by its 典型镇; session 28, fixleft28b).
    '(?:典型|示范|试点|中心|重点|特色|小城)镇',
    // 其余项目均按计划推进, 剩余项目, 上述项目: the rest (or all) of those counted before, no project's name
    // (session 29, fix96); 多数项目进展顺利, 部分项目 (a share of them, session 30, fix100).
    // 力争更多项目在四季度开工建设: more of them, a wish for a count (session 49, fix446, F9466). 一些项目进度滞后,
    // 有些项目, 某些项目: some of them, unnamed (held-out-463 neqiao, yachuan; session 50, fix462, F9873).
    '其余|其他|其它|剩余|余下|上述|所有|全部|大多数|多数|大部分|部分|少数|个别|更多|一些|有些|某些',
    // 教育和医疗卫生等民生工程: the sectors a class is told by, closed with 等 (session 46, fix400, F8136).
    '[\\u4e00-\\u9fa5]{1,2}类|类|和|及|、|等',
    // 京津冀协作项目, 东西部协作项目, 对口帮扶项目: the projects of a cooperation programme between regions, a class
    // (session 36, fix226). 援藏项目, 对口援疆项目: the paired-aid programme's projects, a class (fix258).
    '京津冀|长三角|粤港澳|东西部|区域|对口|协同发展|协作|合作|帮扶|支援|援[藏疆青]',
    // 灾后恢复重建项目全年完成投资25亿元以上: the works rebuilding after a flood or quake, a programme's class
    // (held-out-314, F6427).
    '灾后(?:恢复)?重建|恢复重建',
    // 冬季攻坚项目12月份完成投资3亿元以上, 百日会战项目: the projects a seasonal or timed drive pushes, a programme's
    // class (held-out-383, fix382, F7663).
    '(?:冬季|春季|夏季|秋季|冬春|百日|年终|岁末)(?:集中)?(?:攻坚|会战|大会战|攻势|大干)(?:行动)?',
    // 引进一批投资超10亿元的龙头项目, 骨干项目: projects sorted by the lead they give an industry, a class
    // (session 45, fix384, F7693).
    '龙头|骨干',
    // 加快推进统筹城乡重点项目, 城乡统筹项目: the projects of a region's 统筹城乡 reform programme (a 重庆 or 成都
    // county of 2007), a class (session 46, fix387, F7844).
    '统筹城乡|城乡统筹',
  ].join('|')})+(?:建设)?(?:项目|工程)$`,
);
/**
 * A kind of works with no name of its own: 高速公路 建设顺利推进 says nothing of one road. 察看了学校、医院、道路、安置小区等
 * 重建项目 and 支持工业园区建设 name kinds too (session 46, fix398, F8105). So does a kind of works with only a
 * generic area before it and no place or name of its own: 加快城区污水管网建设, 农业综合开发、土地整理等项目进展顺利
 * (session 47, fix407, F8411); 城区供水管网改造工程 names one job and stays. A bare sector word is a sector, never
 * a project: 交通、水利、能源、市政等基础设施项目开复工率明显提高 lists the sectors of a class (session 47, fix417, F8671);
 * so are the social services a 民生 class is told by (教育、医疗、养老等民生实事项目; session 48, fix433, F9123).
 */
const GENERIC_KIND =
  /^(?:城区|县城|城市|城乡|镇区|农村)?(?:(?:污水|雨污|供水|排水|燃气|供热|供暖)?管网|农业综合开发|综合开发|土地(?:开发)?整理|土地整治)$|^(?:高速公路|高速|铁路|公路|国省道|道路|机场|航道|港口|轨道交通|电网|水库|电站|风电|光伏|(?:工业|产业)?园区|医院|学校|管网|市场|码头|大桥|隧道|连接线|联络线|基础设施|安置(?:小区|点|房))$|^(?:交通|水利|能源|市政|电力|通信|农业|工业|林业|牧业|农牧|城建|城镇|环保|生态|教育|卫生|医疗|文化|旅游|文旅|体育|商贸|物流|民生|社会事业|养老|托育|就业|社保|社会保障|住房保障)$/;

/**
 * 推进X基地和Y生产基地建设 (X, Y what they yield): the bases a region is built into, named by that with no place
 * or works before them, are a strategy's aims, not one project; 甲县肉牛养殖基地 is one place's.
 */
const GENERIC_BASE =
  /^(?:国家|全国|全省|全区)?(?:重要)?(?:的)?(?:清洁|现代|绿色|优质|特色)?(?:能源|战略资源|能源和战略资源|(?:农畜产品|农产品|畜产品|粮食)(?:生产|加工|供应)?)基地$/;

/**
 * 加快饲草料基地建设, 发展蔬菜基地: a base named only by the crop or feed it grows, with no place, no works and no 项目 of
 * its own, is a kind of base the region builds many of, not one project (session 47, fix425, F8803); 肉牛标准化养殖基地
 * 项目 and 甲镇蔬菜基地 name one. So is 畜牧业基地, 小杂粮基地 (a sector's or a grain's; session 49, fix460, F9716).
 */
const PRODUCE_BASE =
  /^(?:饲草料|饲草饲料|饲草|饲料|牧草|青贮(?:玉米)?|蔬菜|果蔬|水果|林果|茶叶|中药材|粮食|苗木|花卉|食用菌|小?杂粮|马铃薯|畜牧业?|畜禽|草畜)(?:种植|养殖)?基地$/;

/**
 * 建设牦牛育肥基地和青稞深加工基地, 抓好优质稻基地建设: a base named only by what it yields (a word of up to three
 * characters) and the work done there, with no place, firm or size before it, is a kind of base the region builds,
 * not one project; a named base opens with a place or firm (甲乡牦牛育肥基地项目, 甲乙鞋业生产基地) or a size (万头奶牛
 * 养殖基地), four characters or more before its work. A short name with neither a quality word nor a work (甲乙基地)
 * may be a firm's and stays (held-out-463 neqiao, held-out-467 baxiong; session 50, fix462, F9874).
 */
const UNNAMED_BASE =
  /^(?:(?:优质|无公害|绿色|有机|高产|良种)[\u4e00-\u9fa5]{1,3}?|[\u4e00-\u9fa5]{1,3}?(?=(?:良种)?繁育|育肥|育种|育苗|精?深加工|加工|养殖|种植|生产|示范|标准化|规模化))(?:(?:良种)?繁育|育肥|育种|育苗|精?深加工|加工|养殖|种植|生产|示范|标准化|规模化)*基地$/;

/**
 * 继续推进街道改造、集中供热和绿化美化工程: the town works named by their kind alone (streets remade, greening) are a
 * county's yearly tasks, never one project (session 48, fix431, F9006); 县城南北大街改造工程 names one street. So is
 * the whole county town's growth and upgrading (县城扩容提质工程, 城区提质扩容: a programme of many works, fix459,
 * F9607); 县城污水处理厂扩容工程 names one plant.
 */
const GENERIC_TOWN_WORKS =
  /^(?:(?:街道|街巷|背街小巷|道路)(?:改造|硬化|拓宽|整治)|(?:绿化|美化|亮化|净化)+|(?:县城|城区|中心城区|城镇|集镇|老城区)(?:扩容提质|提质扩容|扩容提档|提档扩容|提质升级|提档升级))(?:工程)?$/;

/** 城乡建设类项目, 社会民生类重点项目: a name of a class (…类) is never one project's. */
const CLASS_OF = /^[\u4e00-\u9fa5]{1,10}类(?:重点|重大)?(?:项目|工程)$/;

/**
 * 下达中央投资X亿元，带动项目总投资Y亿元: 带动 (拉动, 撬动) is the funds' verb, the projects they draw a class with no
 * name of its own (session 46, fix395, F8344).
 */
const DRAWN_PROJECTS = /^(?:带动|拉动|撬动)(?:社会|民间|地方)?(?:投资)?(?:项目|工程)$/;

/**
 * 嘎查村街巷硬化和安全饮水工程, 农村安全饮水工程, 村级道路硬化工程: works done in every village (the
 * villages as a class, no place before them) are a programme of a kind, not one project; 藁岑县农村供水
 * 一体化工程 and 白鹤镇农村人居环境整治项目 are one place's.
 */
const EVERY_VILLAGE =
  /^(?:农村|农牧区|村级|嘎查村|嘎查|乡村|行政村|各村|村组)[\u4e00-\u9fa5、和及]{2,20}(?:工程|项目)$/;

/**
 * 百千万工程, 千万工程, 双百工程: a programme named by its counts alone (百县千镇万村…, 千村示范万村整治), a province's
 * campaign over many places, never one project (session 36, fixleft36).
 */
const COUNTED_PROGRAMME = /^[一二两三四五六七八九十百千万双]{2,4}工程$/;

/**
 * 生猪三大基地, 建好十大产业基地: bases counted as a group (N大…基地) are several bases the county builds, never one
 * project (held-out-470 cuixi; session 50, lead, F10202).
 */
const COUNTED_BASES = /^[\u4e00-\u9fa5]{0,4}?[两三四五六七八九十]大[\u4e00-\u9fa5]{0,4}?基地$/;

/** 农村饮水安全工程, 村级道路硬化工程: works done in every village, a programme unless its own amounts are given. */
export const isEveryVillageWorks = (name: string): boolean => EVERY_VILLAGE.test(name);

/**
 * Whether a name is one of the classes a report sorts its projects into rather than a project. Works done in
 * every village count as one unless `villageWorks` is false: a project reader lets them pass, and only those
 * given amounts of their own are kept (3.农村供水保障工程。年度计划投资X万元…, session 38, fix267; 农村饮水安全工程
 * 计划投资X万元, session 46, fix387).
 */
export function isAggregate(name: string, villageWorks = true): boolean {
  return (
    AGGREGATE.test(name) ||
    GENERIC_KIND.test(name) ||
    GENERIC_TOWN_WORKS.test(name) ||
    GENERIC_BASE.test(name) ||
    PRODUCE_BASE.test(name) ||
    UNNAMED_BASE.test(name) ||
    CLASS_OF.test(name) ||
    DRAWN_PROJECTS.test(name) ||
    (villageWorks && EVERY_VILLAGE.test(name)) ||
    COUNTED_PROGRAMME.test(name) ||
    COUNTED_BASES.test(name)
  );
}

/**
 * 抓好工业稳增长和项目建设, 做好招商引资与重点项目工作: bare 项目 joined to a task by 和, 及, 与 is
 * projects in general beside that task, never one project's name.
 */
const TASK_AND_PROJECTS = /(?:和|及|与|以及)(?:重点|重大)?项目$/;

/**
 * 甲物流园总投资X亿元，完成投资Y亿元，冷库主体工程完工: a building's main works (主体工程), named by a short
 * word for the building, are a part of the project the clauses before named, never a project. So is a bare work part
 * with no name before it (甲至乙二级公路总投资X亿元，路面工程正在推进; 路基、桥涵工程, 控制性工程: session 43, fix350,
 * F7105). So is its plant's base (乙热电厂扩建工程…，锅炉基础工程已完工: session 47, fix415, F8475).
 */
/**
 * 抓好中秋、国庆等节日市场: 等 inside a name closes the examples of the kind written after it (节日市场), a class
 * (session 47, fix407, F8414); 高等, 中等, 初等 are words of their own (县中等职业学校). 甲水厂等重点项目 and 乙一期等工程
 * close a list of named works with the class they belong to, and stay for the readers that take 等 off.
 */
const KIND_AFTER_EXAMPLES = /(?<![高中初同平对均])等(?!级)[\u4e00-\u9fa5]{2,}(?<!项目|工程|设施)$/;
/** 偏少, 较少, 不多, 不足 closing a name: a verdict on how many there are (a speech's 差距 paragraph). */
const TOO_FEW = /(?:偏少|较少|不多|不足)$/;
/**
 * 围绕…重点工程完成投资X亿元的奋斗目标: a goal (目标, 目标任务) the amount is held to, no works (F10017).
 */
const GOAL_WORD = /(?:目标|目标任务)$/;
const PART_OF_WORKS =
  /^(?:[\u4e00-\u9fa5]{0,3}主体(?:工程|结构)|[\u4e00-\u9fa5]{0,3}基础(?:工程|施工)|(?:路面|路基|桥涵|桩基|土建|附属|装修|装饰装修|绿化|安装|控制性)(?:工程|施工))$/;

/**
 * 甲加工园项目总投资X万元，…，青稞制品、牦牛肉制品生产线投入试运行: a production line named by its product alone, with
 * no owner, place or capacity of its own, is a line of the park or plant named before it (or a kind of line), never
 * one project; 甲水泥厂新型干法生产线 and 乙30万吨水泥生产线 name one (session 48, fix436, F9156), and so does a line
 * given its own total before it (`确保总投资X亿元的新型干法水泥生产线建成投产`, guitan: `ownAmount`).
 */
const BARE_PRODUCT_LINE = /^[\u4e00-\u9fa5]{2,8}生产线$/;
const LINE_OWNER = /[厂司团县市区镇乡园]|基地|企业|\d/;
const isBareProductLine = (name: string) => BARE_PRODUCT_LINE.test(name) && !LINE_OWNER.test(name);

/**
 * 甲开发区“低效用地”改造提升工程: a short term quoted inside a name, after a head of its own, marks a
 * policy's word (低效用地, 三旧, 千村示范) and is part of the name; quotes elsewhere (a slogan, a quote
 * that opens the text) still mark no name.
 */
const INNER_TERM = /(?<=[\u4e00-\u9fa5]{2})“([\u4e00-\u9fa5]{2,8})”(?=[\u4e00-\u9fa5]{2})/g;
const withoutInnerTerm = (name: string) => name.replace(INNER_TERM, '$1');

/** (四), （十二）: an item's number in brackets at the opening of a clause. */
const ITEM_NUMBER = /^[(（][一二三四五六七八九十]{1,3}[)）]/;

/** 安全饮水等五项基础设施工程: what comes before 等 and a count of works (项, 类, 大). */
const COUNTED_KINDS =
  /^(.{2,20}?)等[一二三四五六七八九十两\d]{1,3}[项类大](?:[\u4e00-\u9fa5]{0,10})(?:工程|项目)$/;

export function validName(name: string, listed: boolean, ownAmount = false): boolean {
  // Works done in every village pass here: only those given amounts of their own are kept, once every
  // mention is read (project-village-works.ts; session 46, fix387, F7842).
  if (name.length < 2 || name.length > 40 || isAggregate(name, false) || TASK_AND_PROJECTS.test(name))
    return false;
  if (
    PART_OF_WORKS.test(name) ||
    isBarePark(name) ||
    isNationalPark(name) ||
    (!ownAmount && isBareProductLine(name))
  )
    return false;
  // 投资超50亿元的重大产业项目偏少: a speech's shortfall (a kind of project judged too few), no project (F7165).
  if (TOO_FEW.test(name) || GOAL_WORD.test(name)) return false;
  // 街坊路硬化、安全饮水等五项基础设施工程: works of a kind counted after the kinds they are told by, a class; a
  // list of named projects (甲水厂、乙水库等五项工程) names a project before its 等 (session 47, fix412, F8448).
  const counted = COUNTED_KINDS.exec(name);
  if (counted && !validName(counted[1] ?? '', false)) return false;
  if (name.includes('等') && KIND_AFTER_EXAMPLES.test(name)) return false;
  // (四)推动甲产业园一期投入运营: a plan's item number before the clause's verb hides the verb from
  // JUNK_NAME's opening words; the number is never a name's (fix92b).
  if (JUNK_NAME.test(withoutInnerTerm(name).replace(ITEM_NUMBER, '').replace(CAPACITY_FIRST, '')))
    return false;
  // 县城棚户区改造(二期): a phase in brackets marks a project whatever the name ends with.
  // 丙县体育馆及配套设施: the project is named before 及.
  const head = name.split('及')[0] ?? name;
  const projectLike =
    ENDS_LIKE_PROJECT.test(name) ||
    ENDS_LIKE_PROJECT.test(head) ||
    BRACKETED_PHASE.test(name) ||
    worksOnProject(name);
  return listed ? name.length >= 2 : projectLike && name.length >= 4;
}
