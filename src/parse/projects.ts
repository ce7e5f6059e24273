// Named investment projects in the prose: amounts (计划投资25亿元的…), status words (加快推进, 基本建成 …)
// and enumerations (甲、乙已超额完成年度投资). One Project per name, one mention per place it appears.
// Heuristic and precision-first: a name must end like a project name or be listed as one (…等项目).

import { chineseNumeral, unitInfo } from './numbers.js';
import {
  BRACKETED_PHASE,
  cleanName,
  ENDS_LIKE_PROJECT,
  splitItems,
  validName,
  WORKS,
  withoutTrailingAdverb,
} from './project-names.js';
import { DELIVERY_MODE, foldPhasesAfterProject, projectKey } from './project-phases.js';
import { DISTRIBUTED, distributedCompleted, respectiveAmounts } from './project-respective.js';
import type { TableProject } from './table-rows.js';
import type { Phase, Project, ProjectMention, Section, Sentence } from './types.js';

// 总投资26亿的甲: 亿 alone stands for 亿元.
const AMOUNT_OF = /(?:计划总投资|计划投资|总投资|投资)(?:约|近|超)?(\d+(?:\.\d+)?)(亿元|万元|元|亿)的/g;
const AMOUNT_ONLY = /^(?:共|累计|计划)?(?:总)?投资(?:约)?(\d+(?:\.\d+)?)(亿元|万元)$/;
const BUILT = /^[\u4e00-\u9fa5]{0,4}?(建成|新建|建设|启动|完成)(.{2,40})$/;
/** Progress on a part of the works: 完成路基工程的80%, 已完成总工程量的60%, 完成组件安装的60%. */
const WORKS_DONE = '(?:已)?完成[^,;。、的]{1,10}?的\\d+(?:\\.\\d+)?%';
/**
 * Steps before the works start: 已完成前期工作, 已完成土地平整, 正在办理施工许可, 仍在办理用地手续 — where a
 * project stands that is not yet under way.
 */
const BEFORE_WORKS =
  '(?:已)?完成前期(?:工作|手续)|(?:已)?完成(?:土地|场地)平整|(?:已)?完成(?:征地拆迁|土地征收|征地|清表|招投标|招标)|(?:正在|仍在|已在|正)办理[^,;。、]{2,10}?(?:手续|许可证|许可|预审|审批|批复)';
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
  '(?:已)?完成(?:预可研|可研|可行性研究|初步设计|初设|环评|立项)(?:报告)?(?:编制|评审|审查|批复)?|(?:预可研|可研|可行性研究|初步设计|初设|环评)(?:报告)?(?:已)?(?:获得?|通过)(?:批复|审查|评审)';
/** A stage of the works done, named without a share: 完成路基工程, 已完成桩基施工. */
const STAGE_DONE = '(?:已)?完成(?:路基|路面|桥梁|隧道|土建|桩基|基础|管网)(?:工程|施工)';
const SHARE = new RegExp(`^(?:${SHARE_DONE})$`);
const STATUS_WORD = `正在(?:进行|开展)[^,;。、]{2,8}?(?:安装|调试|施工|工作|建设)|(?:基本)?具备(?:竣工|投产|开工)条件|(?:进场|全面|开始|正式)施工|${BEFORE_WORKS}|${WORKS_DONE}|${STAGE_DONE}|${SHARE_DONE}|${PREPARED}|(?:已)?完成(?:全年|年度)(?:投资)?(?:任务|计划)|(?:按计划|按序时|按时序|按期|正在|持续)推进|进入[^,;。、]{2,10}?阶段|已超额完成年度投资|超额完成年度投资|完成年度投资[^,;。]{0,8}|已完成主体工程|完成主体工程|(?:已)?完成主体结构(?:施工)?|主体结构完工|主体完工|(?:总|总体|形象)进度(?:已)?(?:完成|达到?)\\d+(?:\\.\\d+)?%|主体(?:结构)?封顶|基本建成|基本完成|建成投产|建成并网|建成使用|建成投用|建成投运|投入使用|投用|投运|投入运营|并网发电|并网|试运行|建成通车|通车(?!里程)|进度滞后|因[^,;。、]{2,10}?(?:滞后|受阻)|进展缓慢|推进缓慢|加快推进|加快实施|有序推进|稳步推进|顺利推进|有力推进|全面推进|扎实推进|开工建设|加快建设|进展顺利|新开工建设|新开工|开竣工|开复工|(?<!修)复工|竣工投产|竣工|投产|完工|试生产|注册落地|落地|动工|开工`;
/**
 * A status, or two joined (竣工投产或一期试生产, 已竣工并投产): the project is at one or the other,
 * so both words are its status, not the first alone.
 */
const STATUS = new RegExp(
  `(?:${STATUS_WORD})(?:(?:或者|或|和|及|并)(?:部分|[一二三四五]期)?(?:${STATUS_WORD}))*`,
);
/** A status word alone (or a share alone) filling its clause. */
const STATUS_ONLY = new RegExp(`^(?:${STATUS.source})$`);
/** 全县加快推进…: the place a lead opens with, no part of the status it gives. */
const PLACE_LEAD =
  /^[\u4e00-\u9fa5]{1,6}?[县市区](?=(?:全力|加快|大力|积极|持续|着力|重点|全面)?(?:推进|推动|加快|启动|开工))/;
