// Named investment projects in the prose: amounts (计划投资25亿元的…), status words (加快推进, 基本建成 …)
// and enumerations (甲、乙已超额完成年度投资). One Project per name, one mention per place it appears.
// Heuristic and precision-first: a name must end like a project name or be listed as one (…等项目).
//
// A pipeline: each sentence is cut into clauses (project-clauses.ts), and each clause goes to the
// readers of one form each, in order, until one takes it; the table rows are read last.

import {
  readNameThenAmount,
  readNameThenDeal,
  readNameThenTotal,
  readNameThenYearPlan,
  TOTAL_ONLY,
} from './project-amount-after.js';
import { readAmountLed, readAmountThenBuilt } from './project-amount-before.js';
import { foldAncillaryWorks, foldPhaseFactories } from './project-ancillary.js';
import { withoutBracketedTotal } from './project-bracket-total.js';
import { foldCapacityShortNames } from './project-capacity-short-names.js';
import {
  type ClauseReader,
  type ClauseReading,
  clausesOf,
  type LedClause,
  leadOf,
  PROJECT_HINT,
} from './project-clauses.js';
import { readEnumerated } from './project-enumeration.js';
import { foldFirmShortNames } from './project-firm-names.js';
import { readImplemented } from './project-implemented.js';
import { readHeadingPair } from './project-item-pairs.js';
import {
  isStatusItem,
  isTopic,
  itemHeading,
  itemHeadingList,
  nameLine,
  readFollowUp,
  worksScope,
} from './project-items.js';
import { entryMention, type LabelledEntry, labelledEntries } from './project-labelled-fields.js';
import { readClassed, readIntroduced } from './project-lists.js';
import { mentionOf, sentencePhase, tableMention } from './project-mentions.js';
import { readNegotiated } from './project-negotiated.js';
import { foldNumberedUnitNames } from './project-numbered-units.js';
import { foldPhasesAfterProject, projectKey } from './project-phases.js';
import { foldPlaceDroppedNames } from './project-place-heads.js';
import { projectRegistry } from './project-registry.js';
import {
  readNameThenPlannedUnits,
  readNameThenReach,
  readNameThenRelieved,
  readNameThenScope,
} from './project-scope-after.js';
import { withoutBareServiceOffices } from './project-service-offices.js';
import { foldNearTails } from './project-short-tails.js';
import { readSiteVisited, readVenue } from './project-venue.js';
import { foldVerbLedNames } from './project-verb-lead.js';
import { withoutBareVillageWorks } from './project-village-works.js';
import { readProblemOf, readVisited, readVisitedBefore } from './project-visits.js';
import { foldWorksDroppedNames } from './project-works-dropped.js';
import { readWorksThenYearGoal } from './project-year-goal-after.js';
import type { TableProject } from './table-rows.js';
import type { Project, ProjectMention, Section, Sentence } from './types.js';

/** The readers tried on every clause, before the cheap filter of project words. */
const UNFILTERED_READERS: readonly ClauseReader[] = [
  readHeadingPair,
  readFollowUp,
  readIntroduced,
  readNameThenTotal,
  // 甲产业园项目签约金额X亿元: a signed project's clause holds no project word but its name's.
  readNameThenDeal,
  readClassed,
  // 甲、乙等项目受用地影响: a problem's clause may hold no project word but 项目.
  readProblemOf,
  // 实施甲河综合治理工程，完成投资X亿元: the clause with the name may hold no project word but 工程.
  readImplemented,
  // 在甲项目现场，…该项目总投资X亿元: a visit's stop holds no word of the works either.
  readSiteVisited,
  // 甲县城老旧小区改造项目涉及N个小区、惠及居民N户: whom the works reach, no word of the works.
  readNameThenReach,
  // 甲工程解决N万人饮水困难，完成投资X万元: whom the works relieve, then the amount done (F7843).
  readNameThenRelieved,
  // 重点跟踪洽谈中的甲商贸城和乙加工园项目: the projects a drive negotiates, no word of the works (F8533).
  readNegotiated,
];

/** The readers of a clause with a project word, its lead read; the last takes whatever is left. */
const LED_READERS: readonly ClauseReader<LedClause>[] = [
  readAmountLed,
  readNameThenAmount,
  // 甲工程年度计划投资X亿元，已完成Y亿元: the year's plan, no total, is the planned investment (decision 15).
  readNameThenYearPlan,
  // 要全力推进甲码头工程建设，确保年内完成投资X亿元以上: the year's goal amount, the works' planned (F7204).
  readWorksThenYearGoal,
  // 甲项目新建高标准农田12.6万亩，完成投资X亿元: the works' scope between the name and its amount done.
  readNameThenScope,
  // 甲安居工程全年计划建设N户，已竣工M户: a housing project's dwellings planned and done.
  readNameThenPlannedUnits,
  readVisitedBefore,
  readVisited,
  readVenue,
  readAmountThenBuilt,
  readEnumerated,
];

