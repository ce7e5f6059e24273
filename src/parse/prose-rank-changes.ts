// How a rank moved: the changes a sentence writes (位次前移2位, 比上年分别提高了1位和3位, 位次持平), which
// rank each belongs to, and an earlier period's rank as the base of the current one's move.

import { readOrdinal } from './numbers.js';
import type { SentenceWork } from './prose-sentence-work.js';
import type { Ranking, Sentence } from './types.js';

/** 位次前移2位, 比一季度前移1位, 较上年提升3个位次: places moved; up is positive. */
const RANK_CHANGE =
  /(?:位次|排名|排位|名次)?(?:(?:比|较)[^,;。第]{1,8}?)?(前移|上升|提升|前进|提高|进位|后移|下降|后退|下滑|回落)了?(\d{1,2}|[一二两三四五六七八九十]{1,3})个?(?:位次|位|名)/g;
export const MOVED_DOWN = /后移|下降|后退|下滑|回落/;
const PLACES = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})个?(?:位次|位|名)?';
/** 比上年分别提高了1位和3位: the moves of the ranks given before, in their order. */
const RANK_CHANGE_LIST = new RegExp(
  `分别(前移|上升|提升|前进|提高|进位|后移|下降|后退|下滑|回落)了?((?:${PLACES}\\s*[、,和及与]\\s*)+${PLACES})`,
  'g',
);
/**
 * 与去年同期位次持平, 位次不变: a rank that did not move; so does 居全市第N位，与1—M月持平, the flat clause right after the
 * rank naming no measure (session 30, fix102), and 第4位，与上年持平 a year's rank against the last year's (session 39, fix281),
 * and 第4位，与2017年全年持平 a 1—2月 rank against the last full year's (session 44, fix367, F7464).
 */
const RANK_FLAT =
  /(?:与[^,;。第]{1,8}?)?(?:位次|排名|排位|名次)(?:与[^,;。第]{1,8}?)?(?:持平|不变|未变)|(?<=第(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:位|名)?,)与(?:\d{1,2}(?:[-—–~至]\d{1,2})?月份?|(?:第?[一二三]|前三)季度|上半年|上年同期|去年同期|(?:(?:19|20)\d{2}年|上年|去年)全年|上年|去年|上年度)持平(?=[,;。]|$)/g;

export interface RankChange {
  start: number;
  end: number;
  change: number;
  /** 分别提高了1位和3位: every move of the list, for the ranks before it in order. */
  distributed?: number[];
}

const MOVE_WORDS = /[位名]/;

/** The rank changes in a sentence (offsets into the folded text); their numbers are not figures. */
export function rankChanges(folded: string, sentence: Sentence): RankChange[] {
  const text = folded.slice(sentence.start, sentence.end);
  // A move and a flat rank need 位 or 名 (位次, 2位, 排名); a list of moves needs 分别: a sentence
  // with none of them is spared the three patterns (this runs twice a prose sentence).
  if (!MOVE_WORDS.test(text) && !text.includes('分别')) return [];
  const changes: RankChange[] = [];
  RANK_CHANGE_LIST.lastIndex = 0;
  for (let m = RANK_CHANGE_LIST.exec(text); m !== null; m = RANK_CHANGE_LIST.exec(text)) {
    const sign = MOVED_DOWN.test(m[1] ?? '') ? -1 : 1;
    const moves = (m[2] ?? '')
      .split(/\s*[、,和及与]\s*/)
      .map((p) => readOrdinal(p.replace(/个?(?:位次|位|名)?$/, '')));
    if (moves.some((p) => p === null)) continue;
    const start = sentence.start + m.index;
    const distributed = moves.map((p) => sign * (p ?? 0));
    changes.push({ start, end: start + m[0].length, change: distributed[0] ?? 0, distributed });
  }
  RANK_CHANGE.lastIndex = 0;
  for (let m = RANK_CHANGE.exec(text); m !== null; m = RANK_CHANGE.exec(text)) {
    const places = readOrdinal(m[2] ?? '');
    if (places === null) continue;
    const start = sentence.start + m.index;
    if (changes.some((c) => c.distributed && start < c.end && start + m[0].length > c.start)) continue;
    changes.push({ start, end: start + m[0].length, change: MOVED_DOWN.test(m[1] ?? '') ? -places : places });
  }
  RANK_FLAT.lastIndex = 0;
  for (let m = RANK_FLAT.exec(text); m !== null; m = RANK_FLAT.exec(text)) {
    const start = sentence.start + m.index;
    changes.push({ start, end: start + m[0].length, change: 0 });
  }
  return changes.sort((a, b) => a.start - b.start);
}