const LEAD = new RegExp(
  `^(?:${PLACE_LEAD.source.slice(1)})?(?:其中|并|同时|进一步|继续|全面|全力|强力|持续|着力|加快|有序|积极|切实|大力|重点|高标准|力争|确保|计划|拟)*(?:推进|推动|加快|启动|建设|建成|新开工|开工建设|开工|抓好|狠抓)?`,
);
/** A lead ending in a verb of pushing works on (加快推进, 启动, 抓好): the list's status. */
const LEAD_VERB = /(?:推进|推动|加快|启动|建设|建成|开工|抓好|狠抓)$/;
const LISTED_AS_PROJECTS =
  /(?:等(?:(?:\d+|[一二三四五六七八九十]+)个)?|(?:\d+|[一二三四五六七八九十]+)个)[^,;。、等]{0,10}?(?:项目|商贸体|设施)(?:的)?(?:建设|进展|建设工作|前期工作|前期)?(?:\d+个)?$/;
/** Words every project clause has one of: a cheap filter before the real patterns. */
const PROJECT_HINT =
  /投资|办理|施工|推进|正在|推动|加快|启动|抓好|狠抓|建设|建成|完成|投入|投产|竣工|开工|复工|动工|落地|进展|进度|滞后|封顶|完工|并网|运营|通车|投用|投运|进入|调研|视察|察看|查看|观摩|考察|可研|可行性研究|初步设计|初设|环评/;
/**
 * 完成投资X亿元, 开累完成投资X亿元 (done since the start, not only this year), 完成年度投资X亿元 (the
 * year's investment done), 已完成X亿元 after the year's plan (投资 left out); 今年计划完成投资X亿元 is a
 * plan, not an amount done.
 */
const COMPLETED =
  /(?<!计划)(?:(?:已|仅|累计|开累)?(?:完成|实现)(?:年度|全年|当年)?投资|(?:已|仅|累计|开累)(?:完成|实现))(\d+(?:\.\d+)?)(亿元|万元)/;

/** 已完成投资5.2亿元, 1-6月完成投资5.2亿元, 截至10月底已完成5.2亿元: a clause of progress alone, naming nothing. */
const DONE_ONLY =
  /^(?:目前|截至目前|截至\d{1,2}月(?:底|末)|今年|本年|上半年|1-\d{1,2}月(?:份)?)?(?:(?:已|仅|累计|开累)?(?:完成|实现)投资|(?:已|仅|累计|开累)(?:完成|实现))\d+(?:\.\d+)?(?:亿元|万元)$/;

/**
 * 目前已竣工, 目前主体完工, 已于4月竣工: a clause that is only a project's status, with an adverb or a
 * time before it.
 */
function statusAlone(text: string): string | null {
  const bare = text.replace(/^(?:目前|现|截至目前)/, '');
  const plain = bare.replace(
    /^(?:已经|已|正在)?(?:于(?:\d{1,2}月(?:份|底|末|初)?|年内|近期|日前)|提前|顺利|相继|先后)?/,
    '',
  );
  const found = STATUS_ONLY.exec(bare)?.[0] ?? STATUS_ONLY.exec(plain)?.[0];
  if (found) return found;
  // 目前尚未开工, 未能按期开工: a status denied is kept with its denial.
  const denial = /^(?:未能|尚未|没有|未)(?:按期|如期|按时)?/.exec(plain)?.[0] ?? '';
  const denied = denial ? STATUS_ONLY.exec(plain.slice(denial.length))?.[0] : undefined;
  return denied ? `${denial}${denied}` : null;
}

/**
 * 甲项目总投资86亿元: a name, then its total investment, alone in its clause — or with the year's
 * plan after it (、年度计划投资X亿元), which is no total.
 */
const NAME_THEN_AMOUNT =
  /^(.{4,30}?)(?:计划)?总投资(?:约|近|超)?(\d+(?:\.\d+)?)(亿元|万元|亿)(?:、(?:年度|今年|全年|\d{4}年)?计划(?:完成)?投资\d+(?:\.\d+)?(?:亿元|万元|亿))?$/;
/** 实地调研了甲、乙和丙等项目: projects a committee visited, a list closed by 等项目. */
const VISITED = /(?:实地)?(?:调研|视察|察看|查看|观摩|考察)了/;
/** 对甲、乙和丙进行了视察: the projects visited named before the verb. */
const VISITED_BEFORE = /对(.+?)进行了?(?:实地)?(?:调研|视察|察看|查看|观摩|考察)$/;
/**
 * 主要是甲、乙等项目用地、环评等手续办理滞后: the projects a problem is said of, a list 等项目 closes
 * after 主要是, whatever the problem after it.
 */
