// A prose sentence's figures: every number the scanner finds, less those that are no figures (names,
// note markers, document numbers, clock times, ordinals, telephone numbers, codes, 1#, 3.0版, 5万吨级) and those another reader takes (rank changes).

import { isEnergyUseClassBound } from './energy-use-class.js';
import { type Figure, scanFigures, scanFlatFigures, scanNilBalanceFigures } from './numbers.js';
import { isDisclosureBound } from './prose-disclosure-bound.js';
import {
  isAgeBand,
  isAnniversary,
  isBookOrFileNumber,
  isCapacityClass,
  isCapacityInProjectName,
  isClockTime,
  isCodePart,
  isCountedGroupName,
  isCountInProjectName,
  isDocumentNumber,
  isGroupOfPlaces,
  isLeadingGroupName,
  isListedOrdinal,
  isNoteMarker,
  isNumberSign,
  isOpeningMonths,
  isPartOfName,
  isRankedListName,
  isRoadNumber,
  isSchoolingYears,
  isSessionGroups,
  isSizeClassThreshold,
  isSumDisclaimer,
  isTableReference,
  isTelephoneNumber,
  isUnitConversion,
  isVersionNumber,
  quotedSpans,
} from './prose-not-figures.js';
import { isContentsPage, isPrintRun, isScopeThreshold } from './prose-page-numbers.js';
import { SentenceWork } from './prose-sentence-work.js';
import { isStreakLength } from './prose-streaks.js';
import type { GoalScope } from './prose-targets.js';
import type { Sentence } from './types.js';

/**
 * 力争外贸进出口总额与上年持平, 固定资产投资同比持平 among the goals: a goal's word-only zero, which the goal readers
 * read as a target of no growth (so it is no figure of the sentence's), is still a 0% fact, as every goal's figure
 * is one and as item 13 answers 持平 (session 46, fix390, F7932).
 */
export function goalFlatFigures(
  folded: string,
  sentence: Sentence,
  planned: boolean,
  goals: GoalScope | null,
): Figure[] {
  if (!planned && !goals) return [];
  return scanFlatFigures(folded, sentence.start, sentence.end).filter(
    (f) => planned || (goals !== null && f.start >= goals.from && f.start < goals.until),
  );
}

/** The sentence's figures in text order; `planned` and `goals` say where a word-only zero is a goal's. */
export function sentenceFigures(
  folded: string,
  sentence: Sentence,
  planned: boolean,
  goals: GoalScope | null,
  /** The sentence's shared work: its rank changes, which readRankings reads too. */
  work = new SentenceWork(folded, sentence),
): Figure[] {
  // Numbers inside quotes are names; those of a rank change (前移2位) are read with the ranking.
  const skipped = [
    ...quotedSpans(folded, sentence.start, sentence.end),
    ...work.rankChanges().map((c): [number, number] => [c.start, c.end]),
  ];
  // A word-only zero (同比持平) is a result's figure; a goal of no growth is read with the goals.
  const flat = planned
    ? []
    : scanFlatFigures(folded, sentence.start, sentence.end).filter(
        (f) => !goals || f.start < goals.from || f.start >= goals.until,
      );
  const scanned = scanFigures(folded, sentence.start, sentence.end);
  // 净结余为零 after the year's amounts: a nil balance in words, in their money unit.
  const nil = scanNilBalanceFigures(folded, scanned, sentence.start, sentence.end);
  return [...scanned, ...flat, ...nil]
    .sort((a, b) => a.start - b.start)
    .filter(
      (f) =>
        !skipped.some(([a, b]) => f.start >= a && f.end <= b) &&
        !isGroupOfPlaces(folded, f) &&
        !isPartOfName(folded, f) &&
        !isCountInProjectName(folded, f) &&
        !isAgeBand(folded, f) &&
        !isSessionGroups(folded, f) &&
        !isSizeClassThreshold(folded, f) &&
        !isNoteMarker(folded, f) &&
        !isDocumentNumber(folded, f) &&
        !isBookOrFileNumber(folded, f) &&
        !isClockTime(folded, f) &&
        !isOpeningMonths(folded, f) &&
        !isListedOrdinal(folded, f) &&
        !isTableReference(folded, f) &&
        !isTelephoneNumber(folded, f) &&
        !isAnniversary(folded, f) &&
        !isSchoolingYears(folded, f) &&
        !isCodePart(folded, f) &&
        !isNumberSign(folded, f) &&
        !isRoadNumber(folded, f) &&
        !isVersionNumber(folded, f) &&
        !isCapacityClass(folded, f) &&
        !isCapacityInProjectName(folded, f) &&
        !isCountedGroupName(folded, f) &&
        !isRankedListName(folded, f) &&
        !isLeadingGroupName(folded, f) &&
        !isSumDisclaimer(folded, f) &&
        !isDisclosureBound(folded, f) &&
        !isEnergyUseClassBound(folded, f) &&
        !isUnitConversion(folded, f) &&
        !isStreakLength(folded, f) &&
        !isContentsPage(folded, f) &&
        !isPrintRun(folded, f) &&
        !isScopeThreshold(folded, f),
    );
}
