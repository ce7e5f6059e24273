// Prose figures: every number in the prose becomes a fact; headline figures joined to the catalogue
// become observations; `在某某市八县(市、区)中排名第三` style phrases become rankings.

import type { CatalogueEntry } from './catalogue.js';
import { chartSeriesUnits, withChartUnits } from './chart-series.js';
import { endMonth, monthBeforeAlone } from './figure-period.js';
import { LastMarks, LineStarts } from './last-mark.js';
import type { Figure } from './numbers.js';
import { isParkGoalClause } from './park-goal-clause.js';
import { planBaseYearIndicator } from './plan-base-year-goal.js';
import { shareGoalAggregate } from './planned-share-goal.js';
import { respectiveEarlierBaseYear, underEarlierBaseYear } from './prose-base-year-lead.js';
import { bracketedPlan, bracketedPlanTarget } from './prose-bracketed-plan.js';
import { isBranchEntry } from './prose-branches.js';
import { chainAfter, chainSubject, evaluatedShareBefore } from './prose-chain-subject.js';
import {
  BARE_INDUSTRY,
  BUDGET_GAP_VERB,
  CONTRIBUTION,
  EARLIER_PERIOD_FIGURE,
  GOAL_TALK,
  lastIndicatorIsInvestment,
  SHARE,
} from './prose-clause-kinds.js';
import {
  clauseKey,
  clauseStartBefore,
  cleanSubject,
  joinIndicator,
  leadingIndicator,
  type NamedIndicator,
} from './prose-clauses.js';
import { isCounterfactual } from './prose-counterfactual.js';
import { elidedComparison } from './prose-elided-benchmark.js';
import { figureAmount } from './prose-figure-amounts.js';
import { FigureClause } from './prose-figure-clause.js';
import { figureKey, isMarginAfter } from './prose-figure-key.js';
import { figureMeasure, isShareFrom, listChangeSign } from './prose-figure-measure.js';
import { isObserved } from './prose-figure-observed.js';
import { figureTarget, goalRate, isGoal } from './prose-figure-targets.js';
import { flattenedRowSentences } from './prose-flattened-rows.js';
import { isHolidayFigure } from './prose-holiday-window.js';
import { industryShareChange } from './prose-industry-share-change.js';
import { labelSubject } from './prose-label-subject.js';
import {
  type GapBeforeGrowth,
  laterGrowthTargets,
  laterLevelTargets,
  type ShareBeforeLevel,
} from './prose-later-levels.js';
import { BENCHMARK_FIRST, benchmarkOf, type Link, laterLink, readLink } from './prose-links.js';
import { isMovedFrom, listMovedTo } from './prose-list-moves.js';
import { openList } from './prose-list-opening.js';
import { listLength } from './prose-lists.js';
import {
  namedOtherPlace,
  PlaceRun,
  placesCountedBefore,
  pointsBackToOtherPlace,
} from './prose-named-place.js';
import { namedVerdicts } from './prose-named-verdicts.js';
import { scopeThresholds } from './prose-page-numbers.js';
import { opensPeriodList, type PeriodList } from './prose-period-lists.js';
import { planActualName } from './prose-plan-actual.js';
import { plannedName, tableRowName } from './prose-planned-names.js';
import { isProjectDealFunds, isProjectYield } from './prose-project-yield.js';
import { quotesGoalsThenGaps } from './prose-quoted-goal-gap.js';
import { quotedGoalShare } from './prose-quoted-goal-share.js';
import { laterMoves } from './prose-rank-changes.js';
import { dropShortRepeats } from './prose-rank-duplicates.js';
import { nameParentScopes } from './prose-rank-parent.js';
import { sizeScopesFromBand, sizeScopesFromNote } from './prose-rank-scope-size.js';
import { readRankings } from './prose-rankings.js';
import { otherInvestmentBefore, regionInvestment } from './prose-region-investment.js';
import { withoutReportYearLead } from './prose-report-year-lead.js';
import { FULL_STOPS, fullStopBefore, otherScope, ownPlaceOf, parkSentence } from './prose-scope.js';
import { isSeasonFigure } from './prose-season-window.js';
import { sentenceChain } from './prose-sentence-chain.js';
import { goalFlatFigures, sentenceFigures } from './prose-sentence-figures.js';
import { type JoinAt, sentenceGoals, yearGoalInWords } from './prose-sentence-goals.js';
import { SentenceWork } from './prose-sentence-work.js';
import { sharedNames } from './prose-shared-names.js';
import { shortGoalSubject } from './prose-short-goal-subject.js';
import { isSpanTotal } from './prose-span-totals.js';
import { SectorRatios } from './prose-structure.js';
import { bracketedName, wholeName } from './prose-subject-names.js';
import { isScheduleGapResult, isSuggestionResult } from './prose-suggestion-results.js';
import { inStepGoals } from './prose-target-in-step.js';
import { isPartYearDemand } from './prose-target-part-year.js';
import { tellsReportYearAsLast } from './prose-target-this-year.js';
import { isGoalLineInWords, wordGoals } from './prose-target-word-goals.js';
import { GoalReader, isShareOfPlan, type ProseTarget } from './prose-targets.js';
import { taskDoneRates } from './prose-task-done-rate.js';
import { budgetedIndicator, pushedIndicator } from './prose-task-goals.js';
import { nameAsWritten } from './prose-written-names.js';
import { quotedYearScopes } from './quoted-year-scope.js';
import { industryOfSecondary } from './table-gdp-sectors.js';
import type {
  Fact,
  IndicatorRef,
  Measure,
  Observation,
  Quantity,
  Ranking,
  Section,
  Sentence,
} from './types.js';

export type { ProseTarget } from './prose-targets.js';

export interface ProseReading {
  facts: Fact[];
  observations: Observation[];
  rankings: Ranking[];
  indicators: IndicatorRef[];
  targets: ProseTarget[];
}

/**
 * 三、对完成2019年计划的几点建议: a review's suggestions to the government, not the plan's own goals; a
 * work target there (力争…产值突破15亿元) stays a fact.
 */
function underSuggestions(sections: readonly Section[], index: number | null): boolean {
  for (let at = index; at !== null; at = sections[at]?.parentIndex ?? null)
    if (/建议/.test(sections[at]?.title ?? '')) return true;
  return false;
}

/** 盘活国有资产收入不低于X亿元: the floor a goal's figure follows (the name before it). */
const FLOOR_BEFORE = /不(?:低|少)于\s*$/;
/** 力争…, 确保…: the clause of a plan-part figure opens as a goal. */
/** A catalogue unit in money (亿元, 万元, 元): such an indicator has no level counted in 户 or 个. */
const MONEY_UNIT = /元/;
const GOAL_CUE_BEFORE = /^\s*(?:[^,;:。]{0,12}?[,，])?(?:力争|确保|争取)/;
/**
 * 力争新增规模以上工业企业12户，甲产业产值突破260亿元，乙产业增加值增长10%以上: a growth floor in a list of goals
 * one 力争/确保/争取 opens, the cue governing every clause up to the full stop or a semicolon (F7934).
 */