const PROBLEM_OF = /(?:主要是|主要为|主要有)(.+?)等(?:\d+个)?项目/;

/** A clause that states a goal for a project rather than its progress. */
const GOAL = /^(?:其中|并|同时)?(?:力争|确保)/;
/**
 * 明年，重点推进甲建设; “十五五”期间，…; 2026年，计划开工建设甲: a sentence that opens on a time to
 * come names the projects of a plan, even in a results part. Not 2024年计划实施重点项目N个 (no comma): a
 * results part so gives the reported year's own plan before its progress.
 */
const FORWARD =
  /^(?:明年|来年|下一步|下步|今后|["“]?十[一二三四五六七]五["”]?(?:时期|期间)|未来[一二三四五]年|\d{4}年[,，](?:计划|拟|将))/;

interface Clause {
  start: number;
  end: number;
  text: string;
}

function clausesOf(folded: string, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let from = sentence.start;
  for (let i = sentence.start; i <= sentence.end; i++) {
    const code = i < sentence.end ? folded.charCodeAt(i) : 0x2c;
    if (code === 0x28) depth++;
    else if (code === 0x29) depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (code === 0x2c || code === 0x3b || code === 0x3002 || code === 0x3a || code === 0x21 || code === 0x3f)
    ) {
      if (i > from) clauses.push({ start: from, end: i, text: folded.slice(from, i) });
      from = i + 1;
    }
  }
  return clauses;
}

function amountInYuan(value: string, unit: string): number {
  // Rounded to the fen: 1.1亿元 is 110000000元, not 110000000.00000001.
  return Math.round(Number(value) * (unitInfo(unit)?.factor ?? 1) * 100) / 100;
}

/** A name with its phase or its mode of procurement in brackets is also known without it: 甲产业园(二期) → 甲产业园. */
function aliasesOf(name: string): string[] {
  const bare = name.replace(BRACKETED_PHASE, '').trim();
  // 甲储能电站(EPC) is also 甲储能电站.
  const unmoded = name.replace(DELIVERY_MODE, '').trim();
  return [bare, unmoded].filter(
    (alias, k, all) => alias !== name && alias.length >= 2 && all.indexOf(alias) === k,
  );
}

