// A project's status words (加快推进, 基本建成, 完成年计划投资的51.7% …): the patterns every reader of
// project clauses shares, and a clause that is only a status (目前已竣工).

/** Progress on a part of the works: 完成路基工程的80%, 已完成总工程量的60%, 完成组件安装的60%. */
const WORKS_DONE = '(?:已)?完成[^,;。、的]{1,10}?的\\d+(?:\\.\\d+)?%';
/**
 * Steps before the works start: 已完成前期工作, 已完成土地平整, 已完成土地摘牌 (the land won at its listed
 * sale), 正在办理施工许可, 仍在办理用地手续, 已完成选址和用地预审 (fix242) — where a project stands that is not
 * yet under way. 甲项目要抓紧做好前期工作: a 审议意见's request for the papers before the works, after the name as 做好
 * leads it before one (fix344, F7007). 甲安置房项目已完成拆迁N户: the houses cleared, counted in 户 (session 48,
 * fix436, F9154).
 */
const BEFORE_WORKS =
  '(?:已)?完成前期(?:工作|手续)|做好前期工作|(?:已)?完成(?:土地|场地)平整|(?:已)?完成(?:土地|用地)?摘牌|(?:已)?完成(?:征地拆迁|土地征收|征地|征收|清表|招投标|招标)|(?:已)?完成(?:房屋)?拆迁(?:\\d+(?:\\.\\d+)?(?:户|间|万平方米|平方米))?|(?:已)?完成(?:项目)?选址(?:[和及、](?:用地|土地)预审)?|(?:已)?完成(?:用地|土地)预审|(?:已)?完成(?:土建|施工|监理)(?:工程)?(?:招投标|招标)|(?:正在|仍在|已在|正)办理[^,;。、]{2,10}?(?:手续|许可证|许可|预审|审批|批复)';
/**
 * The share of the year's plan done, said of a project: 完成年计划投资的51.7%, 完成计划的100.5%,
 * 年度计划投资完成率超100%.
 */
const SHARE_DONE =
  '完成(?:全年|年度|年)?(?:投资)?计划(?:投资)?的\\d+(?:\\.\\d+)?%|(?:年度)?(?:计划)?投资完成率(?:超|达|为)?\\d+(?:\\.\\d+)?%';
/**
 * A preparatory project's step: 完成可研报告编制, 完成初步设计批复, 可研报告已获批复 — a status of a
 * project not yet under way.
 */
const PREPARED =
  '(?:已)?完成(?:规划|方案|施工图)设计|(?:已)?完成(?:预可研|可研|可行性研究|初步设计|初设|环评|立项)(?:报告)?(?:编制|评审|审查|批复)?|(?:预可研|可研|可行性研究|初步设计|初设|环评)(?:报告)?(?:已)?(?:获得?|通过)(?:批复|审查|评审)';
/**
 * A stage of the works done, named without a share: 完成路基工程, 已完成桩基施工, 已完成主管网铺设 (a pipe
 * network's main or branch lines laid); 完成主管网改造N公里: a network renewed, its length after it (session 31,
 * fix108); 已完成设备安装: a plant's equipment installed (fix221).
 */
/**
 * 连接线路基工程完成60%, 桥梁工程已完成45%: a stage of the works with the share of it done; 甲污水处理厂工程主体工程已
 * 完成70%: the main works' share (session 47, fix415, F8473).
 */
const STAGE_SHARE = '(?:路基|路面|桥梁|隧道|土建|桩基|基础|主体)(?:工程|施工)?(?:已)?完成\\d+(?:\\.\\d+)?%';
/**
 * 甲风电项目风机基础全部完成, 乙公路改扩建工程路基工程已全部完成: a wind farm's turbine bases (or towers) or a
 * road's bed or surface done whole, said with 全部/全面 or 已 (已经: 甲公路改建工程路基工程已经完成, session 41, fixleft41a,
 * F6343) and no share (fix229). Not a bridge's piles: 丙大桥桩基全部
 * 完成 in a road's sentence is the road's bridge, a part of it.
 */
const STAGE_WHOLE =
  '(?:(?:风机|塔筒)(?:基础|吊装|安装)?|路基|路面)(?:工程|施工)?(?:已经?(?:全部|全面)?|全部|全面)完成(?!投资|\\d)';