const CUE_OPENED_LIST = /(?:^|[,;:。])\s*(?:力争|确保|争取)[^;。]*$/;
function cuedGrowthGoal(folded: string, sentenceStart: number, clauseStart: number, figure: Figure): boolean {
  return (
    figure.quantity.unit === '%' &&
    figure.quantity.qualifier === 'at-least' &&
    /^增长/.test(figure.quantity.raw) &&
    CUE_OPENED_LIST.test(folded.slice(sentenceStart, clauseStart))
  );
}
/**
 * 力争新增规模以上工业企业15家，甲产业产值突破90亿元: an output's floor in money (突破 before the figure) in a list of
 * goals one 力争/确保/争取 opens, a goal as the cue's own clause would be: 22 answer files read a named industry's
 * 突破 goal so against 5 (session 49, decide49 decision 3, F9742).
 */
function cuedFloorGoal(folded: string, sentenceStart: number, clauseStart: number, figure: Figure): boolean {
  return (
    figure.quantity.baseUnit === '元' &&
    folded.slice(Math.max(clauseStart, figure.start - 2), figure.start) === '突破' &&
    CUE_OPENED_LIST.test(folded.slice(sentenceStart, clauseStart))
  );
}
/** 问：…？ opening a 问答解读's question. */
const QUESTION_LINE = /^问[:：]/;
/**
 * 问：2019年要办好哪些民生实事？ in an explainer of the 2018 report: a question about a later year than the report's,
 * whose answer (答：…主要包括：…城镇新增就业3500人以上) sets that year's goals as a plan part does. Session 46, F7937.
 */
function laterYearQuestion(question: string, year: number | null): boolean {
  const asked = /((?:19|20)\d{2})年/.exec(question)?.[1];
  return year !== null && asked !== undefined && Number(asked) > year;
}
/** 折合人民币, 折合美元, 以人民币计: a clause that gives the figure before in the other currency. */
const RESTATED_CURRENCY = /^(?:折合(?:成|为)?|以|按)(?:人民币|美元)(?:计|计算|计价)?$/;

/**
 * 上年同期为X亿元, 去年同期是X亿元: the year before's figure, said between this year's level and growth;
 * so is 比上年的X亿元增加Y亿元, the year before's level the change is measured from.
 */
const EARLIER_VALUE =
  /^(?:(?:上年同期|去年同期|上年|去年)(?:为|是)|(?:比|较)(?:上年同期|去年同期|上年|去年)的)$/;
/** 比去年同期X亿元增加了Y亿元: the same without 的, told from 比上年增长A% by the change word after it. */
const EARLIER_VALUE_BARE = /^(?:比|较)(?:上年同期|去年同期|上年|去年)$/;
const CHANGE_AFTER = /^\s*(?:增加|减少|多|少)/;
/**
 * 全社会固定资产投资2021年增长6.8%，2022年下降2.4%; 社会消费品零售总额2022年为658.3亿元: a year written between
 * the name (or, alone, the chain's name) and the figure. A plan's review tells each year of its span in turn:
 * the report's own year is the name's result, another year's a fact only (比2020年增长 is a comparison, not a year).
 */
const YEAR_BEFORE_FIGURE =
  /(?<![比较与同于从自和在截止\d])((?:19|20)\d{2})年(?:的|为|是|同比|达到?|实现|完成)?$/;

/** YYYY年：…: a line labelled with a year before its first clause. */
const YEAR_LABEL = /^\s*((?:19|20)\d{2})\s*年\s*[:：]/;

/**
 * 2月份受某影响，…，当月工业总产值增长A%: a 当月 opening the key stands for the month its sentence opened with
 * (figure-period scopes the figure to it), so it narrows no name (session 46, fix391, F8002).
 */
function monthNamedKey(key: string, folded: string, sentenceStart: number, at: number): string {
  if (!key.startsWith('当月') && !key.startsWith('单月')) return key;
  const text = folded.slice(sentenceStart, at);
  const alone = Math.max(text.lastIndexOf('当月'), text.lastIndexOf('单月'));
  return alone >= 0 && monthBeforeAlone(text, alone) ? key.slice(2) : key;
}