export function readProjects(
  source: string,
  folded: string,
  sentences: readonly Sentence[],
  sections: readonly Section[],
  /** The rows of the report's project tables, read after the prose's mentions. */
  tableProjects: readonly TableProject[] = [],
): Project[] {
  const byKey = new Map<string, Project>();
  const add = (name: string, mention: ProjectMention) => {
    const key = projectKey(name);
    const project = byKey.get(key);
    if (!project) {
      byKey.set(key, { name, aliases: aliasesOf(name), mentions: [mention] });
      return;
    }
    project.mentions.push(mention);
    if (name !== project.name && !project.aliases.includes(name)) project.aliases.push(name);
  };
  // The one project the sentence before named, which 该项目总投资… in the next goes on about.
  let previousSingle: string | null = null;
  let namedHere = new Set<string>();
  const addHere = (name: string, mention: ProjectMention) => {
    namedHere.add(projectKey(name));
    if (namedHere.size === 1) lastName = name;
    add(name, mention);
  };
  let lastName: string | null = null;
  let namedHereByProse = true;
  for (const sentence of sentences) {
    if (
      sentence.kind !== 'prose' &&
      !isTopic(sentence, sections) &&
      !isStatusItem(folded, sentence, sections)
    ) {
      // 1.甲产业园：/ 总投资X亿元，…: an item's heading names the project its first sentence is about.
      const item =
        sentence.kind === 'heading' ? itemHeading(folded.slice(sentence.start, sentence.end)) : null;
      namedHere = new Set(item ? [projectKey(item)] : []);
      lastName = item;
      namedHereByProse = item === null;
      continue;
    }
    previousSingle = namedHere.size === 1 ? lastName : null;
    // Only the sentence right after an item's heading may leave out 该项目.
    const afterHeading = previousSingle !== null && !namedHereByProse;
    namedHereByProse = true;
    namedHere = new Set();
    lastName = null;
    const sectionPhase: Phase =
      sentence.sectionIndex === null ? 'reported' : (sections[sentence.sectionIndex]?.phase ?? 'reported');
    const phase: Phase = FORWARD.test(folded.slice(sentence.start, sentence.end)) ? 'planned' : sectionPhase;
    const clauses = clausesOf(folded, sentence);
    const mention = (clause: Clause, planned: number | null, status: string | null): ProjectMention => ({
      // 力争甲年底前完工 in a results part is still a plan.
      phase: GOAL.test(clause.text) ? 'planned' : phase,
      plannedInvestment: planned,
      completedInvestment: completedIn(clause.text),
      status,
      raw: source.slice(clause.start, clause.end),
      provenance: { sentenceIndex: sentence.index, start: clause.start, end: clause.end },
    });
    let consumed = -1;
    for (const [k, clause] of clauses.entries()) {
      if (k <= consumed) continue;
      const add = addHere;
      // 甲建成投产。该项目总投资X亿元，累计完成投资Y亿元: the figures of the project just named.
      const follow =
        k === 0 && previousSingle ? (afterHeading ? ITEM_BODY : FOLLOW_UP).exec(clause.text) : null;
      // 4.甲项目。已完成前期工作，正在办理施工许可: the item's first sentence says only where it stands.
      const standing = k === 0 && afterHeading && previousSingle && !follow ? statusAlone(clause.text) : null;
      if (standing && previousSingle) {
        add(previousSingle, mention(clause, null, standing));
        continue;
      }
      if (follow && previousSingle) {
        const done = clauses.slice(0, 3).find((c) => COMPLETED.test(c.text));
        // 总投资X亿元，目前主体完工: a status alone in one of the next clauses is the project's too.
        const said = clauses.slice(1, 3).find((c) => statusAlone(c.text) !== null);
        const end = Math.max(clause.end, done?.end ?? 0, said?.end ?? 0);
        const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
        const planned = follow[1] ? amountInYuan(follow[1], follow[2] ?? '') : null;
        add(previousSingle, mention(span, planned, statusAlone(said?.text ?? '')));
        consumed = Math.max(k, done ? clauses.indexOf(done) : k, said ? clauses.indexOf(said) : k);
        continue;
      }
      const introduced = readIntroducedList(clause.text);
      if (introduced) {
        // 甲、乙等5个项目，年度计划投资完成率超100%: a next clause that is only a status is the list's,
        // unless it is a share and the count is larger than the names (the group's share, not theirs).
        const said = clauses[k + 1] ? STATUS_ONLY.exec(clauses[k + 1]?.text ?? '') : null;
        const groupShare = said && SHARE.test(said[0]) && introduced.count > introduced.items;
        const status = introduced.status ?? (said && !groupShare ? said[0] : null);
        const span =
          said && status === said[0] && clauses[k + 1]
            ? { ...clause, end: clauses[k + 1]?.end ?? clause.end }
            : clause;
        for (const name of introduced.names) add(name, mention(span, null, status));
        if (span !== clause) consumed = k + 1;
        continue;
      }
      // 甲项目，总投资2.65亿元: a clause that is only a name, then one that gives its total investment.
      const following = clauses[k + 1];
      const total = following ? TOTAL_ONLY.exec(following.text) : null;
      // Cleaned only when a total follows: most clauses are no project's, and cleaning costs.
      const alone = total
        ? cleanName(clause.text.replace(/^.*的(?=[^的]{4,}$)/, '').replace(/(?:位于|地处|坐落于).*$/, ''))
        : '';
      if (following && total && validName(alone, false)) {
        const done = clauses.slice(k + 2, k + 4).find((c) => COMPLETED.test(c.text)) ?? following;
        // 甲项目，总投资X亿元，目前主体完工: a status alone in one of the next clauses is the project's.
        const said = clauses.slice(k + 2, k + 4).find((c) => statusAlone(c.text) !== null);
        const end = Math.max(done.end, said?.end ?? 0);
        const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
        add(
          alone,
          mention(span, amountInYuan(total[1] ?? '0', total[2] ?? ''), statusAlone(said?.text ?? '')),
        );
        consumed = k + 1;
        continue;
      }
      // 建设进度较快项目共5个：甲、乙…, or the list after a space in the same clause.
      const spaced = CLASS_THEN_LIST.exec(clause.text);
      const classed = spaced
        ? classList(spaced[1] ?? '', spaced[2] ?? '')
        : k > 0 && folded.charAt(clause.start - 1) === ':'
          ? classList(clauses[k - 1]?.text ?? '', clause.text)
          : null;
      if (classed) {
        for (const name of classed) add(name, mention(clause, null, null));
        continue;
      }
      if (!PROJECT_HINT.test(clause.text)) continue;
      const leadText = LEAD.exec(clause.text)?.[0] ?? '';
      // Only a lead ending in a verb (加快推进, 启动) is a status; 进一步 or 大力 alone is not.
      const leadVerb = LEAD_VERB.test(leadText) ? leadText.replace(PLACE_LEAD, '') : null;
      // 计划投资25亿元的甲、投资4.5亿元的乙加快推进
      AMOUNT_OF.lastIndex = 0;
      let found = false;
      // 计划投资X亿元的甲、总投资Y亿元的乙进展顺利，分别完成投资a亿元、b亿元: the next clause's amounts are theirs, in order.
      const amountLed: string[] = [];
      const respective = respectiveAmounts(clauses[k + 1]?.text ?? '');
      for (let m = AMOUNT_OF.exec(clause.text); m !== null; m = AMOUNT_OF.exec(clause.text)) {
        const after = clause.text.slice(m.index + m[0].length);
        const segment = after.split('、')[0] ?? '';
        const status = STATUS.exec(segment);
        // 总投资X亿元的甲未能按期开工: the denial is kept with the status, as readEnumeration keeps it.
        const scope = status ? segment : clause.text.slice(m.index);
        const said = status ?? STATUS.exec(scope);
        const denial = said ? (NEGATED.exec(scope.slice(0, said.index))?.[0] ?? '') : '';
        const clauseStatus = said ? `${denial}${said[0]}` : leadVerb;
        const { names, group } = listAfterAmount(after);
        const amount = amountInYuan(m[1] ?? '0', m[2] ?? '');
        // 总投资25亿元的甲项目年度计划投资8亿元，已完成投资5.2亿元: a clause that only says what
        // was done goes on about the one project before it.
        const next = clauses[k + 1];
        const span =
          names.length === 1 && !COMPLETED.test(clause.text) && next && DONE_ONLY.test(next.text)
            ? { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) }
            : clause;
        for (const [k, name] of names.entries()) {
          // 总投资18亿元的甲、乙和丙三大项目: the amount is the group's, no single project's.
          add(name, mention(span, k === 0 && !group ? amount : null, clauseStatus));
          amountLed.push(name);
          found = true;
        }
      }
      const after = clauses[k + 1];
      if (found && after && respective && respective.length === amountLed.length && amountLed.length > 1) {
        const span = { start: after.start, end: after.end, text: after.text };
        for (const [n, name] of amountLed.entries())
          add(name, { ...mention(span, null, null), completedInvestment: respective[n] ?? null });
        consumed = k + 1;
      }
      if (found) continue;
      const named = NAME_THEN_AMOUNT.exec(clause.text.slice(leadText.length));
      const namedName = cleanName(named?.[1] ?? '');
      if (named && validName(namedName, false)) {
        // 开累完成投资41.3亿元 in one of the next clauses is the same project's.
        const done = clauses.slice(k + 1, k + 3).find((c) => COMPLETED.test(c.text));
        const said = clauses.slice(k + 1, k + 3).find((c) => statusAlone(c.text) !== null);
        const end = Math.max(clause.end, done?.end ?? 0, said?.end ?? 0);
        const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
        add(
          namedName,
          mention(span, amountInYuan(named[2] ?? '0', named[3] ?? ''), statusAlone(said?.text ?? '')),
        );
        continue;
      }
      const before = VISITED_BEFORE.exec(clause.text);
      if (before?.[1]) {
        // A closed list, read only when every item ends like a project.
        const names = splitItems(before[1]).map(cleanName);
        if (names.every((name) => validName(name, false)))
          for (const name of names) add(name, mention(clause, null, null));
        continue;
      }
      const problem = PROBLEM_OF.exec(clause.text);
      if (problem?.[1]) {
        const names = splitItems(problem[1]).map(cleanName);
        if (names.every((name) => validName(name, false))) {
          for (const name of names) add(name, mention(clause, null, null));
          continue;
        }
      }
      const visited = VISITED.exec(clause.text);
      if (visited) {
        const body = clause.text.slice(visited.index + visited[0].length);
        const listed = LISTED_AS_PROJECTS.exec(body);
        if (listed && /等/.test(listed[0])) {
          for (const name of splitItems(body.slice(0, listed.index)).map(cleanName))
            if (validName(name, true)) add(name, mention(clause, null, null));
        } else {
          // 视察了甲工程、乙项目和丙项目: a closed list, read only when every item ends like a project.
          const names = splitItems(body).map(cleanName);
          if (names.every((name) => validName(name, false)))
            for (const name of names) add(name, mention(clause, null, null));
        }
        continue;
      }
      // 投资1.93亿元,高标准建成甲
      const amount = AMOUNT_ONLY.exec(clause.text);
      const next = clauses[k + 1];
      if (amount && next) {
        const built = BUILT.exec(next.text);
        const name = cleanName(built?.[2] ?? '');
        if (built && validName(name, false)) {
          const span = { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) };
          add(name, mention(span, amountInYuan(amount[1] ?? '0', amount[2] ?? ''), built[1] ?? null));
          consumed = k + 1;
          continue;
        }
      }
      const listed: Array<[string, string | null, number | null]> = [];
      readEnumeration(clause, leadText, leadVerb, (name, status, done) => listed.push([name, status, done]));
      // 甲主体完工，累计完成投资Y亿元: a next clause that only says what was done is the one project's.
      const doneNext =
        listed.length === 1 &&
        !COMPLETED.test(clause.text) &&
        next !== undefined &&
        DONE_ONLY.test(next.text);
      const span =
        doneNext && next
          ? { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) }
          : clause;
      // 甲产业园完成投资X亿元，育苗中心建成投用: a short bare name right after the amount a project of the
      // same sentence did is a part of that project's works (not 甲一期建成投用，丑山水厂投运).
      const part =
        listed.length === 1 &&
        namedHere.size > 0 &&
        (listed[0]?.[0].length ?? 0) <= 4 &&
        k > 0 &&
        COMPLETED.test(clauses[k - 1]?.text ?? '');
      // 甲、乙、丙分别完成投资a、b和c: each its own amount.
      const amounts = part ? null : distributedCompleted(clause.text, listed.length);
      if (!part)
        for (const [n, [name, status, done]] of listed.entries()) {
          const said = mention(span, null, status);
          const amount = amounts ? (amounts[n] ?? null) : done;
          add(name, amount === null ? said : { ...said, completedInvestment: amount });
        }
      if (doneNext) consumed = k + 1;
    }
  }
  for (const row of tableProjects)
    add(row.name, {
      phase: 'reported',
      plannedInvestment: row.plannedInvestment,
      completedInvestment: row.completedInvestment,
      // 已完成主体工程, 已投产: the progress cell read as a status clause is; a cell of other words is kept.
      status: row.progress === null ? null : (statusAlone(row.progress) ?? row.progress),
      raw: row.raw,
      provenance: row.provenance,
    });
  return foldPhasesAfterProject([...byKey.values()]);
}