const STAGE_DONE =
  '(?:已)?完成(?:路基|路面|桥梁|隧道|土建|桩基|基础|(?:主|支)?管网|(?:主|支)?管道|(?:主|支)?管线|(?:主要)?设备)(?:工程|施工|铺设|敷设|安装|改造)';
/**
 * A part of the works named with its state, inside the project's own clause (甲基地一期主体厂房已完成,
 * 已完成主体厂房建设): the part is the project's progress, not a project nor a name part; 医技综合楼完成投资
 * stays a name and its amount; 丙医院门诊综合楼建成投用 is the building's own status, its name kept, and so
 * is 建成投入使用 or 建成投入运营 (session 35, fix206).
 */
// 县人民医院门诊综合楼已封顶: a 综合楼 named by its use (门诊, 住院, 医技, 教学) is the building the project is, its
// name kept with its state (session 42, fix329, F6775).
const PART = '(?:主体)?(?:厂房|车间|办公楼|(?<!门诊|住院|医技|教学|行政|业务)综合楼|仓库|宿舍楼)';
/**
 * 甲产业园项目一期厂房主体完工: a phase's part with its shell done is the phase's progress (the name ends
 * at the phase); 乙医院门诊综合楼主体封顶 without a phase is the building's own shell, its name kept. The
 * part may be counted and standard (甲产业园二期N栋标准厂房主体封顶, fix221).
 */
const PHASE_PART = `(?<=[一二三四五六七八九十\\d]期)(?:\\d{1,3}栋|[一二三四五六七八九十两]{1,3}栋)?(?:标准化?)?${PART}主体(?:结构)?(?:完工|封顶|建成)`;
const PART_DONE = `${PART}(?:已)?(?:完成(?!投资)|完工|建成(?!投用|启用|投产|使用|投运|运营|开业|并投|投入(?:使用|运营))|封顶)|${PHASE_PART}|(?:已)?完成${PART}(?:建设|施工)?`;
/**
 * 征地拆迁滞后, 用地手续办理受阻, 征地拆迁尚未完成, 前期手续仍未办结: the land or the papers a project waits
 * for, behind or not yet done — where a lagging project stands.
 */
const LAND_PENDING =
  '(?:征地拆迁|征迁|拆迁|征地|用地手续|前期手续)(?:工作|办理)?(?:滞后|受阻|缓慢|(?:尚|仍|还)?未(?:完成|到位|办结|办妥|落实))';
/**
 * 甲港区三期工程新增吞吐能力1200万吨, 乙电厂新增装机能力: the capacity the works added, said of a finished
 * project in a year's review (session 28, fix89).
 */
const CAPACITY_ADDED = '新增(?:港口)?(?:吞吐|装机|产|生产|供水|污水处理|处理|仓储|储存|通行|发电|运输)能力';
export const SHARE = new RegExp(`^(?:${SHARE_DONE})$`);
// 甲项目建设工期滞后8个月，完成投资X亿元: an audit's finding that the works run late is where the project stands
// (session 28, fix88).
// 甲学校综合楼项目未办理竣工决算即交付使用: an audit's finding that finished works went into use before their
// accounts were closed, where the project stands (fix215).
// 甲医院医养中心投入试运行, 乙厂投入试生产: works put into trial running, where a finished project stands (session 32,
// fix127).
// 县城第二水厂建成供水: a water plant built and supplying, as 建成通水 is (session 36, fixleft36).
// 县城污水处理厂建成投入运行, 甲码头工程建成试运行, 乙港码头建成通航, 丙工程正在加紧建设: a plant run, a wharf opened to
// ships, works pressed on, as 投入使用 and 加快建设 are; 甲公路改扩建工程路基全线贯通: the road's bed through, its name
// kept without the bed (session 50, fixold50, F10211).
// 乙供水二期工程仍在进行前期工作: a lagging project still at its papers, as 正在进行 is (session 47, fix415, F8474).
// 确保甲污水处理厂、乙大桥年底前建成: bare 建成 after the deadline a goal sets, the works' completion as 建成投用 is
// (session 51, fix486_487, F10369); 建成 alone elsewhere (建成区, 已建成N个) is no status.
// 确保甲浮法玻璃生产线项目年底前点火投产: a kiln or furnace line lit and put into production, as 投产 is (session 44,
// fix362, F7311: glass, ceramics and boiler news pages so write it).
/**
 * 甲湖生态修复工程完成湖滨带建设X公里: a stretch of the works built, its length after it (session 32, fix137).
 */