export function readProse(
  source: string,
  folded: string,
  sentences: readonly Sentence[],
  sections: readonly Section[],
  year: number | null = null,
  region: string | null = null,
  /** The report's period (2024-H1): a rank of an earlier one is no rank of the report's. */
  period: string | null = null,
  /** The names the report's tables gave rows under, which a goal in prose may name as written. */
  tableNames: readonly string[] = [],
  /** The year the page is dated (发布时间): the year after a full-year report's makes its 今年 the next. */
  publishedYear: number | null = null,
): ProseReading {
  const reading: ProseReading = { facts: [], observations: [], rankings: [], indicators: [], targets: [] };
  const known = new Set<string>();
  const sharesBeforeLevels: ShareBeforeLevel[] = [];
  const gapsBeforeGrowths: GapBeforeGrowth[] = [];
  const reportMonth = period ? endMonth(period.slice(5)) : null;
  const fullYearReport = period?.endsWith('-FY') ?? false;
  const goalReader = new GoalReader(
    folded,
    sections,
    year,
    region ?? '',
    tellsReportYearAsLast(folded, fullYearReport, year, publishedYear),
    reportMonth,
  );
  const { scope: ownScope, scopeUsed: ownScopeUsed, place: ownPlace } = ownPlaceOf(region, folded);
  /** The report's list of the indicators it has figures of; one the catalogue lacks is marked so. */
  const note = (entry: CatalogueEntry) => {
    if (known.has(entry.code)) return;
    known.add(entry.code);
    reading.indicators.push({ code: entry.code, name: entry.name, unit: null, known: !isBranchEntry(entry) });
  };
  /** An observation of a catalogue indicator, named as the text names it. */
  const observe = (
    entry: CatalogueEntry,
    name: string,
    measure: Measure,
    quantity: Quantity,
    comparedWith: string | null,
    provenance: Observation['provenance'],
  ) => {
    reading.observations.push({
      indicatorCode: entry.code,
      indicatorName: name,
      source: 'prose',
      measure,
      quantity,
      text: null,
      comparedWith,
      provenance,
    });
    note(entry);
  };
  let paragraphFacts: Fact[] = [];
  /** The results read so far, of every paragraph: what a gap to the year's plan said apart is of. */
  const resultFacts: Fact[] = [];
  const resultSet = new Set<Fact>();
  let lastPrevious: { subject: string; join: NamedIndicator | null } = { subject: '', join: null };
  /** The subject before the last sentence when that one was a 分别 list of its parts (null otherwise). */
  let beforeList: { subject: string; join: NamedIndicator | null } | null = null;
  let lastSentenceEnd = 0;
  /** The joins of the sentences before this one split off at ； (城镇…增长7.9%；农村…增长8.3%，均…). */
  let semicolonJoins: JoinAt[] = [];
  let paragraphLine = -1;
  let paragraphStart = 0;
  const placeRun = new PlaceRun();
  /** Each prose sentence's shared work, for the stages after the sentences (laterMoves). */
  const sentenceWork = new Map<number, SentenceWork>();
  /** Where each sentence's line begins, in one walk (readRankings asks it of every ranked sentence). */
  const lineStarts = new LineStarts(folded);
  const fullStops = new LastMarks(folded, FULL_STOPS);
  // 2023年，全县…增长4.1%；…增长7.9% quoted in a 1—5月 page: the year before's figures, no results of the page's (F7262).
  const quotedYears = quotedYearScopes(folded, sentences, period);
  let questionPlans = false;
  for (const sentence of sentences) {
    // A line taken for the title may announce a goal list (■2025年主要预期目标, then ●甲增长6%左右…).
    if (sentence.kind === 'title') goalReader.read(sentence, false);
    if (sentence.kind === 'heading') goalReader.noteTitleLine(sentence);
    // Figures in the plan part are goals, not results: they stay facts but never become observations.
    // 上半年全县城镇新增就业1260人，… in a review's suggestions: a result restated there (F7346).
    // 问：2019年要办好哪些民生实事？ in a 2018 report's 问答解读: the answer up to the next question is the plan (F7937).
    if (QUESTION_LINE.test(folded.slice(sentence.start, sentence.start + 2)))
      questionPlans = laterYearQuestion(folded.slice(sentence.start, sentence.end), year);
    const planned =
      (questionPlans && sentence.kind === 'prose') ||
      (sentence.sectionIndex !== null &&
        sections[sentence.sectionIndex]?.phase === 'planned' &&
        !(
          sentence.kind !== 'heading' &&
          underSuggestions(sections, sentence.sectionIndex) &&
          isSuggestionResult(folded.slice(sentence.start, sentence.end))
        ) &&
        // 对照…的预期目标，1—2月工业高出预期…: the months' gaps to the quoted goals, under an outlook's heading (F10024).
        !(sentence.kind === 'prose' && quotesGoalsThenGaps(folded.slice(sentence.start, sentence.end))) &&
        // 甲比序时进度落后1.7个百分点 under 全年目标预测及建议: the months' gap to the schedule, a result (F10315).
        !(sentence.kind === 'prose' && isScheduleGapResult(folded.slice(sentence.start, sentence.end))));
    // （三）…，确保城乡居民收入增长与经济增长同步。: a request standing as its item's heading.
    if (sentence.kind === 'heading' && planned)
      reading.targets.push(...inStepGoals(source, folded, sentence));
    // 10. 单位地区生产总值能耗完成市下达的年度目标。: a numbered goal line with no figure, taken for an
    // item's heading, is still a goal of the list under way.
    if (sentence.kind === 'heading' && planned && goalReader.listing && isGoalLineInWords(folded, sentence)) {
      const goals = goalReader.read(sentence, planned);
      if (goals?.announced && !goals.foreign)
        reading.targets.push(...wordGoals(source, folded, sentence, goals));
    }
    // 10.单位地区生产总值能耗下降完成市下达的年度目标任务。: a numbered result line with no figure, taken
    // for an item's heading, still says its indicator's plan was met.
    if (sentence.kind === 'heading' && !planned)
      reading.targets.push(...namedVerdicts(source, folded, sentence));
    if (sentence.kind !== 'prose') continue;
    // 甲年度目标任务N人，上半年完成M人，完成率R%: the task, the count done and the rate, one unit (F5541).
    for (const item of taskDoneRates(source, folded, sentence)) {
      reading.targets.push(item.target);
      observe(item.join.entry, item.join.name, 'level', item.level.quantity, null, item.level.provenance);
      observe(item.join.entry, item.join.name, 'share', item.share.quantity, null, item.share.provenance);
    }
    // Figures after a goal announcement (主要预期目标, 力争…) are goals wherever they stand.
    const goals = goalReader.read(sentence, planned);
    // The sentence's work several stages ask for (the first clause, rank changes), done once.
    const work = new SentenceWork(folded, sentence);
    sentenceWork.set(sentence.index, work);
    const figures = sentenceFigures(folded, sentence, planned, goals, work);
    // 力争外贸进出口总额与上年持平: the goal's zero in words, a fact beside the target the goal readers give (F7932).
    for (const flat of goalFlatFigures(folded, sentence, planned, goals))
      reading.facts.push({
        subject: '',
        measure: flat.quantity.unit === '%' ? 'growth' : 'comparison',
        quantity: flat.quantity,
        indicatorCode: null,
        comparedWith: null,
        provenance: { sentenceIndex: sentence.index, start: flat.start, end: flat.end },
      });
    // 注：全社会固定资产投资为50万元以上项目口径: the note's threshold, a fact only (F8746).
    for (const threshold of scopeThresholds(folded, sentence.start, sentence.end)) {
      if (figures.some((figure) => figure.start === threshold.start)) continue;
      reading.facts.push({
        subject: '',
        measure: 'level',
        quantity: threshold.quantity,
        indicatorCode: null,
        comparedWith: null,
        provenance: { sentenceIndex: sentence.index, start: threshold.start, end: threshold.end },
      });
    }
    // 比上年增长8.7%；与2019年相比，两年平均增长6.0%: a sentence split off at ； goes on about the
    // subject the one before it ended with.
    const { afterSemicolon, continued, measureAlone } = sentenceChain(
      folded,
      sentence,
      figures[0],
      { line: paragraphLine, end: lastSentenceEnd },
      work,
    );
    if (!afterSemicolon) semicolonJoins = [];
    // …企业实现营业收入X亿元；利润总额Y亿元: a bare attribute after ； is of the subject before it.
    const subjectBefore = afterSemicolon ? lastPrevious.subject : '';
    // 地区生产总值。预期目标：增长9%左右: a name standing as a sentence of its own labels the next.
    const label = continued
      ? null
      : labelSubject(
          folded,
          figures[0],
          // sentences holds every sentence, so the one before is at its index (checked, not assumed).
          [sentences[sentence.index - 1]].find((s) => s?.index === sentence.index - 1),
          work,
        );
    const startPrevious = lastPrevious;
    let sentenceListed = false;
    let previous: { subject: string; join: NamedIndicator | null } = continued
      ? measureAlone && beforeList
        ? beforeList
        : lastPrevious
      : label
        ? { subject: label.name, join: label }
        : { subject: '', join: null };
    let previousEnd = sentence.start;
    // 占财政总收入的比重比上年提高B个百分点，达到A%: the share's change, then the share.
    let previousShareChange = false;
    let previousShareFrom = false;
    let movedFromBefore: { subject: string; join: NamedIndicator } | null = null;
    let previousRateTarget = false;
    let distributive: string[] | null = null;
    // 一季度、上半年、前三季度累计增速分别为a、b和c: the list of periods under way.
    let periodList: PeriodList | null = null;
    let unnamedLeft = 0;
    let distributiveAt = 0;
    let distributiveSign = 0;
    let distributiveShare = false;
    // 分别由2020年的a元、b元, 年均分别增长a%和b%: the list under way gives facts only.
    let distributiveFacts = false;
    let distributiveLink: Link | null = null;
    // The link of the figure before, for a margin listed after it with its verb left out.
    let lastLink: Link | null = null;
    // 分别完成年度计划的a%和b%: the words before a list's first figure, which hold for the rest.
    let distributiveLead = '';
    let lastList: string[] | null = null;
    let earlierLeft = 0;
    let earlierSign = 0;
    // 较省、市分别高出1.3、0.7个百分点: the links of a list of figures, one benchmark each.
    let benchmarkLinks: Link[] | null = null;
    let benchmarkAt = 0;
    let contribution = false;
    // 比一季度加快8.2%（1.6个百分点）: the clause of a figure that is not ours, whose margin follows.
    let heldKey: string | null = null;
    let heldFell = false;
    // 甲（7.2%）、乙（9.6%）: names with their growths in brackets, which a 分别 clause may go on about.
    const bracketNames: Array<{ name: string; end: number }> = [];
    // Whether the list under way opened with another named place (柳畈县、石湾县…分别增长).
    let namedList = false;
    placeRun.sentence(folded, sentence.start);
    const ratios = new SectorRatios();
    let previousPlanAmount = false;
    const sentenceFacts: Fact[] = [];
    /** The indicator each figure of the sentence was joined to, by where the figure ends. */
    const joins: JoinAt[] = [];
    // A paragraph's sentences (split at ;) still pair a gap or a share with the figure it follows.
    const opensParagraph = sentence.line !== paragraphLine;
    if (opensParagraph) {
      paragraphFacts = [];
      paragraphStart = sentence.start;
      placeRun.paragraph(
        folded.slice(folded.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start + 12),
        ownPlace,
      );
    }
    paragraphLine = sentence.line;
    for (const [index, figure] of figures.entries()) {
      // (the first figure's clause, from the sentence's start, is the one sentenceChain read)
      const clauseStart =
        index === 0 ? work.firstClauseStart(figure) : clauseStartBefore(folded, figure.start, previousEnd);
      const clause = folded.slice(clauseStart, figure.start);
      const ownKey = index === 0 ? work.firstClauseKey(figure) : clauseKey(clause);
      // A figure listed after 、 in a 分别 phrase takes the next subject of the list.
      const afterListMark = /[、和及与]/.test(folded.charAt(figure.start - 1));
      const benchmarkListed = afterListMark && benchmarkLinks !== null && benchmarkAt < benchmarkLinks.length;
      const listed = afterListMark && distributive !== null;
      // (read through a cast: the list is set later in the loop, which the narrowing does not follow)
      const underWay = periodList as PeriodList | null;
      const periodListed = afterListMark && underWay !== null && underWay.left > 0 ? underWay : null;
      const periodMeasure: Measure | null = periodListed?.measure ?? null;
      if (!afterListMark) periodList = null;
      const opensPeriods =
        !afterListMark &&
        opensPeriodList(folded.slice(Math.max(sentence.start, clauseStart - 30), figure.start));
      if (!benchmarkListed) benchmarkLinks = null;
      const earlierListed = afterListMark && earlierLeft > 0;
      if (earlierListed) earlierLeft--;
      else earlierLeft = 0;
      if (!listed && !benchmarkListed && !earlierListed) {
        const opened = openList({
          folded,
          sentences,
          sentence,
          figures,
          index,
          clauseStart,
          ownKey,
          lastList,
          bracketNames,
          facts: reading.facts,
          year,
        });
        benchmarkLinks = opened.benchmarkLinks;
        benchmarkAt = 0;
        if (opened.earlierLeft > 0) {
          earlierLeft = opened.earlierLeft;
          earlierSign = opened.earlierSign;
        }
        distributive = opened.distributive;
        if (distributive) {
          lastList = distributive;
          sentenceListed = true;
        }
        // 甲，乙，丙增加值分别增长a%、b%、c%: a list whose names are not found is of no one indicator.
        if (unnamedLeft === 0) unnamedLeft = opened.unnamedLength;
        contribution = opened.contribution;
        distributiveAt = 0;
        distributiveSign = opened.sign;
        distributiveShare = opened.share;
        distributiveFacts = opened.factsOnly;
      }
      // The clause's subject, read once: the readings below that start again from the clause's own words
      // (wholeName, the product's worth, a listed share) use it as it is (cleanSubject is pure).
      // The figure's record (its clause, key and subject): the stages that strip the clause's spaces read it.
      const record = new FigureClause(clause, ownKey, cleanSubject(clause));
      const clauseSubject = record.subject;
      // 2025年全社会研发经费支出…: the report's own year leading the subject is no part of its name (F6011).
      let subject = withoutReportYearLead(clauseSubject, year);
      const { near, key, pastBracket, benchmarkFigure, bracketClause } = figureKey(
        folded,
        sentence.start,
        figure,
        clause,
        ownKey,
      );
      // 固定资产投资增速低于年度目标(A%)N个百分点: the name before the goal's bracketed figure is the
      // gap's subject, as it is with no bracket (a bare 低于全市(B%) names none and keeps the chain's).
      let join = benchmarkFigure
        ? null
        : pastBracket
          ? bracketClause
            ? joinIndicator(bracketClause, key)
            : null
          : joinIndicator(clause, monthNamedKey(key, folded, sentence.start, figure.start), record);
      // 进出口总额计划增长10%，实际下降8.7%: the name before 计划 is the plan's indicator (F6891).
      const planActual =
        join || pastBracket || benchmarkFigure ? null : planActualName(subject, folded, figure.start);
      if (planActual) {
        subject = planActual;
        join = joinIndicator(planActual);
      }
      // 全区投资增速低于全市平均水平…: the whole region's bare 投资 is its fixed-asset investment.
      const investment =
        join || pastBracket || benchmarkFigure
          ? null
          : regionInvestment(clause, () => otherInvestmentBefore(previous.subject, paragraphFacts));
      if (investment) {
        join = investment;
        subject = investment.name;
      }
      // 三要…，推动甲全年增长A%: 全年 stands between a task's indicator and its goal.
      const pushed = join || pastBracket || benchmarkFigure ? null : pushedIndicator(clause);
      if (pushed) {
        join = pushed;
        subject = pushed.name;
      }
      // 确保完成…一般公共预算收入预算X万元 among the year's goals: the account's budget is its goal.
      const budgeted = join || !isGoal(goals, figure) ? null : budgetedIndicator(clause);
      if (budgeted) {
        join = budgeted;
        subject = budgeted.name;
      }
      // 锚定到2030年甲突破X亿元、年均增长A%左右，乙年均增长B%以上的目标: a five-year goal's average pace is its
      // indicator's goal (the named one, or the chain's before a bare 年均), not a fact of 年均 (fix191).
      const paced =
        join || goals?.horizon !== 'five-year' || !clause.includes('年均') || !isGoal(goals, figure)
          ? null
          : clauseSubject === '年均'
            ? previous.join
            : clauseSubject.endsWith('年均')
              ? joinIndicator(clauseSubject.slice(0, -2))
              : null;
      if (paced) {
        join = paced;
        subject = paced.name;
      }
      // 到2010年全县万元GDP能耗比2005年下降20%左右 among a five-year plan's goals: the plan's own goal (F5911).
      const based =
        join || goals?.horizon !== 'five-year' || !isGoal(goals, figure)
          ? null
          : planBaseYearIndicator(clauseSubject, year);
      if (based) {
        join = based;
        subject = based.name;
      }
      // 2025年全社会研发经费支出占…比重达到A% in a report of 2025: the report's own year leads the name (F6011).
      const ownYearLed =
        join || pastBracket || benchmarkFigure || subject === clauseSubject ? null : joinIndicator(subject);
      if (ownYearLed) {
        join = ownYearLed;
        subject = ownYearLed.name;
      }
      // 固定资产投资增长9.7%。分产业看，第一产业增长12.0%: under an investment figure a bare industry
      // is that industry's investment (a fact), not the industry's value added.
      if (join && BARE_INDUSTRY.test(join.name) && lastIndicatorIsInvestment(paragraphFacts)) join = null;
      // 柳畈县、石湾县地区生产总值分别增长a%和b%: a named place's figures, each of the list's.
      if (!listed) namedList = namedOtherPlace(clause, ownPlace, record);
      // 甲区…增长b%；规模以上工业增加值增长c%: the place named once holds over its ；-run.
      const named =
        placeRun.figure(
          clause,
          namedList,
          index === 0 || placesCountedBefore(folded.slice(sentence.start, clauseStart)),
          record,
        ) ||
        (/^\s*其/.test(clause) &&
          pointsBackToOtherPlace(clause, folded.slice(sentence.start, figure.start), ownPlace));
      // 全省地区生产总值增长5.5% in a county's report: another place's figure, and the chain after it is
      // about that place too.
      // 园区…实现…: a sentence a park or a firm opens (or a deputy speaking for one) is about that body.
      const inPark = parkSentence(
        folded.slice(fullStopBefore(folded, figure.start, fullStops), figure.start),
        clause,
        ownScope,
        region,
      );
      const foreign =
        named ||
        (join !== null && ((ownScope !== null && ownScopeUsed && otherScope(clause, ownScope)) || inPark));
      if (foreign) join = null;
      // 五年来…累计新增城镇就业3.6万人: the span's total, not the year's level.
      // 五年累计完成甲X亿元以上 among a five-year plan's goals: the plan's total is its indicator's goal (fix242).
      const spanTotal =
        isSpanTotal(folded, paragraphStart, clauseStart, figure, planned) &&
        !(goals?.horizon === 'five-year' && clause.includes('累计') && isGoal(goals, figure));
      // “十一”黄金周期间，…: a holiday window's figures, facts only (even those a list or the chain would join).
      // 其中，冰雪季接待游客X万人次: a season's figures, facts only as well (F7286).
      const holiday =
        isHolidayFigure(folded, sentence.start, figure.start) ||
        isSeasonFigure(folded, sentence.start, figure.start);
      // 建成后可实现年产值X亿元、税收Y亿元: a project's expected yield, facts only.
      // 若剔除房地产开发投资，全区固定资产投资增长A%: a figure on a supposition, a fact only.
      const projectYield =
        isProjectYield(folded, sentence.start, figure.start) ||
        isProjectDealFunds(folded, sentence.start, figure.start);
      if (spanTotal || holiday || projectYield || isCounterfactual(folded, sentence.start, figure.start))
        join = null;
      // 上年同期为X亿元: the figure of the year before, between the level and the growth it goes with.
      const earlierValue =
        EARLIER_VALUE.test(ownKey) ||
        (EARLIER_VALUE_BARE.test(ownKey) &&
          !figure.signWord &&
          CHANGE_AFTER.test(folded.slice(figure.end, figure.end + 4)));
      // 完成15.68亿元（计划14.2亿元），增长21.4%（计划15%）: the result's plan in brackets, no subject (F10041).
      const planInBracket = earlierValue || index === 0 ? null : bracketedPlan(folded, figure, previousEnd);
      const writtenYear = YEAR_BEFORE_FIGURE.exec(ownKey);
      // YYYY年：地区生产总值增长A%左右, a news page's subhead labelled with the year after: that year's goal,
      // which the goal list below gives again, no result of the report's year (session 29, fix94). The label
      // opens the line: only the line's first characters are looked at, never a copy of a long line per figure.
      const labelYear = YEAR_LABEL.exec(folded.slice(sentence.start, sentence.start + 10));
      const otherYearFigure =
        (writtenYear !== null && year !== null && Number(writtenYear[1]) !== year) ||
        (labelYear !== null && year !== null && Number(labelYear[1]) > year) ||
        // 与2019年同期相比，甲增长A%: a growth against a base year before the year before (F5822).
        underEarlierBaseYear(
          folded.slice(Math.max(sentence.start, clauseStart - 16), clauseStart),
          clause,
          year,
        ) ||
        // 比2020年分别增长a%、b%: each of the list's figures against that base year (F6112).
        respectiveEarlierBaseYear(
          folded.slice(Math.max(sentence.start, figure.start - 30), figure.start),
          year,
        );
      // 粮食播种面积52.36万亩，产量18.94万吨: a bare 产量 is of the thing the clause before named.
      const whole = join
        ? null
        : wholeName(
            previous.subject || subjectBefore,
            clauseSubject,
            figure.quantity.baseUnit,
            folded.slice(sentence.start, clauseStart),
            folded.slice(paragraphStart, clauseStart),
          );
      // 甲产品产量X万吨，产值Y亿元: the worth of a product's output, a fact as the output is (fixleft29);
      // so is its whole chain's, 综合产值Y亿元 (fix115); and a crop's after its area (甲种植面积X万亩，实现产值Y亿元:
      // held-out-373 hemei; session 46, fix388, F7877).
      const productWorth =
        whole !== null &&
        /(?:产量|面积)$/.test(previous.subject || subjectBefore) &&
        /^(?:总|综合)?产值$/.test(clauseSubject.replace(/^实现/, ''));
      // 规模以上工业企业实现利润总额…；实现利税…: a whole name the catalogue lacks may be a named aggregate.
      const wholeJoin = whole ? joinIndicator(whole) : null;
      if (whole && wholeJoin) {
        join = wholeJoin;
        subject = whole;
      } else if (whole) {
        // …企业实现主营业务收入…；实现利税…: a whole name the catalogue lacks is still the subject, for
        // the written-name stage (规模以上工业企业利税, a named aggregate).
        subject = whole;
      }
      // 分别高于计划0.2和0.6个百分点: the link of a list's first figure holds for the rest.
      // 高于全市水平6.2%（0.5个百分点）: the margin in brackets is read with the words before the
      // benchmark's figure; that figure (the benchmark's, or an earlier period's) is not ours.
      const marginKey =
        heldKey !== null && /\(\s*$/.test(folded.slice(previousEnd, figure.start)) ? heldKey : null;
      heldKey = null;
      const next = figures[index + 1];
      const marginAfter = isMarginAfter(folded, figure, next, ownKey);
      if (marginAfter) {
        heldKey = ownKey;
        heldFell = figure.signWord !== '' && figure.quantity.value < 0;
        join = null;
        subject = '';
      }
      let link: Link | null = benchmarkLinks
        ? (benchmarkLinks[benchmarkAt++] ?? null)
        : listed
          ? laterLink(distributiveLink)
          : figure.kind !== 'number'
            ? null
            : readLink(
                marginKey ?? key,
                folded.slice(Math.max(sentence.start, figure.start - 32), figure.start),
                figure,
                GOAL_TALK.test(folded.slice(Math.max(paragraphStart, figure.start - 200), figure.start)),
              );
      // 高于全市平均水平1.9个百分点、全省平均水平2.3个百分点: the verb left out before the second.
      if (!link && !listed && figure.kind === 'number')
        link = elidedComparison(folded.slice(previousEnd, figure.start), figure, lastLink);
      // 甲、乙增速分别快于全省a、b个百分点: the link is read from 分别 on, past the list's names.
      if (!link && !listed && distributive && figure.kind === 'number') {
        const from = key.lastIndexOf('分别');
        if (from > 0) link = readLink(key.slice(from), '', figure, false);
      }
      // 生产总值增长11.2%，低于计划增速0.8个百分点 in a full-year report: the report's period is the
      // year, so the plan the gap is to is the year's (a target), not a part-year period's plan.
      if (link?.kind === 'plan-gap' && fullYearReport) link = { ...link, fullYear: true };
      // 高于全市固定资产投资增速5.6个百分点: the name is the benchmark's, the subject the one before.
      if (join && link?.kind === 'comparison' && BENCHMARK_FIRST.test(key)) join = null;
      // 贷款增速高于存款2.6个百分点: the name after 高于 is the benchmark's too; the one before 增速, if
      // the catalogue knows it, is the subject's (else the chain's). The catalogue's name may be the tail of
      // the one written (税收收入增幅低于地方一般公共预算收入: 一般公共预算收入 read in it).
      if (
        join &&
        link?.kind === 'comparison' &&
        link.benchmark.endsWith(`${join.name}增速`) &&
        key.endsWith(link.benchmark.slice(0, -2))
      )
        join = leadingIndicator(key);
      if (!listed) distributiveLink = distributive ? link : null;
      if (!listed) distributiveLead = distributive ? folded.slice(clauseStart, figure.start) : '';
      const { amountChange, ownChange, baseYearChange, planAmount, countOfNoun } = figureAmount({
        folded,
        sentenceStart: sentence.start,
        figure,
        clauseStart,
        key,
        near,
        join,
        inList: distributive !== null,
      });
      // 对照…全年甲突破X亿元的奋斗目标，1—2月已完成A%: the share done of the goal the clause before quotes (F10023).
      const quotedShare = quotedGoalShare(folded, sentence.start, previousEnd, clauseStart, ownKey, figure);
      const shareOfPlanAmount =
        (previousPlanAmount && figure.quantity.baseUnit === '%' && /^\)?的$/.test(ownKey)) ||
        quotedShare !== null;
      previousPlanAmount = planAmount;
      const evaluatedShare = evaluatedShareBefore(folded, sentence.start, clauseStart, ownKey, figure);
      // 对照…的预期目标，1—2月工业高出预期6.4个百分点: a gap whose short subject is one quoted goal's indicator (F10024).
      const shortGoal =
        !join && (link?.kind === 'plan-gap' || link?.kind === 'comparison') && ownKey.includes('预期')
          ? shortGoalSubject(subject, sentenceFacts)
          : null;
      const chained = chainSubject({
        folded,
        sentenceStart: sentence.start,
        figure,
        clauseStart,
        key,
        own: { subject, join },
        previous,
        planned,
        link,
        planAmount,
        shareOfPlanAmount,
        earlierListed,
        earlierList: earlierLeft > 0,
        countOfNoun,
        baseYearChange,
        distributive,
        listItem: distributive?.[distributiveAt],
        contribution,
        amountChange: amountChange !== null,
        previousShareFrom,
        previousRateTarget,
        paragraphFacts,
        evaluatedShare,
        fiveYearGoal: goals?.horizon === 'five-year' && isGoal(goals, figure),
      });
      ({ subject, join } = chained);
      if (quotedShare) ({ subject, join } = { subject: quotedShare.name, join: quotedShare });
      else if (shortGoal) ({ subject, join } = { subject: shortGoal.name, join: shortGoal });
      if (periodListed) ({ subject, join } = periodListed);
      else if (opensPeriods && !join && previous.join) ({ subject, join } = previous);
      // 甲由A元增加到B元 with no year written: B is the level 甲 reached, A (after 由) a fact only (F6901).
      const movedTo = !join && movedFromBefore !== null && listMovedTo(ownKey);
      if (movedTo && movedFromBefore) ({ subject, join } = movedFromBefore);
      const movedFrom: boolean = !join && isMovedFrom(ownKey, folded.slice(figure.end, figure.end + 4));
      const movedName: NamedIndicator | null = movedFrom ? joinIndicator(subject.replace(/由$/, '')) : null;
      if (movedName) ({ subject, join } = { subject: movedName.name, join: movedName });
      if (chained.tookListItem) distributiveAt++;
      // 甲乙居民人均可支配收入年均分别增长A%和B%, a five-year goal: each list item's name carries the 年均 the
      // pace above reads off a single name (fix242).
      if (
        chained.tookListItem &&
        !join &&
        goals?.horizon === 'five-year' &&
        subject.endsWith('年均') &&
        isGoal(goals, figure)
      ) {
        const pace = joinIndicator(subject.slice(0, -2));
        if (pace) ({ subject, join } = { subject: pace.name, join: pace });
      }
      // 甲和乙年均分别增长A%和B% in a 十二五 review: the 年均 after the list is every item's, so each figure is a
      // five-year average, a fact only, as the last item's own name already makes it (session 39, fix281).
      if (
        chained.tookListItem &&
        join &&
        distributive?.at(-1)?.endsWith('年均') &&
        !(goals?.horizon === 'five-year' && isGoal(goals, figure))
      )
        join = null;
      // 分别由2020年的a元、b元增加到…，年均分别增长…: what each name moved from, and the span's averages,
      // are facts only, but for a five-year plan's goals (session 39, fix286).
      if (
        chained.tookListItem &&
        join &&
        distributiveFacts &&
        !(goals?.horizon === 'five-year' && isGoal(goals, figure))
      )
        join = null;
      const bracketed = distributive || link ? null : bracketedName(folded, figure, sentence.start);
      if (bracketed) {
        subject = bracketed.name;
        join = bracketed;
        bracketNames.push({ name: bracketed.name, end: folded.indexOf(')', figure.end) + 1 });
      }
      if (holiday) join = null;
      const unnamed = unnamedLeft > 0;
      if (unnamed) {
        unnamedLeft--;
        join = null;
      }
      // A figure of this clause's own subject: no other place's, no unnamed list member's, no benchmark's.
      const ownFigure =
        !foreign &&
        // “公司去年实现产值…，新增就业岗位N个: a name the catalogue lacks in a park's or firm's sentence is theirs too.
        !inPark &&
        !productWorth &&
        !unnamed &&
        !link &&
        !spanTotal &&
        // 项目建成后…新增就业岗位N个: the jobs one project will bring, a fact of its own (fix329, F6774).
        !projectYield &&
        !holiday;
      const written = nameAsWritten({
        folded,
        sentenceStart: sentence.start,
        figure,
        clause,
        clauseSubject,
        clauseStart,
        subject,
        join,
        ownResult: ownFigure && !planned,
        ownGoal: ownFigure && planned,
        listed,
        distributive: distributive !== null,
        contribution,
      });
      ({ subject, join } = written);
      // 第二产业增加值…，其中，工业增加值X亿元: industry of every size, a part of the secondary industry (the
      // words before the clause read only when the codes fit, and only their last few: a hot path).
      const allIndustry = industryOfSecondary(
        join?.entry.code,
        join?.name ?? '',
        () => folded.slice(Math.max(sentence.start, clauseStart - 6), clauseStart),
        previous.join?.entry.code,
      );
      if (allIndustry && join) join = { entry: allIndustry, name: join.name };
      // 力争新兴产业增加值占规模以上工业比重达到25%: a goal of a name the report has results of.
      const again =
        !join && planned && !link && !foreign
          ? plannedName(
              subject,
              known,
              reading.indicators.map((indicator) => indicator.name),
              ((figure.quantity.baseUnit === '元' && GOAL_CUE_BEFORE.test(clause)) ||
                cuedGrowthGoal(folded, sentence.start, clauseStart, figure) ||
                cuedFloorGoal(folded, sentence.start, clauseStart, figure)) &&
                !underSuggestions(sections, sentence.sectionIndex),
              figure.quantity.baseUnit === '元' && FLOOR_BEFORE.test(folded.slice(clauseStart, figure.start)),
              tableNames,
            )
          : null;
      if (again) {
        subject = again.name;
        join = again;
      }
      // 力争非煤产业增加值占地区生产总值的比重提高到A%以上: a share goal of an aggregate with no result told (F7277).
      const shareGoal =
        !join && (planned || isGoal(goals, figure)) && !link && !foreign && figure.quantity.baseUnit === '%'
          ? shareGoalAggregate(subject)
          : null;
      if (shareGoal) {
        subject = shareGoal.name;
        join = shareGoal;
      }
      // 研发经费投入占地区生产总值比重为A%，…，距B%的规划目标还差N个百分点: a gap of a name the catalogue
      // lacks, written as the report's table row names it, is that row's indicator's comparison.
      // 研发经费支出占地区生产总值比重为A% beside a table row of that whole name: the row's share, not one of
      // 研发经费支出 (a name the catalogue lacks either way), so the gap after it goes to the row too (F8647).
      const rowNamed =
        planned || foreign || tableNames.length === 0
          ? null
          : !join && link?.kind === 'comparison'
            ? tableRowName(subject, tableNames)
            : join?.entry.code.startsWith('x-') &&
                !link &&
                figure.quantity.baseUnit === '%' &&
                clauseSubject.includes('占')
              ? tableRowName(clauseSubject.replace(/(?:为|达到?|是)$/, ''), tableNames)
              : null;
      if (rowNamed) {
        subject = rowNamed.name;
        join = rowNamed;
      }
      const { ownRate, rateTargetAfter } = written;
      if (figure.kind === 'ratio' && subject === '' && folded.charAt(clauseStart - 1) === ':') {
        // 一二三产结构比重：8.2:40.5:51.3: the name stands before the colon.
        const before = folded.slice(
          clauseStartBefore(folded, clauseStart - 1, sentence.start),
          clauseStart - 1,
        );
        if (!/\d/.test(before)) subject = cleanSubject(before);
      }
      if (figure.kind === 'ratio' && subject === '') subject = previous.subject;
      // 牲畜存栏136.42万头(只)，折合185.6万个羊单位: the same herd restated in another unit, no new subject.
      if (subject === '折合' && !join) subject = previous.subject;
      // 进出口总额825.46亿美元，增长3.7%，折合人民币5938.12亿元，增长4.3%: the same trade in the other
      // currency, a second level of the indicator before (F5992).
      if (!join && RESTATED_CURRENCY.test(subject) && previous.join) {
        subject = previous.subject;
        join = previous.join;
      }
      if (benchmarkFigure || earlierValue || planInBracket) {
        subject = '';
        join = null;
      }
      // 由上年的a%、b%和c%调整为d%、e%和f%: the sectors' shares listed as percentages.
      const percent =
        figure.kind === 'number' &&
        figure.quantity.baseUnit === '%' &&
        !link &&
        !contribution &&
        !CONTRIBUTION.test(clause);
      const listedShare = !percent
        ? null
        : afterListMark
          ? ratios.readListed(false, key, subject)
          : listLength(folded, figures, index) === 3
            ? ratios.readListed(true, key, clauseSubject)
            : null;
      if (!listedShare) ratios.endList();
      else {
        subject = listedShare.subject;
        join = null;
      }
      const measured = figureMeasure({
        folded,
        figure,
        raw: source.slice(figure.start, figure.end),
        clause,
        ownKey,
        key,
        join,
        link,
        structure: listedShare !== null,
        shareOfPlanAmount,
        previousShareChange,
        previousShareFrom,
        evaluatedShare: evaluatedShare !== null,
        lastObservation: reading.observations.at(-1),
        change: amountChange ?? ownChange ?? written.changeAfterName,
        earlierFell: earlierListed && earlierSign < 0,
        bracketed: bracketed !== null,
        marginFell: !!marginKey && heldFell,
        listShare: listed && distributiveShare,
        listSign: listed ? distributiveSign : 0,
        listChange: listed ? listChangeSign(distributiveLead) : 0,
      });
      const { quantity, indexChange } = measured;
      const measure: Measure = periodMeasure ?? measured.measure;
      // 第三产业增加值比重为A%，比上年提高B个百分点: the change is of the industry's share.
      if (measure === 'change' && !link)
        join =
          industryShareChange(join, ownKey, figure, reading.observations.at(-1), {
            folded,
            sentenceIndex: sentence.index,
          }) ?? join;
      // Whatever the chain or a name as written made of it, a named place's figure is not the report's.
      if (named) join = null;
      // 甲园区全年实现工业总产值X亿元以上 among the year's goals: the park's own goal, no target of the place's (F7274).
      if (join && (planned || isGoal(goals, figure)) && isParkGoalClause(clause)) join = null;
      const shareFrom = percent && isShareFrom(folded, ownKey, figure, next);
      const provenance = { sentenceIndex: sentence.index, start: figure.start, end: figure.end };
      const fact: Fact = {
        subject,
        measure,
        quantity,
        indicatorCode: join?.entry.code ?? null,
        comparedWith: link ? benchmarkOf(link) : null,
        provenance,
      };
      reading.facts.push(fact);
      const raw = source.slice(clauseStart, figure.end);
      const goal = isGoal(goals, figure);
      const rate = join ? null : goalRate(folded, subject, figure, link, goals);
      if (rate) {
        join = rate;
        fact.indicatorCode = rate.entry.code;
        note(rate.entry);
      }
      const { target, ceilingKept, rateTarget } = figureTarget({
        folded,
        sentenceStart: sentence.start,
        figure,
        fact,
        join,
        link,
        ownKey,
        raw,
        planned,
        goals,
        previousRateTarget,
        planAmount,
        shareOfPlanAmount,
        listLead: listed ? distributiveLead : null,
        sentenceFacts,
        paragraphFacts,
        resultFacts,
        resultSet,
      });
      // 上半年要完成甲X亿元以上: a part of the year's aim, a fact only (F10259).
      const partYearAim = isPartYearDemand(clause);
      if (target) {
        if (!partYearAim) reading.targets.push(target);
      } else if (planInBracket && previous.join) {
        const actual = reading.observations.at(-1);
        if (actual?.provenance.end === previousEnd && actual.indicatorCode === previous.join.entry.code)
          reading.targets.push(
            bracketedPlanTarget(
              planInBracket,
              figure,
              actual,
              previous.join,
              raw,
              provenance,
              fullYearReport,
            ),
          );
      }
      // 已完成年初预算的54.2% with no level before it: the level may come paragraphs later.
      else if (
        join &&
        fact.measure === 'share' &&
        !planned &&
        !goal &&
        !link &&
        !listed &&
        isShareOfPlan(raw.slice(0, -fact.quantity.raw.length))
      )
        sharesBeforeLevels.push({ join, share: fact, raw });
      // 分别高于年度预期目标a、b、c个百分点 in a lead paragraph: the growths may come paragraphs later.
      else if (join && link?.kind === 'plan-gap' && !goal && !planned && fact.quantity.baseUnit === 'pp')
        gapsBeforeGrowths.push({ join, gap: fact, raw, fullYear: link.fullYear ?? false });
      sentenceFacts.push(fact);
      // 增速比一季度(6.5%)加快…，超出全年预期目标0.3个百分点: a gap is never to the earlier period's figure.
      // 由一季度的下降1.6%转为正增长，…低于全年目标任务0.6个百分点: nor to one the chain recalls in passing.
      if (link?.kind !== 'earlier-period' && !EARLIER_PERIOD_FIGURE.test(ownKey)) {
        paragraphFacts.push(fact);
        if (!goal && !planned && !partYearAim && !quotedYears[sentence.index]) {
          resultFacts.push(fact);
          resultSet.add(fact);
        }
      }
      // 超收X万元: the gap to the budget, a fact only (the subject stands on, as after a change).
      const budgetGap = amountChange !== null && BUDGET_GAP_VERB.test(amountChange[1] ?? '');
      const observed =
        !otherYearFigure &&
        !partYearAim &&
        !movedName &&
        !budgetGap &&
        isObserved(folded, figure, {
          planned,
          goal,
          ceilingKept,
          rateTarget,
          planAmount,
          marginAfter,
          shareFrom,
          link,
        });
      // 工业投资、民间投资均增长12.3%: the figure is each listed name's.
      const shared =
        observed && !planned && !goal && measure === 'growth'
          ? sharedNames(folded, sentence.start, figure)
          : null;
      if (shared)
        for (const named of shared) observe(named.entry, named.name, measure, quantity, null, provenance);
      // N户规上工业企业中，增加值实现增长的有M户: a count of firms after a money indicator's name is a tally of
      // those firms, never the indicator's level (session 28, fix90).
      else if (
        join &&
        measure !== 'structure' &&
        observed &&
        !(measure === 'count' && MONEY_UNIT.test(join.entry.unit ?? ''))
      )
        observe(
          join.entry,
          join.name,
          indexChange ? 'growth' : measure === 'count' ? 'level' : measure,
          indexChange ?? quantity,
          fact.comparedWith,
          provenance,
        );
      // 三次产业结构为11.4:38.0:50.6: each part is its sector's share of GDP, named as written.
      if (listedShare?.sector && observed)
        observe(listedShare.sector, subject, listedShare.measure, quantity, null, provenance);
      if (figure.kind === 'ratio') {
        const ratio = ratios.read(folded, figure.start, ownKey, subject);
        subject = ratio.subject;
        if (observed && ratio.sector) observe(ratio.sector, subject, 'structure', quantity, null, provenance);
      }
      if (join) joins.push({ at: figure.end, join });
      previous = chainAfter(previous, {
        figure,
        clause,
        read: { subject, join },
        foreign,
        countOfNoun,
        benchmarkFigure,
        marginAfter,
        earlierValue: earlierValue || planInBracket !== null,
        shareFrom,
      });
      if (periodListed) periodListed.left--;
      else if (opensPeriods && listLength(folded, figures, index) > 1)
        periodList = { left: listLength(folded, figures, index) - 1, subject, join, measure };
      previousEnd = figure.end;
      lastLink = link;
      previousShareChange = figure.quantity.baseUnit === 'pp' && SHARE.test(ownKey);
      previousShareFrom = shareFrom;
      movedFromBefore = movedName ? { subject, join: movedName } : null;
      previousRateTarget = ownRate !== null && rateTargetAfter;
    }
    // 总量居全市第3位，增速居第2位。按现价计算，名义增长6.8%: a sentence of ranks only, no figure, leaves
    // the subject before standing for the next sentence of its paragraph.
    if (figures.length > 0 || opensParagraph) {
      // 分产业看，第一、二、三产业增加值分别增长a、b和c: a list on the same line as the subject it breaks down.
      beforeList = sentenceListed && !opensParagraph ? startPrevious : null;
      lastPrevious = previous;
    }
    lastSentenceEnd = sentence.end;
    // （八）节能减排。预期目标：完成市下达的目标任务: a label names a goal in words too.
    const wordLabel = work.label(
      [sentences[sentence.index - 1]].find((s) => s?.index === sentence.index - 1),
    );
    const stated = sentenceGoals(source, folded, sentence, planned, goals, joins, wordLabel, semicolonJoins);
    semicolonJoins = [...semicolonJoins, ...joins];
    reading.targets.push(...(fullYearReport ? stated : stated.map(yearGoalInWords)));
    readRankings(
      source,
      folded,
      sentence,
      sentenceFacts,
      reading.rankings,
      paragraphFacts,
      ownPlace,
      reportMonth,
      work,
      (at) => lineStarts.at(at),
    );
  }
  reading.targets.push(...laterLevelTargets(sharesBeforeLevels, reading.facts, reading.observations));
  reading.targets.push(...laterGrowthTargets(gapsBeforeGrowths, reading.facts, reading.observations));
  sizeScopesFromBand(reading.rankings, folded);
  sizeScopesFromNote(reading.rankings, folded);
  nameParentScopes(reading.rankings, folded, region);
  laterMoves(reading.rankings, folded, sentences, sentenceWork);
  dropShortRepeats(reading.rankings);
  // 地区生产总值：X亿元，增长A%，全地区第N under 主要经济指标完成情况: a table flattened to lines repeats the
  // prose's figures as a table does, no facts of its own.
  const tableRows = flattenedRowSentences(sentences);
  if (tableRows.size > 0)
    reading.facts = reading.facts.filter((fact) => !tableRows.has(fact.provenance.sentenceIndex));
  // 图1 …（%）：L1 A，L2 B，…: a chart's points after its caption take the caption's unit.
  const seriesUnits = chartSeriesUnits(sentences);
  if (seriesUnits.size > 0) reading.facts = withChartUnits(reading.facts, seriesUnits);
  return reading;
}

export { groupParent, groupSize } from './prose-rank-group.js';