/** 该项目总投资X亿元, 项目累计完成投资Y亿元: a sentence going on about the project the one before named. */
const FOLLOW_BODY =
  '(?:(?:计划)?总投资(?:约|近|超|达)?(\\d+(?:\\.\\d+)?)(亿元|万元|亿)$|(?:已|累计|开累)?(?:完成|实现)投资\\d)';
const FOLLOW_UP = new RegExp(`^(?:该项目|该工程|项目)${FOLLOW_BODY}`);

/** The first sentence under an item's heading (1.甲项目：) may give the total with no subject. */
const ITEM_BODY = new RegExp(`^(?:该项目|该工程|项目)?${FOLLOW_BODY}`);

/** 1.甲产业园：, (2)乙工程: a notice's item heading naming one project, or null. */
function itemHeading(text: string): string | null {
  const name = cleanName(text.replace(/[:。]\s*$/, ''));
  return validName(name, false) && !/[,;]/.test(name) ? name : null;
}

/**
 * ③ 甲工程和乙项目已竣工验收。: a numbered item whose short first sentence, taken as its heading, names
 * projects with a status rather than being one name alone.
 */
function isStatusItem(folded: string, sentence: Sentence, sections: readonly Section[]): boolean {
  const section = sentence.sectionIndex === null ? undefined : sections[sentence.sectionIndex];
  if (sentence.kind !== 'heading' || !section || section.number === null || section.level < 3) return false;
  if (section.start !== sentence.start) return false;
  const text = folded.slice(sentence.start, sentence.end);
  return itemHeading(text) === null && STATUS.test(text);
}

