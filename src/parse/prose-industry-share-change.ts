// 第三产业增加值比重为38.1%，比上年提高0.6个百分点 (session 19, fixtanling): a change in points right
// after an industry's share of GDP is the change of that share (tertiary-industry-share, as 三产占比提高
// is), not of the industry's value added, whose change would be an amount.

import { catalogueEntry } from './catalogue.js';
import type { Figure } from './numbers.js';
import type { NamedIndicator } from './prose-clauses.js';
import type { Observation } from './types.js';

// 与上年相比，第一产业比重下降0.6个百分点，第二产业提高0.9个百分点 (session 23, fix63): 比重 said once for the
// first industry holds for the bare industries after it in the sentence.

const SHARE_OF: Record<string, string> = {
  'agriculture-value-added': 'primary-industry-share',
  'secondary-industry-value-added': 'secondary-industry-share',
  'tertiary-industry-value-added': 'tertiary-industry-share',
};

/**
 * The industry's share a points change is of, when the figure before it was that industry's share
 * in the same chain (the change's clause names nothing of its own); null otherwise.
 */
export function industryShareChange(
  join: NamedIndicator | null,
  ownKey: string,
  figure: Figure,
  last: Observation | undefined,
  sentence: { folded: string; sentenceIndex: number },
): NamedIndicator | null {
  const code = join ? SHARE_OF[join.entry.code] : undefined;
  if (!join || !code || figure.quantity.baseUnit !== 'pp') return null;
  if (ownShareMove(sentence.folded, figure)) {
    const entry = catalogueEntry(code);
    return entry ? { entry, name: join.name } : null;
  }
  if (!last) return null;
  if (last.measure === 'change') return siblingShareChange(join, code, figure, last, sentence);
  if (last.measure !== 'share') return null;
  if (last.indicatorCode !== join.entry.code) return null;
  // 第三产业增加值X亿元，占GDP比重A%，比上年提高B个百分点: a share of the level just told (占…) keeps its
  // change on the value added, as the matrix and yinghe's answers read it; only a share told as the
  // industry's own 比重 (第三产业增加值比重为A%) is the share indicator.
  if (last.provenance.sentenceIndex !== sentence.sentenceIndex) return null;
  const shareClause =
    sentence.folded
      .slice(0, last.provenance.start)
      .split(/[,;，；。]/)
      .at(-1) ?? '';
  if (shareClause.includes('占')) return null;
  // 比上年提高, 较上年下降, 提高: the change's clause holds only its comparison, the verb its sign word.
  if (!/^(?:(?:比|较)(?:上年|去年)(?:同期)?)?$/.test(ownKey)) return null;
  if (!SHARE_SIGN_WORD.test(figure.signWord)) return null;
  const entry = catalogueEntry(code);
  return entry ? { entry, name: join.name } : null;
}

/**
 * 第三产业增加值占地区生产总值的比重比上年提高B个百分点 (session 32, fix131): the change's own clause names the
 * industry's share of GDP, with no level of it, right before the comparison: the move is the share's.
 */
const OWN_SHARE_CLAUSE =
  /占(?:全[县市区旗])?(?:地区生产总值|生产总值|GDP)(?:的)?比重(?:(?:比|较)(?:上年|去年)(?:同期)?)?$/;

function ownShareMove(folded: string, figure: Figure): boolean {
  if (!SHARE_SIGN_WORD.test(figure.signWord)) return false;
  const before = folded.slice(Math.max(0, figure.start - 40), figure.start);
  if (!before.includes('比重')) return false;
  const clause = before.split(/[,;，；。]/).at(-1) ?? '';
  return OWN_SHARE_CLAUSE.test(clause);
}

const SHARE_CODES = new Set(Object.values(SHARE_OF));

/** 第二产业, 三产: an industry named bare, without 增加值 or a share word of its own. */
const BARE_INDUSTRY = /^(?:第[一二三]产业|[一二三]产(?:业)?)$/;

const SHARE_SIGN_WORD = /^(?:提高|上升|提升|增加|下降|降低|减少|回落)$/;

/**
 * …第一产业比重下降a个百分点，第二产业提高b个百分点: a bare industry's points change right after another
 * industry's share change in the same sentence is its share's change too; null otherwise.
 */
function siblingShareChange(
  join: NamedIndicator,
  code: string,
  figure: Figure,
  last: Observation,
  sentence: { sentenceIndex: number },
): NamedIndicator | null {
  if (!SHARE_CODES.has(last.indicatorCode) || last.indicatorCode === code) return null;
  if (last.provenance.sentenceIndex !== sentence.sentenceIndex) return null;
  if (!BARE_INDUSTRY.test(join.name) || !SHARE_SIGN_WORD.test(figure.signWord)) return null;
  const entry = catalogueEntry(code);
  return entry ? { entry, name: join.name } : null;
}
