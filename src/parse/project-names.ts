// What a project's name looks like: the words a name ends with, the words that make a phrase no
// name, and cleaning a name of the adverbs, times and work words the prose wraps around it.

/**
 * Words that end the name of works rather than of a building (卯河治理, 老城区改造, 甲路延伸段): a project only
 * when listed with one that ends like a project (加快推进甲水库、卯河治理和辰山隧道建设).
 */
export const WORKS =
  /(?:(?:治理|改造|整治|修缮|扩建|改扩建|迁建|提升|修复|综合开发|开发)(?:工程|项目)?|延伸段|延长段|延长线|[东南西北中]段)$/;

export const ENDS_LIKE_PROJECT =
  /(?:项目|工程|综合体|商贸城|产业园|园区|物流园|风电场|风电|电站|光伏|铜箔|公园|广场|中心|基地|大楼|大厦|综合楼|住院楼|病房楼|门诊楼|医技楼|教学楼|实训楼|办公楼|宿舍楼|医院|院区|加工园|工业园|科技园|创业园|中学|小学|幼儿园|校区|体育馆|机场|高铁|铁路|公路|高速|大道|通道|快速路|隧道|大桥|码头|港区|物流港|枢纽|水库|管网|片区|市场|厂房|[县市区镇]段|(?:公路|高速|铁路|国道|省道|大道|通道)[\u4e00-\u9fa5]{1,8}段|城|厂|[一二三四五六七八九十]期)(?:\([^)]{1,8}\))?$/;

const JUNK_NAME =
  /^(?:\d|[一二两三四五六七八九十]+[个期是])|^(?:各项|各类|一批|部分|有关|相关|所有|其他|(?:全|我|本)[市县区镇乡旗州省]|重点项目|项目$|目标$|任务$)|^(?:解决|提高|提升|推动|推进|加快|加强|做好|确保|实现|完成|开展|组织|建立|落实|支持|鼓励|着力|实施|完善|谋划|发展)|[,;。:“”的]/;

export const TRAILING_WORK = /(?:的建设|项目建设工作|项目建设|建设工作|建设升级|前期工作|建设|进展|工作)$/;

/**
 * Adverbs and times left between a name and its status words: 甲一期已建成投产 → 甲一期,
 * 乙工程年内开工 → 乙工程, 丙项目9月底前开工 → 丙项目, 丁项目1-4月完成投资 → 丁项目.
 */
export const TRAILING_ADVERB =
  /(?:已经|已|正在|均|将|现|并|目前|未能|尚未|未|年内|年底前|年底|今年内|今年|尽快|力争|按期|如期|按时|(?:1-)?\d{1,2}月(?:底|末|中旬|上旬|下旬|份)?(?:前|内)?)+$/;

/** A phase written in brackets after a name: 某某产业园(二期). */
export const BRACKETED_PHASE = /\(([一二三四五六七八九十\d]+期)\)$/;

/** What 及 joins to a project as a part of it: 接线工程, 配套设施. */
const ANCILLARY = /^(?:其)?(?:配套|接线|附属|周边|连接线|引道|匝道)/;

/** Splits 甲、乙和丙 into items, not splitting inside brackets or quotes. */
export function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charAt(i) : '、';
    if (ch === '(' || ch === '“') depth++;
    else if (ch === ')' || ch === '”') depth = Math.max(0, depth - 1);
    // 霁江四桥及接线工程: works that belong to the project before 及 are part of its name.
    else if (
      depth === 0 &&
      (ch === '、' || ch === '和' || (ch === '及' && !ANCILLARY.test(text.slice(i + 1))))
    ) {
      items.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return items;
}

export function cleanName(name: string): string {
  // A quoted name is the whole name when it reads as one: “甲产业园”前期工作 → 甲产业园; otherwise
  // the quotes mark a term inside it: “三旧”改造项目 → 三旧改造项目.
  const quoted = /^“([^“”]+)”/.exec(name.trim());
  if (quoted?.[1] && ENDS_LIKE_PROJECT.test(quoted[1])) return quoted[1].trim();
  let cleaned = name
    .trim()
    .replace(/^“([^“”]+)”/, '$1')
    // 上半年全县43个重点项目: a time before the name is not part of it.
    .replace(/^(?:上半年|下半年|一季度|前三季度|今年以来|年内|全年|1-\d{1,2}月|1至\d{1,2}月)/, '');
  cleaned = cleaned.replace(TRAILING_ADVERB, '').trim();
  const bare = cleaned.replace(TRAILING_WORK, '').trim();
  // 甲污水处理厂项目建设 → 甲污水处理厂; but 乙新材料项目建设 keeps 项目, without which no project is named.
  if (!ENDS_LIKE_PROJECT.test(bare) && /项目建设$/.test(cleaned)) return cleaned.replace(/建设$/, '');
  return bare;
}

export function validName(name: string, listed: boolean): boolean {
  if (name.length < 2 || name.length > 30 || JUNK_NAME.test(name)) return false;
  // 县城棚户区改造(二期): a phase in brackets marks a project whatever the name ends with.
  // 丙县体育馆及配套设施: the project is named before 及.
  const head = name.split('及')[0] ?? name;
  const projectLike =
    ENDS_LIKE_PROJECT.test(name) || ENDS_LIKE_PROJECT.test(head) || BRACKETED_PHASE.test(name);
  return listed ? name.length >= 2 : projectLike && name.length >= 4;
}