/** 建设进度较快项目共5个, 正在进行前期准备工作的项目3个: a class of projects and how many it holds. */
const CLASS_COUNTED = /(?:项目|工程)(?:共有|共|有)?(\d+|[一二两三四五六七八九十]+)(?:个|项|宗)$/;
/** 建设进度较快项目共5个 甲、乙、…: the class and its list on one line, a space between. */
const CLASS_THEN_LIST =
  /^(.{2,20}?(?:项目|工程)(?:共有|共|有)?(?:\d+|[一二两三四五六七八九十]+)(?:个|项|宗))\s+(\S.*)$/;

/**
 * 建设进度较快项目共5个：甲、乙、丙、丁、戊: the projects a class lists after a colon, read when the
 * items are as many as the count says (so the list is the class's whole, not a sample of fields).
 */
function classList(before: string, list: string): string[] | null {
  const count = CLASS_COUNTED.exec(before)?.[1];
  if (!count) return null;
  const items = splitItems(list);
  const expected = /\d/.test(count) ? Number(count) : (chineseNumeral(count) ?? 0);
  if (items.length < 2 || items.length !== expected) return null;
  const names = items.map(cleanName);
  return names.every((name) => validName(name, true)) ? names : null;
}

/** A paragraph's short first sentence, read as its topic: it may name a project (甲项目建成投产。). */
function isTopic(sentence: Sentence, sections: readonly Section[]): boolean {
  const section = sentence.sectionIndex === null ? undefined : sections[sentence.sectionIndex];
  return sentence.kind === 'heading' && section?.number === null && section.start === sentence.start;
}

/** 总投资2.65亿元 alone in its clause, after a clause that names the project. */
const TOTAL_ONLY = /^(?:项目)?(?:计划)?总投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)$/;

/**
 * 包括甲、乙等18个; 正在加快建设甲、乙等20个工业项目; 某市有甲、乙等81个项目开竣工; 竣工投产了甲、乙等
 * 101个项目: a list a verb introduces and 等 with a count closes, so its items are projects whatever
 * they end with. After 分别是 the count may be missing (分别是甲、乙等旅游项目).
 */
const INTRODUCED =
  /^([^、]{0,12})(包括|主要有|共有|还有|分别有|分别是|分别为|[省市县区州]有|共实施|实施|正在加快建设|加快建设|集中开竣工|集中开工|开工建设|竣工投产|建成投产|建成投运|集中签约|签约|已有)了?(?!项目|工程)(.+?)等((?:\d+|[一二三四五六七八九十]+)(?:个|项|宗))?([^、等]{0,12})$/;