/**
 * 甲项目…总投资X亿元，主要建设乙、丙生产线及仓储设施: what a project named before builds (its lines,
 * halls, works) is its content, no projects of their own (session 30, fix103).
 */
const CONTENT_OF_NAMED = /^(?:将|项目|该项目)?主要(?:建设|建有|新建|包括|内容为|内容包括)/;

/**
 * 甲产业园项目总投资X亿元，建设年产8万吨乙生产线，今年计划完成投资Y亿元: a capacity the works build, after a project
 * named in the sentence, is its content, no project of its own (its 年产 figure stays a fact). Session 43, fix349,
 * F7095.
 */
const CAPACITY_OF_NAMED =
  /^(?:主要|重点|将|拟|计划)?(?:建设|新建|扩建|建成)(?:年产|年加工|年处理|年生产|年产能)\d/;

/** 展望2035年, 展望2050年: the long-range visions' years a 纲要 looks to past its five years. */
const VISION_OPENING = /^展望20(?:35|50)年/;

/**
 * 甲产业园，规划面积…，总投资X亿元，建设乙、丙等产业链项目: a list of what the works build, right after the total of
 * a project just named, is its content too (a 纲要's project list; session 41, fixleft41b, F6352).
 */
const CONTENT_AFTER_TOTAL = /^(?:重点|将)?(?:建设|新建|引进|布局)[^，；。]{2,}等/;

/** The index of the last clause read with this one, or null when no reader took it. */
function readClause(reading: ClauseReading): number | null {
  if (
    CONTENT_OF_NAMED.test(reading.clause.text) &&
    (reading.namedSoFar() > 0 || reading.previousSingle !== null)
  )
    return reading.k;
  if (
    CAPACITY_OF_NAMED.test(reading.clause.text) &&
    (reading.namedSoFar() > 0 || reading.previousSingle !== null)
  )
    return reading.k;
  if (
    reading.k > 0 &&
    CONTENT_AFTER_TOTAL.test(reading.clause.text) &&
    TOTAL_ONLY.test(reading.clauses[reading.k - 1]?.text ?? '') &&
    reading.namedSoFar() > 0
  )
    return reading.k;
  for (const read of UNFILTERED_READERS) {
    const taken = read(reading);
    if (taken !== null) return taken;
  }
  if (!PROJECT_HINT.test(reading.clause.text)) return null;
  // Object.assign rather than { ...reading, ...lead }: V8 (Node 20) builds an object spread followed by
  // more properties on a slow path, and that line alone was 0.9% of the parser's time (session 31).
  const led: LedClause = Object.assign({}, reading, leadOf(reading.clause.text));
  for (const read of LED_READERS) {
    const taken = read(led);
    if (taken !== null) return taken;
  }
  return null;
}

/** 形象进度：, 工程形象进度：: a line giving one project's physical progress. */
const PROGRESS_LINE = /^\s*(?:工程|项目)?形象进度\s*:/;

