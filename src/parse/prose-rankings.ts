// Rankings in prose: 在某某市八县(市、区)中排名第三, 居全市第2位, 全市排位第N; each attached to the
// indicator its clause (or the clause chain before it) is about.

import { readOrdinal } from './numbers.js';
import { clauseStartBefore, joinIndicator } from './prose-clauses.js';
import { opensWithPlaceLabel } from './prose-named-place.js';
import { withoutHoldingAdverb } from './prose-rank-adverb.js';
import { baseMoves, changeOf, distributeMoves, earlierRanksAfter, namedMoves } from './prose-rank-changes.js';
import { countyEconomyRanked } from './prose-rank-county-economy.js';
import { type RankSubject, rankedSubject } from './prose-rank-figure.js';
import {
  APPRAISAL,
  appraisedClass,
  carriedAppraisal,
  groupTextBefore,
  openingAppraisal,
  rankGroup,
  SELF_COMPOSITE,
  SELF_ONLY,
  SELF_ZONE,
  writtenScope,
} from './prose-rank-group.js';
import { namedBeforeGroup } from './prose-rank-group-tail.js';
import {
  BOTH_INDICATORS,
  distributedSubjects,
  lastIndicators,
  listedSubjects,
  sentenceChain,
  sharedGrowthSubjects,
} from './prose-rank-lists.js';
import {
  followsOtherPlaceFigure,
  isBareProgrammeRate,
  isComparedPlaceRank,
  isIndicatorCount,
  isOtherPlaceOrGoal,
  isOtherPlacesRank,
  isPlaceLine,
  isSiblingBest,
  namesNoMeasure,
  rankedInOwnScope,
} from './prose-rank-not-own.js';
import { placedGroup } from './prose-rank-parent.js';
import { isEarlierPeriod, periodOf, withoutPeriod } from './prose-rank-period.js';
import { rankMatches, rankOf } from './prose-rank-phrases.js';
import { repeatedRankSubject } from './prose-rank-repeated.js';
import { shortListedSubjects } from './prose-rank-short-names.js';
import {
  listGroupStanding,
  listStanding,
  namesPlaceOnly,
  strongListSubject,
} from './prose-rank-strong-list.js';
import { around, type OwnPlace, ownNameAt, subjectPlace } from './prose-rank-subject.js';
import { SentenceWork } from './prose-sentence-work.js';
import { withoutStreak } from './prose-streaks.js';
import type { Fact, Ranking, Sentence } from './types.js';

/** A rank's clause without the group it is in: 在全市六县（区）中由…第5位上升到第3位 → 由…. */
function clauseWordsOf(clause: string): string {
  return clause.replace(/\s+/g, '').replace(/^在[^,;。]{2,40}?中/, '');
}

/** 总量仍, 增速也: a rank clause's words that name a measure and nothing it is of. */
const MEASURE_ALONE = /^(?:但|而)?(?:总量|规模|增速|增幅)(?:仍然?|依然|也|则|还)?(?:位?居|排名?|列|位列)?$/;

/** 农村居民收入的增速虽高于全市: the name whose growth the clause before the rank compares. */
const PRIOR_GROWTH = /^([\u4e00-\u9fa5]{2,16}?)的?(?:增速|增幅)/;

/** 经济总量方面，…: the indicator a comparing sentence's lead names (方面 closing it), or null. */
const ASPECT_LEAD = /^([\u4e00-\u9fa5]{2,10}?)方面[,:]/;
/** 时间进度按A%计, 序时进度为B%: the subject of a schedule's own figure. */
const SCHEDULE_FIGURE = /^(?:时间|序时|时序)进度/;

function aspectOf(sentence: string): ReturnType<typeof joinIndicator> {
  const lead = ASPECT_LEAD.exec(sentence.replace(/\s+/g, ''));
  return lead?.[1] ? joinIndicator(lead[1]) : null;
}

/** The line's opening before a rank (its topic sentence), a bounded slice: a megabyte line costs no more. */
const topicOf = (folded: string, lineStart: number, start: number) =>
  folded.slice(lineStart, Math.min(start, lineStart + 64));

/**
 * 列全市末位 with no count of its own: last of the parent's places the text counts where it places itself
 * among them (列某市N个县（市、区）第M位), the size the ranks scoped 全市 take later (nameParentScopes); null when
 * the text counts none (session 30, fixleft30). Only for 末位, so the whole text is scanned only then.
 */
function lastOfParent(
  ordinal: string,
  scope: string,
  folded: string,
  ownPlace: OwnPlace | null,
): number | null {
  const suffix = ordinal === '末' ? /^全([省市州盟]|地区)$/.exec(scope)?.[1] : undefined;
  return suffix ? (placedGroup(folded, suffix, ownPlace?.name ?? null)?.size ?? null) : null;
}