/** 甲、乙等14个市定重点项目，总投资…: a list 等, a count and 项目 close needs no verb before it. */
const COUNTED = /^(.+?、.+?)等(?:项目)?(?:\d+|[一二三四五六七八九十]+)(?:个|项|宗)([^、等]{0,10})$/;

function readIntroducedList(
  text: string,
): { names: string[]; items: number; status: string | null; count: number } | null {
  // Both forms close the list with 等: a clause without it is none, whatever else it holds.
  if (!text.includes('等')) return null;
  const m = INTRODUCED.exec(text);
  // A list with a status word or a leading verb of its own is readEnumeration's.
  const lead = LEAD.exec(text)?.[0] ?? '';
  const counted = m || STATUS.test(text) || LEAD_VERB.test(lead) ? null : COUNTED.exec(text);
  let body: string;
  let intro = '';
  let tail: string;
  if (m) {
    [, , intro = '', body = '', , tail = ''] = m;
    // 等20个工业项目, 等18个, 等81个项目开竣工 — not 等3个方面; with no count, 项目 must close it.
    if (m[4] === undefined ? !/项目$/.test(tail) : tail !== '' && !/项目|工程/.test(tail)) return null;
    // 开工项目包括甲、乙等18个: a count with nothing after it counts projects only when what comes
    // before the verb says so (not 包括甲镇、乙镇等12个).
    if (m[4] !== undefined && tail === '' && !/项目|工程/.test(m[1] ?? '')) return null;
  } else if (counted) {
    [, body = '', tail = ''] = counted;
    if (!/项目$/.test(tail) && tail !== '') return null;
    // 全区省定重点管理的甲、乙: what comes before the last 的 of the first item describes the list.
    body = body.replace(/^[^、]*的有?(?=[^、的]{2,}、)/, '');
  } else return null;
  // 包括甲索道、乙酒店等10个子项目: the parts of one project are not projects of the list.
  if (/子项目/.test(tail)) return null;
  const items = splitItems(body);
  const names = items.map(cleanName).filter((name) => validName(name, true));
  if (names.length === 0) return null;
  const count = Number(/\d+/.exec(m?.[4] ?? counted?.[0].slice(counted[1]?.length ?? 0) ?? '')?.[0] ?? 0);
  return { names, items: items.length, status: STATUS.exec(`${intro}${tail}`)?.[0] ?? null, count };
}

/** 等领域, 等行业, 等类: a list closed as fields or kinds of project. */
const FIELDS_LISTED = /^等(?:\d+个)?(?:领域|行业|方面|板块|类)/;
/** 甲项目、乙工程等方面工作: a list closed as fields with nothing of projects after it. */
const FIELDS_CLOSE = /等(?:\d+个)?(?:领域|行业|方面|板块)(?:的)?(?:工作|建设)?$/;

/**
 * Whether the items before 等领域/等方面 are named projects (甲项目、乙工程等方面工作) rather than the
 * fields projects are in (交通、水利等领域重点项目): every item must end like a project.
 */
function namedBeforeFields(items: string): boolean {
  const names = splitItems(items).map(cleanName);
  return names.length > 0 && names.every((name) => validName(name, false));
}

/**
 * 累计完成12.5亿元 without 投资 is a project's investment only when what did it is a project by its
 * name (甲项目, 乙工程): a park, a works or a plant (甲工业园, 乙水泥厂) so reports its output.
 */
const DONE_BY_PROJECT = /(?:项目|工程)(?:\([^)]{1,8}\))?$/;

/** A denial before a status word: 未能按期, 尚未. */
const NEGATED = /(?:未能|尚未|没有|未)(?:按期|如期|按时)?$/;