/** Whether a sentence stands on a 形象进度 line: its line's start is looked for a short way back only. */
function onProgressLine(folded: string, sentence: Sentence): boolean {
  const from = Math.max(0, sentence.start - 120);
  const before = folded.slice(from, sentence.start);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  return PROGRESS_LINE.test(before.slice(newline + 1) + folded.slice(sentence.start, sentence.end));
}
export function readProjects(
  source: string,
  folded: string,
  sentences: readonly Sentence[],
  sections: readonly Section[],
  /** The rows of the report's project tables, read after the prose's mentions. */
  tableProjects: readonly TableProject[] = [],
): Project[] {
  const registry = projectRegistry();
  // The one project the sentence before named, which 该项目总投资… in the next goes on about.
  let previousSingle: string | null = null;
  let namedHere = new Set<string>();
  // The names the clause being read, and the one read before it, gave: 加快甲建设，确保乙项目年内开工，
  // 该项目总投资X亿元 — 该项目 is the one project of the clause right before it, though the sentence names two.
  let namedByClause: string[] = [];
  let namedByPreviousClause: string[] = [];
  const addHere = (written: string, said: ProjectMention) => {
    // 甲物流园（总投资3.6亿元）: a total in brackets after the name is the project's, not its name's.
    const { name, mention } = withoutBracketedTotal(written, said);
    namedHere.add(projectKey(name));
    namedByClause.push(name);
    if (namedHere.size === 1) lastName = name;
    registry.add(name, mention);
  };
  const namedSoFar = () => namedHere.size;
  let lastName: string | null = null;
  let namedHereByProse = true;
  let headingItems: readonly string[] = [];
  // 1. 项目名称：甲；总投资：X亿元；…: a 公示 list's labelled entries, read whole; their sentences are theirs.
  const entryAt = new Map<number, LabelledEntry>();
  const inEntry = new Set<number>();
  for (const entry of labelledEntries(folded, sentences)) {
    const first = entry.sentences[0];
    if (first) entryAt.set(first.index, entry);
    for (const s of entry.sentences) inEntry.add(s.index);
  }
  let inVision = false;
  for (const sentence of sentences) {
    if (inEntry.has(sentence.index)) {
      const entry = entryAt.get(sentence.index);
      if (entry)
        registry.add(entry.name, entryMention(source, entry, sentencePhase(folded, sentence, sections)));
      namedHere = new Set();
      lastName = null;
      headingItems = [];
      continue;
    }
    if (
      sentence.kind !== 'prose' &&
      !isTopic(sentence, sections) &&
      !isStatusItem(folded, sentence, sections)
    ) {
      // 1.甲产业园：/ 总投资X亿元，…: an item's heading names the project its first sentence is about.
      const heading = sentence.kind === 'heading' ? folded.slice(sentence.start, sentence.end) : '';
      // 6.甲幼儿园、乙小学新建工程。: a heading listing projects, whose amounts the next sentence gives in order.
      headingItems = (heading && itemHeadingList(heading)) || [];
      const item = heading && headingItems.length === 0 ? itemHeading(heading) : null;
      namedHere = new Set(item ? [projectKey(item)] : []);
      lastName = item;
      namedHereByProse = item === null;
      continue;
    }
    // 展望2035年，…建成甲先进制造业基地和乙物流中心: a 纲要's long-range vision (its paragraph) sets what the place is
    // to become, no works (session 41, fixleft41b, F6355).
    if (sentence.start === 0 || folded.charAt(sentence.start - 1) === '\n')
      inVision = VISION_OPENING.test(folded.slice(sentence.start, sentence.start + 8));
    if (inVision) continue;
    // 形象进度：完成河道清淤8.6公里；护岸工程推进缓慢: the physical progress of the project the item before
    // names, whose works (护岸工程) are its parts, not projects of their own.
    if (onProgressLine(folded, sentence)) continue;
    previousSingle = namedHere.size === 1 ? lastName : null;
    const itemsHeaded = headingItems;
    headingItems = [];
    // Only the sentence right after an item's heading may leave out 该项目.
    const afterHeading = previousSingle !== null && !namedHereByProse;
    namedHereByProse = true;
    namedHere = new Set();
    lastName = null;
    const mention = mentionOf(source, sentence, sentencePhase(folded, sentence, sections));
    const clauses = clausesOf(folded, sentence);
    let consumed = -1;
    namedByClause = [];
    for (const [k, clause] of clauses.entries()) {
      if (k <= consumed) continue;
      namedByPreviousClause = namedByClause;
      namedByClause = [];
      const reading = {
        folded,
        clauses,
        k,
        clause,
        mention,
        add: addHere,
        namedSoFar,
        singleHere: () => (namedHere.size === 1 ? lastName : onlyName(namedByPreviousClause)),
        previousSingle,
        afterHeading,
        headingItems: itemsHeaded,
      };
      consumed = readClause(reading) ?? consumed;
    }
    // 2.甲工程。新建小学1所、改扩建幼儿园2所，新增学位1800个。总投资X亿元…: a sentence only counting what the
    // item's works build leaves the item's title heading the next one (session 38, fix267).
    const scopeOnly = afterHeading && namedHere.size === 0 && clauses.every((c) => worksScope(c.text));
    const titled = scopeOnly ? previousSingle : namedHere.size === 0 ? nameLine(folded, sentence) : null;
    if (titled) {
      namedHere = new Set([projectKey(titled)]);
      lastName = titled;
      namedHereByProse = false;
    }
  }
  for (const row of tableProjects) registry.add(row.name, tableMention(row));
  return foldNumberedUnitNames(
    foldVerbLedNames(
      foldCapacityShortNames(
        foldFirmShortNames(
          foldNearTails(
            foldWorksDroppedNames(
              foldPlaceDroppedNames(
                foldPhaseFactories(
                  foldAncillaryWorks(
                    foldPhasesAfterProject(
                      withoutBareServiceOffices(withoutBareVillageWorks(registry.projects())),
                      folded,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The one project a list of names gives (the same one named twice is one), or null. */
function onlyName(names: readonly string[]): string | null {
  const first = names[0];
  return first !== undefined && names.every((name) => projectKey(name) === projectKey(first)) ? first : null;
}