export function readRankings(
  source: string,
  folded: string,
  sentence: Sentence,
  facts: readonly Fact[],
  out: Ranking[],
  /** The paragraph's figures so far: what a growth named bare (增幅2-5月份…) is the growth of. */
  paragraph: readonly Fact[] = facts,
  /** The report's own place: a rank whose chain is about another place is not the report's. */
  ownPlace: OwnPlace | null = null,
  /** The month the report's period ends in (6 for a half-year's): a rank of a period before it is earlier. */
  reportMonth: number | null = null,
  /** The sentence's shared work: its rank changes, which sentenceFigures read first. */
  work: SentenceWork = new SentenceWork(folded, sentence),
  /** Where the sentence's line begins (readProse walks the lines once: a look back a sentence is quadratic). */
  lineStartAt: (at: number) => number = (at) => folded.lastIndexOf('\n', at) + 1,
): void {
  const text = folded.slice(sentence.start, sentence.end);
  const changes = work.rankChanges();
  let lastScope = '';
  let lastOf: number | null = null;
  const matches = rankMatches(text);
  // A sentence with no rank only hands its moves on; the look back to the line's start below is a scan of the
  // whole line so far, which a megabyte-long line of ranked-less clauses would pay for every clause.
  if (matches.length === 0) {
    distributeMoves(changes, out, sentence.index);
    return;
  }
  const lists = new Map<number, { subjects: RankSubject[]; length: number }>();
  const lineStart = lineStartAt(sentence.start);
  // 一季度居全市第5位，上半年升至第3位: the period each rank's clause opens with, and the sentence's own.
  const periods = matches.map((m) => {
    const at = sentence.start + m.index;
    return periodOf(clauseWordsOf(folded.slice(clauseStartBefore(folded, at, sentence.start), at)));
  });
  const lead = periodOf(text);
  const earlier: Ranking[] = [];
  const firstRead = out.length;
  for (const [k, m] of matches.entries()) {
    const scopeText = m.scopeText.replace(/中$/, '');
    // 我县在全市县域经济考核中排名第3: the scope is the parent, what is ranked the appraisal.
    const appraisal = APPRAISAL.exec(scopeText);
    const written = writtenScope(scopeText, appraisal, lastScope);
    // 排名第4，…排名第3: a rank with no scope of its own after another is in the same group.
    const inherited: number | null = !scopeText && written !== '' ? lastOf : null;
    if (!written && isPlaceLine(folded.slice(lineStart, sentence.end))) continue;
    // 甲区　…增速列全市第X: a paragraph labelled with another place's name ranks that place.
    if (opensWithPlaceLabel(folded.slice(lineStart, lineStart + 16), ownPlace)) continue;
    const start = sentence.start + m.index;
    const { scope, of } = rankGroup(scopeText, written, inherited, groupTextBefore(folded, lineStart, start));
    lastScope = scope;
    lastOf = of;
    const rank = rankOf(m.ordinal, of ?? lastOfParent(m.ordinal, scope, folded, ownPlace));
    if (rank === null) continue;
    // 甲旗、乙旗增速分列全盟第1、2位 in the 盟's own page: a place is never ranked within itself, so a rank in
    // its own scope is one of its parts' (session 38, fix261).
    if (rankedInOwnScope(scope, ownPlace)) continue;
    const end = start + m.raw.length;
    // 居第2位，排位由上年同期的第四升至第二: the move tells how the rank just given moved.
    const prior = matches[k - 1];
    if (
      m.change !== undefined &&
      prior &&
      readOrdinal(prior.ordinal) === rank &&
      !/[;。]/.test(text.slice(prior.index + prior.raw.length, m.index))
    ) {
      const priorStart = sentence.start + prior.index;
      const moved = out.filter((r) => r.provenance.start === priorStart && r.change === null);
      if (moved.length > 0) {
        for (const r of moved) r.change = m.change;
        continue;
      }
    }
    // 地区生产总值增速居全市第一位: the clause names what is ranked; otherwise (增速在…中排名第四,
    // or a clause of its own at the end of a chain) the ranking is about the figure before it.
    // 增速连续7个月位居全州第1: the streak's length closing the clause is no part of what is ranked.
    const clause = withoutHoldingAdverb(
      withoutStreak(folded.slice(clauseStartBefore(folded, start, sentence.start), start)),
    );
    const listedAsWritten = listedSubjects(folded, sentence.start, start, m.listLength);
    const listed = listedAsWritten && shortListedSubjects(listedAsWritten, paragraph, start);
    // 有6项指标增速居全市第一: how many indicators hold a rank, not a ranking of one; unless the
    // indicators are listed before the count (甲、乙、丙3项指标增速全市第一).
    // …，两项指标增速均位列全市第5: the count of the indicators just before, each of them ranked.
    const both = listed ? null : BOTH_INDICATORS.exec(clause.replace(/\s+/g, ''));
    const counted = both ? lastIndicators(paragraph, start, readOrdinal(both[1] ?? '') ?? 0) : null;
    if (isIndicatorCount(clause) && !listed && !counted) continue;
    if (isOtherPlacesRank(text.slice(0, m.index))) continue;
    if (isComparedPlaceRank(text.slice(0, m.index), text.slice(m.index + m.raw.length))) continue;
    // 全市7个县中乙县增幅最高: the best is a sibling, not the report's place.
    if (isSiblingBest(m.holder, ownPlace)) continue;
    // 在全市六县（区）中由…第5位上升到第3位: the group the rank is in is no subject of the clause.
    const clauseWords = clauseWordsOf(clause);
    // 岚川县增速居全市第2位: the report's own name is no other place's; its words are read as 我县's.
    const ownName = ownPlace ? ownNameAt(clauseWords, ownPlace) : '';
    // 一季度居全市第5位 beside 上半年…第3位, 上年同期居第5位: an earlier period's rank, kept aside as
    // the base of the current one's move; its clause's words are read without the period.
    const isEarlier = isEarlierPeriod(
      periods[k] ?? null,
      lead,
      periods.filter((_, j) => j !== k),
      reportMonth,
    );
    const ownWords = withoutPeriod(clauseWords.slice(ownName.length));
    // 乙县增速位居全市第一, 乙县以A%的增速…: another place's rank; 力争…增速排名全市第一: a goal.
    if (isOtherPlaceOrGoal(ownName, ownWords)) continue;
    // 投资完成率列全市第一 after a programme's figures: the programme's rate, no indicator of ours.
    if (isBareProgrammeRate(ownWords)) continue;
    const clauseAt = clauseStartBefore(folded, start, sentence.start);
    const priorAt =
      clauseAt > sentence.start ? clauseStartBefore(folded, clauseAt - 1, sentence.start) : clauseAt;
    const priorClause = clauseAt > sentence.start ? folded.slice(priorAt, clauseAt - 1) : '';
    if (
      followsOtherPlaceFigure(ownPlace ? ownNameAt(priorClause, ownPlace) : '', ownWords.trim(), priorClause)
    )
      continue;
    // 全市地区生产总值增长5.6%，居全省第5位 in a county's report: the chain is the city's. A rank among the
    // province's counties (全省县（市）第N位, its scope the province since fix110) is a county's, whoever opens
    // the chain: its level is judged as written.
    const levelScope =
      scope && /^全[国省]$/.test(scope) && m.scopeText.includes(`${scope}县`) ? `${scope}县` : scope;
    if (
      ownPlace &&
      subjectPlace(text, m.index, ownPlace, around(folded, lineStart, sentence), levelScope) === 'other'
    )
      continue;
    // 甲增长A%。甲位次较一季度前移1位，增速名列全市第7: a sentence with no figure before its rank
    // ranks the paragraph's last one.
    // …高于时间进度N个百分点（时间进度按A%计），总量居全市第M位: the schedule's own figure, in brackets
    // after the gap to it, is never what is ranked (session 30, fix102).
    const inSentence = facts.filter((f) => f.provenance.end <= start && !SCHEDULE_FIGURE.test(f.subject));
    // 经济总量方面，…我县居第3位: a sentence led by the aspect it compares, with no figure before the rank,
    // names what the rank is of (a figure before it says so itself).
    const named =
      (ownWords === ''
        ? null
        : (countyEconomyRanked(clause) ?? joinIndicator(clause) ?? namedBeforeGroup(clause))) ??
      (inSentence.length === 0 && !listed && !counted ? aspectOf(text) : null) ??
      // 农村居民收入的增速虽高于全市，总量仍居全市第N位: a rank of a measure word alone, with no figure
      // in its clause or the one before, is of the indicator the clause before names (session 27, fix85);
      // so is a rank clause of no words of its own (社会消费品零售总额增速比一季度回落，居全地区第N位: a problem
      // restating a rank with no figure, session 29, fix99).
      (!listed &&
      !counted &&
      (MEASURE_ALONE.test(ownWords) || ownWords.trim() === '') &&
      !inSentence.some((f) => f.provenance.end > priorAt)
        ? joinIndicator(PRIOR_GROWTH.exec(priorClause)?.[1] ?? priorClause)
        : null);
    // 峤霞综合实力排名第6位: a standing in a list of counties is what is ranked (F6681); a clause of no words
    // of its own, 在2023年全国综合实力百强县中位列第38位, ranks the list's standing, not the figure before it
    // (F6682; the list stays the scope as written, as FL17 keeps it).
    // 全县在…百强县中位列第72位: the place itself opening the clause is no words of its own either (F7201).
    const listGroup = namesPlaceOnly(ownWords) ? listGroupStanding(m.scopeText) : null;
    const standing =
      listGroup ??
      (inSentence.length === 0 && !named && !listed && !counted ? listStanding(clauseWords, ownPlace) : null);
    // 福清位居第三: a bare rank whose clause names neither an indicator nor a measure, with no figure
    // before it in its sentence, is a standing of something else (often another place named bare).
    if (
      m.bare &&
      inSentence.length === 0 &&
      !named &&
      namesNoMeasure(ownWords) &&
      !listed &&
      !counted &&
      !standing
    )
      continue;
    const before =
      inSentence.length > 0 ? inSentence : paragraph.filter((f) => f.provenance.end <= start).slice(-1);
    const head = m.listedAfter === undefined ? undefined : lists.get(m.listedAfter);
    // 在全省…考核评价中，园区位列…第6名: the report's own place ranked in the appraisal the sentence opens with.
    // 在全市…考核中，我区由上年的第M名跃升至第N名 and …，我县位列第N位: the report's own place named as such
    // (我区) is no words of what is ranked (session 29, fix94 and fix95).
    const bare =
      ownWords === '' ||
      SELF_ONLY.test(ownWords.trim()) ||
      SELF_ZONE.test(ownWords.trim()) ||
      SELF_COMPOSITE.test(clauseWords);
    const openedBy =
      bare && inSentence.length === 0 && !listed && !counted
        ? (openingAppraisal(text.slice(0, m.index)) ??
          (text.slice(0, m.index).trim() === ''
            ? carriedAppraisal(out.at(-1), lineStart, start, paragraph)
            : null))
        : null;
    const opened = openedBy ? [{ indicatorCode: null, subject: openedBy }] : null;
    // 在全国综合实力百强县中位列第38位, 县域经济综合实力跻身全省前十强，位列第9位: the place's own standing in a
    // list of strong places, never the figure before it (session 42, fixleft42).
    const strongList =
      clauseWords === '' && inSentence.length === 0 && !listed && !counted && !appraisal
        ? strongListSubject(m.scopeText, text.slice(0, m.index))
        : null;
    const found = head?.subjects ??
      (appraisal
        ? [
            {
              indicatorCode: null,
              subject: appraisedClass(appraisal[2] ?? '')?.subject ?? appraisal[2] ?? '',
            },
          ]
        : null) ??
      opened ??
      (standing ? [{ indicatorCode: null, subject: standing }] : null) ??
      (strongList ? [strongList] : null) ??
      listed ??
      counted ??
      sharedGrowthSubjects(clause, m.raw, inSentence) ??
      distributedSubjects(clause, before, m.listLength, sentenceChain(folded, paragraph, start)) ?? [
        rankedSubject(clause, ownWords, named, before, paragraph, topicOf(folded, lineStart, start)),
      ];
    if (m.listLength) lists.set(m.index, { subjects: found, length: m.listLength });
    // 一般公共预算收入、农村居民收入增幅分别居全市第一位和第三位: one rank per listed subject, in
    // order; 总量和增速分居全省第7、第4位: every rank about the one subject.
    const listLength = m.listLength ?? head?.length ?? 1;
    const own = found[m.position ?? 0];
    // 一是工业增速低于全市平均水平，增速居全市第6位: a rank given before, repeated with its indicator named short.
    const subjects = (listLength > 1 && found.length === listLength && own ? [own] : found).map((s) =>
      repeatedRankSubject(s, folded.slice(sentence.start, start), rank, scope, out),
    );
    // 排名第3位,比一季度前移N位, 由第5位上升至第3位: the move written with the rank or beside it.
    const change = m.change ?? changeOf(changes, folded, sentence.start, text, matches, k)?.change ?? null;
    // 在全市园区季度点评中，一季度位列第N in a half-year summary: an appraisal's latest edition, of an earlier
    // quarter, with no rank of the report's period beside it, is the appraisal's standing, not a move's base.
    const appraisalOnly = openedBy !== null && matches.length === 1;
    for (const subject of subjects)
      (isEarlier && !appraisalOnly ? earlier : out).push({
        indicatorCode: subject.indicatorCode,
        subject: subject.subject,
        rank,
        // A list's standing takes its group from its own words only, never from an earlier rank's in the line.
        of: standing && !scopeText ? null : of,
        scope: standing && !scopeText ? '' : scope,
        change,
        source: 'prose',
        raw: source.slice(start, end),
        provenance: { sentenceIndex: sentence.index, start, end },
      });
  }
  baseMoves(out.slice(firstRead), earlier);
  distributeMoves(changes, out, sentence.index);
  namedMoves(changes, folded, out.slice(firstRead));
  earlierRanksAfter(folded, out.slice(firstRead));
}
