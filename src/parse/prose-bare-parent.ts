// A parent named bare, without 市 (Jiangxi counties write 高于宜春0.1个百分点，列宜春第5、宜春一类县第2): where
// the text ranks itself among and compares itself with one such name, that name is its parent. The prose
// reads it as the parent's scope word it stands for (全市, the same length, so every offset holds), and the
// figures read there are given the name back.

import type { Fact, Observation, Ranking } from './types.js';

const NAME = '([\\u4e00-\\u9fa5]{2})';
/** 列宜春第5, 居宜春第3位: a rank among the parent's places. */
const RANKED = new RegExp(
  `(?:列|居|位居|位列|排名|排)全?${NAME}(?=第(?:[一二三四五六七八九十]|\\d)|\\d{1,2}个[县市区旗][^第,;。]{0,10}第\\d)`,
  'g',
);
/** 、宜春一类县第2: a rank among a class of the parent's places. */
const CLASS_RANKED = new RegExp(`(?<=[,;、])${NAME}(?=[一二三四]类(?:县|区|县市|市县|县区)第)`, 'g');
/** 高于宜春0.1个百分点, 增速和宜春持平, 比宜春增速(7.1%)高: the parent as the benchmark of a figure. */
const COMPARED = new RegExp(
  `(?:(?:高于|低于|快于|慢于|高出|低出)全?${NAME}(?=\\d)|(?:与|和|同)${NAME}(?=持平)|比${NAME}(?=增速|增幅))`,
  'g',
);
/** Words written where a parent's name could stand that are no place: 全国, 同类, 上年, 计划 … */
const NOT_A_NAME =
  /[全本我该各省市县区州盟旗]|^(?:同类|同期|上年|去年|年初|计划|目标|预期|平均|时序|序时|进度|一季|上半|前三|同比|环比|预算)$/;

export interface BareParent {
  name: string;
  /** The text with the name, where it stands as a benchmark or a scope, written 全市. */
  masked: string;
  /** Where the name was replaced. */
  at: readonly number[];
}

/**
 * The parent a text names bare, when it both ranks itself among it and uses it once more (a second rank,
 * a class rank or a comparison) and names no other so; null otherwise.
 */
export function bareParent(folded: string, own: string | null): BareParent | null {
  const stem = own ? own.replace(/(?:自治县|自治旗|县|区|市|旗)$/, '') : '';
  const uses = new Map<string, { ranked: number; at: number[] }>();
  const note = (m: RegExpMatchArray, ranked: boolean) => {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const name = m[group + 1];
    if (!name || NOT_A_NAME.test(name) || name === stem || m.index === undefined) return;
    const use = uses.get(name) ?? { ranked: 0, at: [] };
    use.ranked += ranked ? 1 : 0;
    use.at.push(m.index + m[0].length - name.length);
    uses.set(name, use);
  };
  for (const m of folded.matchAll(RANKED)) note(m, true);
  for (const m of folded.matchAll(CLASS_RANKED)) note(m, false);
  for (const m of folded.matchAll(COMPARED)) note(m, false);
  const named = [...uses].filter(([, use]) => use.ranked > 0 && use.at.length >= 2);
  const only = named.length === 1 ? named[0] : undefined;
  if (!only) return null;
  const [name, use] = only;
  const at = [...new Set(use.at)].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const start of at) {
    pieces.push(folded.slice(from, start), '全市');
    from = start + 2;
  }
  pieces.push(folded.slice(from));
  return { name, masked: pieces.join(''), at };
}

/**
 * 高于全洑泉0.3个百分点，居全洑泉第4位 (a Fujian county's way): 全 before the bare name, the whole of the parent as
 * 全市 is; the name masked as 全市 leaves 全全市, read as one scope word and given the name back (session 36, fix225).
 */
const WHOLE_MASKED = '全全市';

/** Whether one of the replaced names lies in [start − before, end). */
const near = (parent: BareParent, start: number, end: number, before: number) =>
  parent.at.some((at) => at >= start - before && at < end);

/** Gives the prose's figures read where the name was replaced the name back: scope, benchmark, raw text. */
export function restoreBareParent(
  parent: BareParent,
  folded: string,
  read: { rankings: Ranking[]; observations: Observation[]; facts: Fact[] },
): void {
  for (const ranking of read.rankings) {
    const { start, end } = ranking.provenance;
    if ((ranking.scope !== '全市' && ranking.scope !== WHOLE_MASKED) || !near(parent, start, end, 0))
      continue;
    ranking.scope = parent.name;
    if (ranking.raw === parent.masked.slice(start, end)) ranking.raw = folded.slice(start, end);
    else ranking.raw = ranking.raw.replace(ranking.scope, parent.name);
  }
  for (const figure of [...read.observations, ...read.facts])
    if (
      (figure.comparedWith === '全市' || figure.comparedWith === WHOLE_MASKED) &&
      near(parent, figure.provenance.start, figure.provenance.end, 16)
    )
      figure.comparedWith = parent.name;
}
