// Ranks that are not the report's own standing of an indicator: a line about one county of the place, a count
// of indicators holding a rank, other places' ranks, a sibling said to be best, a goal, a bare standing of
// something else.

import { type OwnPlace, ownNameAt } from './prose-rank-subject.js';

/**
 * 甲区：完成投资24.36亿元，居第一位: a line led by a place's name and a colon is about that place (one
 * line per county of the report's place), so a rank with no scope of its own there is that place's.
 */
const PLACE_LINE = /^\s*[\u4e00-\u9fa5]{1,8}(?:县|区|市|镇|乡|街道|旗)\s*:/;

/** 有6项指标增速居全市第一: how many indicators hold a rank, not a ranking of one. */
const COUNTED_INDICATORS = /(?:\d+|[一二两三四五六七八九十]+)项(?:主要)?(?:经济)?指标/;

/**
 * 乙区（12.6%）、丙县（8.4%）的地区生产总值增速…分别排第2位和第7位: other places' growths in
 * brackets, then their indicator with 的; the ranks are theirs, not the report's.
 */
const OTHER_PLACES =
  /(?:^|[,;:。])(?!全|我|本)[\u4e00-\u9fa5]{1,6}?(?:县|区|市|旗)\([^()]*\d[^()]*\)(?:[、和与及](?!全|我|本)[\u4e00-\u9fa5]{1,6}?(?:县|区|市|旗)\([^()]*\d[^()]*\))*的[^,;。]*$/;

/** 乙县增速, 乙县以: a clause led by another place's name, not the report's own (全县, 我县, 本市). */
const OTHER_PLACE_SUBJECT =
  /^(?:其中)?(?!全|我|本|该|城|县|市|区)[\u4e00-\u9fa5]{1,4}?(?:县|区|市|镇|乡|旗)(?:增速|增幅|总量|以|$)/;
/**
 * 与居首位的甲县相差27.6亿元, 比排名第一的乙县少…: a rank said of the place the clause compares with,
 * named after 的; the place ranked is that one, not the report's.
 */
const COMPARED_PLACE_BEFORE = /(?:与|和|同|跟|比|较|距离?|离)$/;
const COMPARED_PLACE_AFTER = /^的[\u4e00-\u9fa5]{1,8}?(?:县|区|市|旗|州)/;
/**
 * 乙区增长6.4%，居第2位: a rank in a clause of its own after a clause led by another place's name and its
 * figure (a sibling's growth in turn, as a city's analysis tells its counties); the rank is that place's.
 */
const OTHER_PLACE_FIGURE =
  /^(?:其中)?(?!全|我|本|该|城|县|市|区)[\u4e00-\u9fa5]{1,4}?(?:县|区|市|镇|乡|旗)(?:增长|下降|增速|增幅|完成|实现)/;
/**
 * 力争…, 确保…: a goal, not a standing. 争取资金总额居全市第4位, 争取上级资金…居全市第2位: the funds a county
 * won (争取 before what is won) are a standing (fix280).
 */
const GOAL = /^(?:力争|争取(?!资金|到位|上级|中央|省级?|国家|专项|债券|政策)|确保|努力|力求|目标是?)/;

/** Whether a line is led by a place's name and a colon (甲区：…), so about that place. */
export function isPlaceLine(line: string): boolean {
  return PLACE_LINE.test(line);
}

/** Whether a rank is said of the place a clause compares with (与居首位的甲县相差…). */
export function isComparedPlaceRank(textBefore: string, textAfter: string): boolean {
  return COMPARED_PLACE_BEFORE.test(textBefore) && COMPARED_PLACE_AFTER.test(textAfter);
}

/** Whether a rank's clause counts indicators (有6项指标增速居全市第一). */
export function isIndicatorCount(clause: string): boolean {
  return COUNTED_INDICATORS.test(clause);
}

/** Whether the text before a rank gives other places' growths in brackets, so the rank is theirs. */
export function isOtherPlacesRank(textBefore: string): boolean {
  return OTHER_PLACES.test(textBefore);
}

/** 全市7个县中乙县增幅最高: whether the place said to be best is a sibling, not the report's place. */
export function isSiblingBest(holder: string | undefined, ownPlace: OwnPlace | null): boolean {
  return !!holder && !/^[我本]/.test(holder) && !(ownPlace && ownNameAt(holder, ownPlace));
}

/**
 * 乙县增速位居全市第一, 乙县以A%的增速…: another place's rank (unless the clause opens with the report's
 * own name, `ownName`); 力争…增速排名全市第一: a goal.
 */
export function isOtherPlaceOrGoal(ownName: string, ownWords: string): boolean {
  return (!ownName && OTHER_PLACE_SUBJECT.test(ownWords)) || GOAL.test(ownWords);
}

/**
 * 实施重点项目N个，完成投资X亿元…，投资完成率列全市第一: a bare programme rate (投资完成率, 开工率) with nothing
 * naming whose it is ranks the programme the clauses before count, no indicator (甲类重点项目投资完成率, named
 * with its programme, is read as written). Session 34, fix178.
 */
const BARE_PROGRAMME_RATE = /^(?:年度)?(?:投资完成率|项目开工率|开工率)$/;

/** Whether a rank's clause names only a bare programme rate (投资完成率列全市第一). */
export function isBareProgrammeRate(ownWords: string): boolean {
  return ownWords.includes('率') && BARE_PROGRAMME_RATE.test(ownWords.trim());
}

/** 福清位居第三: whether a clause's words are more than a measure and rank words (增速, 总量, 位次, 且, 并). */
export function namesNoMeasure(ownWords: string): boolean {
  return !/^(?:增速|增幅|总量|位次|且|并)*$/.test(ownWords);
}

/** Whether a rank's bare clause follows a clause led by another place's name and its figure (乙区增长6.4%，居第2位). */
export function followsOtherPlaceFigure(ownName: string, ownWords: string, priorClause: string): boolean {
  return ownName === '' && ownWords === '' && OTHER_PLACE_FIGURE.test(priorClause.replace(/\s+/g, ''));
}

/**
 * A rank in the report's own scope word when that word names no place above it: 全盟 in a 盟's report, 全州 in
 * an autonomous 州's, is one of its parts' rank. 全市 and 全区 are left out: a county-level city's 全市 may be
 * its parent city's (居全市第3位), a district's 全区 the autonomous region's.
 */
export function rankedInOwnScope(scope: string, ownPlace: OwnPlace | null): boolean {
  return !!ownPlace?.scope && ownPlace.scopeSaid && scope === ownPlace.scope && /^全[盟州]$/.test(scope);
}