/** 甲、乙已超额完成年度投资; 加快推进甲、乙等项目建设. */
function readEnumeration(
  clause: Clause,
  leadText: string,
  leadVerb: string | null,
  add: (name: string, status: string | null, done: number | null) => void,
) {
  let body = clause.text.slice(leadText.length);
  const status = STATUS.exec(body);
  // 甲公路乙段完成投资3.2亿元: an amount done names a project as well as a status word does.
  // 甲、乙分别完成投资0.9、1.3亿元: amounts listed bare before one unit are amounts done too.
  const completed = status ? null : (COMPLETED.exec(body) ?? DISTRIBUTED.exec(body));
  if (status) body = body.slice(0, status.index);
  else if (completed) body = body.slice(0, completed.index);
  // 甲、乙分别完成投资a亿元和b亿元: one amount each, in the order of the names.
  let respective: number[] | null = null;
  if (completed && body.endsWith('分别')) {
    respective = respectiveAmounts(clause.text.slice(leadText.length + body.length - 2));
    body = body.slice(0, -2);
  } else if (completed?.[0].startsWith('分别')) {
    // 甲、乙分别完成投资0.9、1.3亿元: the bare amounts, read the same way.
    respective = respectiveAmounts(clause.text.slice(leadText.length + body.length));
  }
  // 未能按期开工: a status denied is kept with its denial, not read as reached.
  const denied = status ? NEGATED.exec(body.slice(0, status.index)) : null;
  let statusWord = status ? `${denied?.[0] ?? ''}${status[0]}` : leadVerb;
  if (!statusWord && !completed) return;
  // 甲、乙等一批重大项目如期投产: adverbs between a list and its status are no part of it.
  body = withoutTrailingAdverb(
    body.replace(/^(?:其中|已|正在)/, '').replace(/(?:实现|相继|陆续|先后|顺利|集中|分别)+$/, ''),
  );
  // 甲、乙等18个项目于二季度开工建设: the time the list started is no part of it.
  body = body.replace(
    /(项目)(?:已|均)?于(?:第?[一二三四]季度|上半年|下半年|年内|近期|近日|日前|\d{1,2}月(?:份|底|末)?)$/,
    '$1',
  );
  // 以甲、乙为代表的一批重点项目: the examples of a class are projects listed as such.
  const exemplified = /^以(.+)为代表的[^、]{0,12}项目$/.exec(body);
  if (exemplified) body = `${exemplified[1]}等项目`;
  // 推进甲项目、乙工程等方面工作: named projects closed as fields are projects all the same.
  const fields = FIELDS_CLOSE.exec(body);
  if (fields) {
    if (!namedBeforeFields(body.slice(0, fields.index))) return;
    body = body.slice(0, fields.index);
  }
  const listed = LISTED_AS_PROJECTS.exec(body);
  // 交通、水利等领域重点项目加快建设: the items are the fields the projects are in, not projects.
  if (listed && FIELDS_LISTED.test(listed[0]) && !namedBeforeFields(body.slice(0, listed.index))) return;
  const asProjects = listed !== null && listed[0].length > 0 && /等|个/.test(listed[0]);
  if (asProjects && listed) body = body.slice(0, listed.index);
  const names = splitItems(body).map(cleanName);
  // 某省700个省重点项目完成投资…: one word before a count, with no 等, is the scope the count covers.
  // 甲、乙等269个项目年度投资完成率98.8%: a share said of a larger group is the group's, not theirs.
  const count = listed ? /(\d+)个/.exec(listed[0]) : null;
  if (count && SHARE.test(statusWord ?? '') && Number(count[1]) > names.length) statusWord = null;
  const [only] = names;
  if (
    listed &&
    !/等/.test(listed[0]) &&
    names.length === 1 &&
    only !== undefined &&
    !ENDS_LIKE_PROJECT.test(only)
  )
    return;
  // 甲水库、卯河治理和辰山隧道: works listed with a project are projects too.
  const withProject = names.some((name) => validName(name, false));
  // 甲水泥厂累计完成4.2亿元: with no status and no 投资, only a project's name makes it investment.
  const bareDone = completed !== null && !/投资/.test(completed[0]);
  const eachDone = respective?.length === names.length ? respective : null;
  for (const [k, name] of names.entries()) {
    if (bareDone && !DONE_BY_PROJECT.test(name)) continue;
    if (validName(name, asProjects) || (withProject && WORKS.test(name) && validName(name, true)))
      add(name, statusWord, eachDone?.[k] ?? null);
  }
}

/** 甲、乙和丙三大项目, 等5个项目: a list closed by the size of its group. */
const GROUP_OF = /(?:等)?(?:[一二两三四五六七八九十]+|\d+)(?:大|个)(?:重点)?项目$|等项目$/;

/**
 * The projects an amount (总投资X亿元的…) introduces: its own name, and the names listed with it by
 * 和 (甲项目和乙工程) or closed by a group size (甲、乙和丙三大项目). A later item with an amount of
 * its own (、投资4.5亿元的乙) is read by its own match.
 */
function listAfterAmount(after: string): { names: string[]; group: boolean } {
  // 总投资25亿元的甲项目年度计划投资8亿元, …今年计划完成投资Y亿元: the year's plan ends the name too.
  const stop = after.search(
    new RegExp(
      `${STATUS.source}|(?:已|累计|开累)?(?:完成|实现)投资|(?:年度|今年|全年|本年)?计划(?:完成)?投资|[,;。]`,
    ),
  );
  // 甲、乙和丙三大项目于3月开工建设: a time before the status is no part of the list.
  let body = withoutTrailingAdverb(stop >= 0 ? after.slice(0, stop) : after);
  // 甲、乙和丙三大项目建设: the work after the group's 项目 goes, not the 项目 with it.
  const bare = body.replace(/(?:的)?(?:建设工作|建设|前期工作|进展|工作)$/, '');
  const group = GROUP_OF.exec(bare);
  if (group) body = bare.slice(0, group.index);
  const items = splitItems(body);
  const names: string[] = [];
  for (const [k, item] of items.entries()) {
    if (/投资/.test(item)) break;
    const name = cleanName(item);
    const valid = k === 0 ? validName(name, true) : validName(name, group !== null);
    if (k === 0 && !valid) return { names: [], group: false };
    if (valid) names.push(name);
  }
  return { names, group: group !== null };
}

function completedIn(text: string): number | null {
  const m = COMPLETED.exec(text);
  return m ? amountInYuan(m[1] ?? '0', m[2] ?? '') : null;
}