/** The segment (between semicolons or full stops) a position is in. */
function segmentOf(text: string, at: number): [number, number] {
  const from = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf('。', at - 1)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('。', at)].filter((e) => e >= 0);
  return [from, ends.length ? Math.min(...ends) : text.length];
}

/**
 * The move of the `k`th rank of a sentence (`ranks` at offsets into its `text`, which starts at `textStart`
 * of the folded text): a change in the same clause chain (排名第3位,比一季度前移2位 or 位次前移2位,居全市第3),
 * not past the ranks either side of it: a later change is theirs.
 */
export function changeOf(
  changes: readonly RankChange[],
  folded: string,
  textStart: number,
  text: string,
  ranks: readonly { index: number; raw: string }[],
  k: number,
): RankChange | undefined {
  const rank = ranks[k];
  if (!rank) return undefined;
  const start = textStart + rank.index;
  const end = start + rank.raw.length;
  const previous = ranks[k - 1];
  const next = ranks[k + 1];
  const [segmentFrom, segmentTo] = segmentOf(text, rank.index);
  const from = textStart + Math.max(segmentFrom, previous ? previous.index + previous.raw.length : 0);
  const to = textStart + Math.min(segmentTo, next ? next.index : text.length);
  return (
    changes.find((c) => c.start >= end && c.end <= to) ??
    // …before the rank only when no figure stands between them (位次持平，增长11%、居第12位: not its).
    changes.findLast((c) => c.start >= from && c.end <= start && !/\d/.test(folded.slice(c.end, start)))
  );
}

/** 排全州第2位，列全省第5位，比上年分别提高了1位和3位: one move for each rank before the list, in order. */
export function distributeMoves(
  changes: readonly RankChange[],
  out: readonly Ranking[],
  sentenceIndex: number,
): void {
  for (const c of changes) {
    if (!c.distributed) continue;
    const before = out.filter(
      (r) => r.provenance.sentenceIndex === sentenceIndex && r.provenance.end <= c.start,
    );
    const starts = [...new Set(before.map((r) => r.provenance.start))].slice(-c.distributed.length);
    if (starts.length !== c.distributed.length) continue;
    for (const r of before) {
      const at = starts.indexOf(r.provenance.start);
      if (at >= 0) r.change = c.distributed[at] ?? r.change;
    }
  }
}

/** 甲较上半年后退1位, 乙位次前移2位: the name a move's own clause opens with, right before the move. */
const NAMED_MOVE = /(?:^|[,;])([\u4e00-\u9fa5]{2,12}?)(?:增速|增幅)?$/;

/**
 * 甲、乙增速分别居全市第5位、第4位，甲较上半年后退1位: a move whose clause names one of the sentence's ranked
 * subjects is that rank's, not the rank right before it (fix219). Only a move after the sentence's ranks,
 * named by exactly one ranked subject, is moved.
 */
export function namedMoves(changes: readonly RankChange[], folded: string, ranks: readonly Ranking[]): void {
  if (ranks.length < 2) return;
  const lastEnd = Math.max(...ranks.map((r) => r.provenance.end));
  for (const c of changes) {
    if (c.distributed || c.start < lastEnd) continue;
    const name = NAMED_MOVE.exec(folded.slice(Math.max(lastEnd, c.start - 16), c.start))?.[1];
    if (!name) continue;
    const named = ranks.filter((r) => r.subject === name);
    if (named.length === 0 || new Set(named.map((r) => r.provenance.start)).size !== 1) continue;
    const before = ranks.filter((r) => r.provenance.end === lastEnd && r.subject !== name);
    for (const r of before) if (r.change === c.change) r.change = null;
    for (const r of named) r.change = c.change;
  }
}