const LENGTH_BUILT =
  '(?:已)?完成[^,;。、的\\d]{2,8}?建设\\d+(?:\\.\\d+)?(?:公里|千米|延米|米|亩|万平方米|平方米|公顷)';
/**
 * 甲县供水工程已铺设管网X公里, 乙线已架设线路X公里: pipes or lines laid, their length after them (session 33,
 * fix142).
 */
const LENGTH_LAID =
  '(?:已)?(?:铺设|敷设|架设|埋设)(?:供水|污水|雨水|燃气|输水|供热|主|支)?(?:管网|管道|管线|线路|光缆)\\d+(?:\\.\\d+)?(?:公里|千米|延米|米)';
/**
 * 甲河流域综合治理工程完成清淤X公里, 乙河治理工程已完成河道疏浚X公里: a river work's dredged length, where the
 * project stands (session 36, fix225).
 */
const LENGTH_DREDGED =
  '(?:已)?完成(?:河道|河床|河库)?(?:清淤|疏浚|清淤疏浚)\\d+(?:\\.\\d+)?(?:公里|千米|延米|米)';
/**
 * 甲医院门诊综合楼项目已完成主体验收, 乙工程通过竣工验收, 丙工程主体工程验收已完成: the works checked and
 * accepted (their shell, or the whole at completion), where a project stands (session 39, fixprod).
 */
const ACCEPTED =
  '(?:已)?(?:完成|通过)(?:主体(?:工程|结构)?|竣工|土建)验收|(?:主体(?:工程|结构)?|竣工)验收(?:已)?(?:完成|通过)(?!\\d)';
// 甲路改造工程已全面开工: every section of the works started at once, as 全面复工 says of resuming (F10021).
// 国道甲线过境段改造工程全线完工: a road's whole length done, as 全面完工 is (held-out-414 gutan; session 47,
// fix414, F8501). 甲煤矿机械化改造工程已完成井下主体工程: a mine's main works below ground (or above it), where
// the project stands as 已完成主体工程 says (session 49, fix446, F9467). 全线通车 too, since session 48's decision 8 makes a road named with it and no amounts a project
// in a news page as elsewhere (fixdecide, F9302; F6857 had been dropped for that page alone).
const STATUS_WORD = `${ACCEPTED}|${CAPACITY_ADDED}|${LENGTH_BUILT}|${LENGTH_LAID}|${LENGTH_DREDGED}|(?:正|仍|尚|还)在(?:进行|开展)[^,;。、]{2,8}?(?:安装|调试|施工|工作|建设|装修|铺设|敷设|架设|浇筑|吊装)|(?:基本)?具备(?:竣工|投产|开工)条件|(?:进场|全面|开始|正式)施工|全面(?:复工|开工(?:建设)?)|${BEFORE_WORKS}|${WORKS_DONE}|${STAGE_DONE}|${PART_DONE}|${SHARE_DONE}|${PREPARED}|(?:已)?完成(?:全年|年度)(?:投资)?(?:任务|计划)|(?:按计划|按序时|按时序|按期|正在|持续)推进|进入(?:[^,;。、]{2,10}?阶段|试生产|试运行|试运营)|已超额完成年度投资|超额完成年度投资|完成年度投资[^,;。]{0,8}|已完成主体工程|完成主体工程|(?:已)?完成(?:井下|井上|地下|地面)主体工程|(?:已)?完成主体(?:工程)?建设|主体(?:工程)?建设|(?:已)?完成主体(?:结构(?:施工)?|施工)|主体结构完工|主体(?:结构|工程)?已?完工|${STAGE_SHARE}|${STAGE_WHOLE}|(?:总|总体|形象)进度(?:已)?(?:完成|达到?)\\d+(?:\\.\\d+)?%|(?:已)?完成主体(?:结构)?[封结]顶|主体(?:结构)?(?:已经?)?(?:全面)?[封结]顶|(?<=(?:楼|大厦)(?:已经?)?)(?:已经?)?(?:全面)?[封结]顶|基本建成|基本完成|全面(?:完工|竣工|建成)|全线(?:完工|竣工|建成|通车)|建成(?:并)?投入(?:使用|运营|运行|试运行|试运营|试生产)|建成(?:并)?试运行|建成通航|建成投产|建成并网|建成使用|建成投用|建成启用|正式启用|建成投运|建成运营|建成(?:并)?运行|建成开业|建成开放|开业运营|正式开业|开业|建成开园|建成招生|建成开学|正式开园|开园(?!区)|投入使用|投入运行|投入试(?:运行|运营|生产)|投用|投运|投入运营|全容量并网(?:发电)?|并网发电|建成发电|投产发电|(?:路基|路面|主线)?全线贯通|建成通水|建成供水|通水(?!泥)|下闸蓄水|并网|试运行|建成通车|通车(?!里程)|进度滞后|(?:建设)?工期(?:滞后|延误|拖延)(?:\\d{1,3}(?:个月|天))?|未(?:办理|进行)竣工(?:财务)?决算(?:手续)?(?:即|就)(?:交付|投入)使用|未(?:办理|取得|履行)[^,;。、]{2,10}?(?:即|就)(?:开工建设|开工|施工|动工)|未能?(?:达到|实现)(?:预期|序时|计划|时序)进度|(?:投资)?(?:超|超过|快于)(?:序时|时序|时间)进度|因[^,;。、]{2,14}?(?:滞后|受阻|缓慢|未开工|停工|未(?:办结|办妥|落实|到位|批复)(?![^,;。、]{0,8}?(?:滞后|受阻|缓慢|未开工|停工)))|${LAND_PENDING}|进展缓慢|推进缓慢|加快推进|加快实施|加紧(?:建设|施工|推进)|有序推进|稳步推进|顺利推进|有力推进|全面推进|扎实推进|开工建设|加快建设|加快进度|进展顺利|进展(?:较快|良好|迅速)|进度较快|新开工建设|新开工|开竣工|开复工|(?<!修)复工|竣工投产|竣工|点火投产|投产|完工|试生产|注册落地|落地|动工|开工|(?<=(?:年底|年末|年内|月底|月末)前?)建成(?![区\\d])`;
/**
 * 主体工程封顶, 主体工程已全面封顶: the main works topped out (主体已经封顶, 已 written 已经: session 47, fix412,
 * F8450), said with 工程 as 主体工程完工 is (session 39,
 * fix286: a work report's 甲医院新院区主体工程封顶 beside other projects' 建成投产).
 */