/**
 * 一季度居全市第5位，上半年升至第3位; 居全市第3位，上年同期居第5位: an earlier period's rank of the same
 * subject in the same scope is where the current one moved from, unless a move is written.
 */
export function baseMoves(current: readonly Ranking[], earlier: readonly Ranking[]): void {
  for (const base of earlier) {
    const same = current.filter(
      (r) =>
        r.scope === base.scope &&
        r.indicatorCode === base.indicatorCode &&
        (r.indicatorCode !== null || r.subject === base.subject),
    );
    const nearest = same.sort(
      (a, b) =>
        Math.abs(a.provenance.start - base.provenance.start) -
        Math.abs(b.provenance.start - base.provenance.start),
    )[0];
    if (nearest && nearest.change === null) nearest.change = base.rank - nearest.rank;
  }
}

/** 投资增速较一季度下滑了2.9个百分点，位次后移4位: the name a move's clause chain opens with (投资). */
const MOVED_NAME = /^([\u4e00-\u9fa5]{2,12}?)(?:的)?(?:增速|增幅|总量)/;

/**
 * 投资增速…，位次后移4位 in a sentence that gives no rank (a speech after the figures): the move of the one
 * rank given before of the indicator its clause chain names, whole or by the end of its name (投资 for
 * 固定资产投资), when that rank's move is not written where it stands.
 */
export function laterMoves(
  rankings: Ranking[],
  folded: string,
  sentences: readonly Sentence[],
  /** The prose sentences' shared work by their index, whose rank changes are already read. */
  work: ReadonlyMap<number, SentenceWork> = new Map(),
): void {
  // The sentences that give a rank, once: a look through every rank for each sentence is quadratic.
  const withRank = new Set(rankings.map((r) => r.provenance.sentenceIndex));
  for (const sentence of sentences) {
    if (withRank.has(sentence.index)) continue;
    const read = work.get(sentence.index)?.rankChanges() ?? rankChanges(folded, sentence);
    const changes = read.filter((c) => !c.distributed);
    const change = changes.length === 1 ? changes[0] : undefined;
    if (!change) continue;
    const clauses = folded.slice(sentence.start, change.start).split(/[,;:]/);
    const name = clauses.map((c) => MOVED_NAME.exec(c.trim())?.[1]).findLast((n) => n !== undefined);
    if (!name) continue;
    const ranked = rankings.filter((r) => r.provenance.end <= change.start && r.subject.endsWith(name));
    const only = ranked.length === 1 ? ranked[0] : undefined;
    if (only && only.change === null) only.change = change.change;
  }
}

/**
 * 位居第3位（1—10月为第4位）, 居全市第5位，上月为第7位: an earlier period's rank written right after the current one,
 * in brackets or its own clause, with 为 as well as a verb of rank: where the current one moved from (session 51,
 * fix486_487, F10367).
 */
const EARLIER_RANK_AFTER =
  /^\s*[(,]\s*(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}月份?|\d{1,2}月份?|上月|第?[一二三]季度|上半年|前三季度|上年同期|去年同期|上年|去年)(?:末|底)?(?:为|居|列|排|位居|位列|排名|排在)第?(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:位|名)/;

/** The moves of the ranks just read whose earlier period's rank is written right after them. */
export function earlierRanksAfter(folded: string, read: readonly Ranking[]): void {
  for (const r of read) {
    if (r.change !== null) continue;
    const after = folded.slice(r.provenance.end, r.provenance.end + 24);
    if (!after.includes('第')) continue;
    const earlier = readOrdinal(EARLIER_RANK_AFTER.exec(after)?.[1] ?? '');
    if (earlier !== null) r.change = earlier - r.rank;
  }
}