const WORKS_TOPPED = '主体工程(?:已经?)?(?:全面)?[封结]顶';
const STATUS_WORDS = `${WORKS_TOPPED}|${STATUS_WORD}`;
/** A status word with an alternative in brackets after it: 竣工投产(试生产). */
const STATUS_WITH_ALTERNATIVE = `(?:${STATUS_WORDS})(?:\\((?:${STATUS_WORDS})\\))?`;
/**
 * A status, or two joined (竣工投产或一期试生产, 已竣工并投产, 竣工投产(试生产)): the project is at one
 * or the other, so both words are its status, not the first alone.
 */
export const STATUS = new RegExp(
  `${STATUS_WITH_ALTERNATIVE}(?:(?:或者|或|和|及|并)(?:部分|[一二三四五]期)?${STATUS_WITH_ALTERNATIVE})*`,
);
/** A status word alone (or a share alone) filling its clause. */
export const STATUS_ONLY = new RegExp(`^(?:${STATUS.source})$`);

/**
 * 目前已竣工, 目前主体完工, 已于4月竣工, 已于2022年12月建成通车: a clause that is only a project's status, with an
 * adverb or a time (a year's month in a review of several years) before it.
 */
export function statusAlone(text: string): string | null {
  const bare = text.replace(/^(?:目前|现|截至目前)/, '');
  const plain = bare.replace(
    /^(?:已经|已|正在)?(?:于(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:份|底|末|初)?|年内|近期|日前)|于(?:19|20)\d{2}年(?:底|末)?|提前|顺利|相继|先后)?/,
    '',
  );
  // Most clauses have no adverb or time to drop (plain is bare): one test of the long alternation then.
  const found = STATUS_ONLY.exec(bare)?.[0] ?? (plain === bare ? undefined : STATUS_ONLY.exec(plain)?.[0]);
  if (found) return found;
  // 目前尚未开工, 未能按期开工: a status denied is kept with its denial.
  const denial = /^(?:未能|尚未|没有|未)(?:按期|如期|按时)?/.exec(plain)?.[0] ?? '';
  const denied = denial ? STATUS_ONLY.exec(plain.slice(denial.length))?.[0] : undefined;
  return denied ? `${denial}${denied}` : null;
}

/** A denial before a status word: 未能按期, 尚未. */
export const NEGATED = /(?:未能|尚未|没有|未)(?:按期|如期|按时)?$/;
