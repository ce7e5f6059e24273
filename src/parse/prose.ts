// Prose figures: every number in the prose becomes a fact; headline figures joined to the catalogue
// become observations; `在某某市八县(市、区)中排名第三` style phrases become rankings.

import { CATALOGUE, type CatalogueEntry } from './catalogue.js';
import { normaliseName } from './normalise.js';
import { chineseNumeral, type Figure, isCountUnit, readOrdinal, scanFigures } from './numbers.js';
import { parseTarget, type TargetValue } from './targets.js';
import type {
  Fact,
  IndicatorRef,
  Measure,
  Observation,
  Ranking,
  Section,
  Sentence,
  Target,
} from './types.js';

/** A goal in the plan part (力争全年地区生产总值增长8%以上), not yet given its horizon or judged. */
export interface ProseTarget {
  target: Omit<Target, 'attainment' | 'attainmentReason' | 'horizon' | 'setBy'>;
  value: TargetValue;
}

export interface ProseReading {
  facts: Fact[];
  observations: Observation[];
  rankings: Ranking[];
  indicators: IndicatorRef[];
  targets: ProseTarget[];
}

/** Words that make a figure in the plan part a goal: 力争, 确保, 预期目标 … */
const TARGET_CUE = /力争|确保|争取|预期|预计|目标|计划|控制在|保持|达到|实现/;

/** Catalogue names and aliases, longest first, for finding an indicator inside a clause. */
const NAMES: ReadonlyArray<{ name: string; entry: CatalogueEntry }> = CATALOGUE.flatMap((entry) =>
  [entry.name, ...entry.aliases]
    // Chinese names, and Latin abbreviations of three letters or more (GDP, CPI).
    .filter((name) => /[\u4e00-\u9fa5]/.test(name) || /^[A-Za-z]{3,}$/.test(name))
    .map((name) => ({ name: normaliseName(name), entry })),
).sort((a, b) => b.name.length - a.name.length);

const CLAUSE_BREAK = /[,;:、。!?()]/;
const LEADING_SCOPE =
  /^(?:其中|截至?(?:目前|\d+月(?:底|末)?)|截止\d+月|今年以来|上半年|一季度|前三季度|全年|\d+-\d+月|全市|全县|全区|全镇|全旗|我市|我县|我区|累计|已|对|在|实现|完成|为)+/;
const TRAILING_LINK =
  /(?:同比|比上年同期|比上年|比去年同期|较上年|分别|累计|共计|合计|共|实现|完成|达到|达|为|控制在|约|超过|近|了|有|是|至|的|增长|下降|总计)+$/;
/** What may stand between an indicator name and its figure: 同比, 实现, 控制在 … */
const CONNECTOR =
  /^(?:同比|比上年同期|比上年|比去年同期|比去年|较上年同期|较去年同期|较上年|较去年|累计|共计|共|力争|确保|争取|预计|实现|完成额|完成|达到|达|为|控制在|增长率|增速|增幅|总额|分别|了|约)*$/;
/** A clause that only compares with an earlier period or the plan: its figure is about the previous subject. */
const FOLLOW_ON =
  /^(?:同比|比上年同期|比上年|比去年同期|较上年|(?:比|较)(?:第?[一二三四]季度|上半年|前三季度|上季度|上年|去年|年初|上月|\d+-\d+月|\d+月份?)|(?:占|完成|为)(?:年度?|全年)?(?:投资)?(?:预算|计划|任务|目标)的?|增速|增幅)*$/;
/** A clause giving an amount of change: 同比减收, 比年初增加, 较上年多. */
const AMOUNT_CHANGE =
  /^(?:同比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|比年初|较年初)?(增收|减收|增加|减少|多|少)了?$/;
const SHARE = /占|(?:完成|为)[^,;。]{0,12}?(?:预算|计划|任务|目标)/;
const GROWTH = /同比|比上年|比去年|增速|增幅|增长率/;
const RANKING =
  /在([^,;。]{2,30}?)(?:排名|排位|位列|位居|名列|居|排(?=第))(第?)([一二三四五六七八九十]{1,3}|\d{1,3})(名|位)?/g;
/** The scope written after the verb or before 排名 without 在: 居全市第2位, 排名全省第三, 全省排名第五. */
const RANKING_INLINE =
  /(?:(?:排名|排位|位列|位居|名列|居|排)(全国|全省|全市|全区|全州|[\u4e00-\u9fa5]{2,8}?(?:省|市|州|盟))|(全国|全省|全市|全区|全州)(?:排名|排位|排(?=第)))(第)([一二三四五六七八九十]{1,3}|\d{1,3})(名|位)?/g;
// The shortest name ending in a region suffix that is not itself followed by one: 南州市, not 南州.
const SCOPE = /^([\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|县|区|州|盟))(?![省市县区州盟])/;
const GROUP = /([一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:县|区|市|镇|乡|地市|城市|省)/;

/** The size of a group of places a text names: 八县(市、区) → 8, 全市6个县 → 6; null if none. */
export function groupSize(text: string): number | null {
  const group = GROUP.exec(text);
  if (!group?.[1]) return null;
  return /^\d+$/.test(group[1]) ? Number(group[1]) : chineseNumeral(group[1]);
}

function measureOf(figure: Figure, clause: string): Measure {
  const { baseUnit } = figure.quantity;
  if (figure.kind === 'ratio') return 'structure';
  if (figure.kind === 'fraction') return 'share';
  if (baseUnit === 'pp') return 'change';
  if (baseUnit === '%') {
    if (SHARE.test(clause)) return 'share';
    if (figure.signWord || GROWTH.test(clause)) return 'growth';
    return 'rate';
  }
  return isCountUnit(baseUnit) ? 'count' : 'level';
}

function cleanSubject(clause: string): string {
  let subject = clause.trim();
  for (let k = 0; k < 3; k++) subject = subject.replace(LEADING_SCOPE, '').replace(TRAILING_LINK, '').trim();
  return subject;
}

const JOIN_WINDOW = 40;

/** The key clauses are compared by: the text is already width-folded, so only spaces and case remain. */
const clauseKey = (clause: string) =>
  clause
    .slice(-JOIN_WINDOW)
    .replace(/\s+/g, '')
    // 地区生产总值(GDP)45.2亿元: a short bracketed gloss after the name is not part of the link.
    .replace(/\([^()]{1,12}\)(?=[^()]{0,8}$)/g, '')
    .toLowerCase();

/** The catalogue indicator a clause names right before its figure (longest name first), as written. */
function joinIndicator(
  clause: string,
  key = clauseKey(clause),
): { entry: CatalogueEntry; name: string } | null {
  for (const { name, entry } of NAMES) {
    const at = key.lastIndexOf(name);
    // A Latin abbreviation must stand on its own: gdp, not the end of another word.
    if (at > 0 && /[a-z]/.test(name.charAt(0)) && /[a-z]/.test(key.charAt(at - 1))) continue;
    if (at >= 0 && CONNECTOR.test(key.slice(at + name.length))) return { entry, name };
  }
  return null;
}

/** The catalogue indicator a clause starts with (after a scope such as 全县). */
function leadingIndicator(clause: string): { entry: CatalogueEntry; name: string } | null {
  const key = cleanSubject(clause).replace(/\s+/g, '').toLowerCase();
  for (const { name, entry } of NAMES) if (key.startsWith(name)) return { entry, name };
  return null;
}

/** Spans of short quoted phrases (“3个三”, “飓风2020”): numbers inside them are names, not figures. */
function quotedSpans(folded: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    if (open < 0 && (code === 0x201c || code === 0x300c || code === 0x22)) open = i;
    else if (open >= 0 && (code === 0x201d || code === 0x300d || code === 0x22)) {
      if (i - open <= 16) spans.push([open, i + 1]);
      open = -1;
    }
  }
  return spans;
}

/**
 * Expands 存、贷款分别增长5.7%、12.4% into one subject per figure: 存款, 贷款; and 城乡居民人均可支配
 *收入分别… into 城镇居民…, 农村居民….
 */
function distributiveSubjects(clauseText: string): string[] | null {
  const paired = /城乡([\u4e00-\u9fa5]{2,16}?)分别/.exec(clauseText);
  if (paired?.[1]) return [`城镇${paired[1]}`, `农村${paired[1]}`];
  const m = /((?:[\u4e00-\u9fa5]{1,12}、)+[\u4e00-\u9fa5]{1,12})分别/.exec(clauseText);
  if (!m?.[1]) return null;
  const items = m[1].split('、');
  const last = items[items.length - 1] ?? '';
  return items.map((item, k) => {
    if (k === items.length - 1) return item;
    const head = item.length <= 2 ? item.length : 1;
    const suffix = last.slice(Math.min(head, last.length - 1));
    return item.endsWith(suffix) ? item : item + suffix;
  });
}

/** Where the clause that ends at `end` begins, looking no further back than `floor`. */
function clauseStartBefore(folded: string, end: number, floor: number): number {
  const back = (from: number) => {
    let at = from;
    while (at > floor && !CLAUSE_BREAK.test(folded.charAt(at - 1))) at--;
    return at;
  };
  const start = back(end);
  if (folded.charAt(start - 1) !== ')') return start;
  // 地区生产总值(GDP)45.2亿元: step over a short bracketed gloss between the name and the figure
  // (a bounded look back, so a long line of brackets stays linear).
  const from = Math.max(floor, start - 14);
  const open = folded.slice(from, start - 1).lastIndexOf('(');
  return open < 0 ? start : back(from + open);
}

export function readProse(
  source: string,
  folded: string,
  sentences: readonly Sentence[],
  sections: readonly Section[],
): ProseReading {
  const reading: ProseReading = { facts: [], observations: [], rankings: [], indicators: [], targets: [] };
  const known = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.kind !== 'prose') continue;
    // Figures in the plan part are goals, not results: they stay facts but never become observations.
    const planned = sentence.sectionIndex !== null && sections[sentence.sectionIndex]?.phase === 'planned';
    const quotes = quotedSpans(folded, sentence.start, sentence.end);
    const figures = scanFigures(folded, sentence.start, sentence.end).filter(
      (f) => !quotes.some(([a, b]) => f.start >= a && f.end <= b),
    );
    let previous: { subject: string; join: ReturnType<typeof joinIndicator> } = { subject: '', join: null };
    let previousEnd = sentence.start;
    let distributive: string[] | null = null;
    let distributiveAt = 0;
    let distributiveSign = 0;
    const sentenceFacts: Fact[] = [];
    for (const figure of figures) {
      const clauseStart = clauseStartBefore(folded, figure.start, previousEnd);
      const clause = folded.slice(clauseStart, figure.start);
      // A figure listed after 、 in a 分别 phrase takes the next subject of the list.
      const listed = /[、和及与]/.test(folded.charAt(figure.start - 1)) && distributive !== null;
      if (!listed) {
        const lead = folded.slice(Math.max(sentence.start, clauseStart - 30), figure.start);
        distributive = /分别[^,;。]{0,6}$/.test(lead) ? distributiveSubjects(lead) : null;
        distributiveAt = 0;
        distributiveSign = figure.signWord ? (figure.quantity.value < 0 ? -1 : 1) : 0;
      }
      let subject = cleanSubject(clause);
      const key = clauseKey(clause);
      let join = joinIndicator(clause, key);
      // 同比减收0.5亿元, 比年初增加25亿元: an amount of change of the previous figure's subject.
      const amountChange =
        !distributive && figure.kind === 'number' && figure.quantity.baseUnit !== '%'
          ? AMOUNT_CHANGE.exec(key)
          : null;
      if (distributive) {
        subject = distributive[distributiveAt] ?? subject;
        distributiveAt++;
        join = joinIndicator(subject);
      } else if (amountChange) {
        subject = previous.subject;
        join = previous.join;
      } else if (!join && figure.kind !== 'ratio' && FOLLOW_ON.test(key)) {
        // 同比下降2.0%, 比第一季度收窄5.2个百分点: still about the previous figure's subject, or,
        // when no figure came before, the indicator the clause before starts with
        // (固定资产投资增长乏力，同比下降3.5%).
        subject = previous.subject;
        join = previous.join;
        if (!join && previous.subject === '') {
          const before = Math.max(sentence.start, clauseStart - 1);
          const named = leadingIndicator(
            folded.slice(clauseStartBefore(folded, before, sentence.start), before),
          );
          if (named) {
            subject = named.name;
            join = named;
          }
        }
      }
      if (figure.kind === 'ratio' && subject === '') subject = previous.subject;
      let measure = measureOf(figure, clause);
      let quantity = { ...figure.quantity, raw: source.slice(figure.start, figure.end) };
      if (amountChange) {
        measure = 'change';
        if (/减|少/.test(amountChange[1] ?? '') && quantity.value > 0)
          quantity = { ...quantity, value: -quantity.value, valueBase: -quantity.valueBase };
      }
      if (listed && distributiveSign && figure.quantity.baseUnit === '%' && !figure.signWord) {
        // 分别增长5.7%、12.4%: the verb before the first figure applies to the whole list.
        measure = 'growth';
        if (distributiveSign < 0)
          quantity = { ...quantity, value: -quantity.value, valueBase: -quantity.valueBase };
      }
      const provenance = { sentenceIndex: sentence.index, start: figure.start, end: figure.end };
      const fact: Fact = {
        subject,
        measure,
        quantity,
        indicatorCode: join?.entry.code ?? null,
        provenance,
      };
      reading.facts.push(fact);
      sentenceFacts.push(fact);
      if (join && planned && (measure === 'growth' || measure === 'level' || measure === 'rate')) {
        // 力争全年地区生产总值增长8%以上，固定资产投资增长10%: the cue holds for the whole sentence.
        if (TARGET_CUE.test(folded.slice(sentence.start, figure.start)) || quantity.qualifier !== null) {
          const text = source.slice(figure.start, figure.end);
          const value = parseTarget(folded.slice(figure.start, figure.end), quantity.unit || null);
          reading.targets.push({
            value,
            target: {
              indicatorCode: join.entry.code,
              indicatorName: join.name,
              kind: 'target',
              value: value.value,
              unit: value.unit,
              comparator: value.comparator,
              text,
              raw: source.slice(clauseStart, figure.end),
              provenance,
            },
          });
        }
      }
      if (join && measure !== 'structure' && !planned) {
        reading.observations.push({
          indicatorCode: join.entry.code,
          indicatorName: join.name,
          source: 'prose',
          measure: measure === 'count' ? 'level' : measure,
          quantity,
          text: null,
          provenance,
        });
        if (!known.has(join.entry.code)) {
          known.add(join.entry.code);
          reading.indicators.push({ code: join.entry.code, name: join.entry.name, unit: null, known: true });
        }
      }
      if (figure.kind !== 'ratio' || subject) previous = { subject, join };
      previousEnd = figure.end;
    }
    readRankings(source, folded, sentence, sentenceFacts, reading.rankings);
  }
  return reading;
}

function readRankings(
  source: string,
  folded: string,
  sentence: Sentence,
  facts: readonly Fact[],
  out: Ranking[],
): void {
  const text = folded.slice(sentence.start, sentence.end);
  const matches: { index: number; raw: string; scopeText: string; ordinal: string }[] = [];
  RANKING.lastIndex = 0;
  for (let m = RANKING.exec(text); m !== null; m = RANKING.exec(text)) {
    if (!m[2] && !m[4]) continue; // 位于…前列 and other standings without a number
    matches.push({ index: m.index, raw: m[0], scopeText: m[1] ?? '', ordinal: m[3] ?? '' });
  }
  RANKING_INLINE.lastIndex = 0;
  for (let m = RANKING_INLINE.exec(text); m !== null; m = RANKING_INLINE.exec(text)) {
    const at = m.index;
    if (matches.some((other) => at < other.index + other.raw.length && other.index < at + m[0].length))
      continue;
    matches.push({ index: at, raw: m[0], scopeText: m[1] ?? m[2] ?? '', ordinal: m[4] ?? '' });
  }
  matches.sort((a, b) => a.index - b.index);
  for (const m of matches) {
    const rank = readOrdinal(m.ordinal);
    if (rank === null) continue;
    const scopeText = m.scopeText;
    const scope = SCOPE.exec(scopeText)?.[1] ?? scopeText;
    const of = groupSize(scopeText.slice(scope.length));
    const start = sentence.start + m.index;
    // 地区生产总值增速居全市第一位: the clause names what is ranked; otherwise (增速在…中排名第四,
    // or a clause of its own) the ranking is about the figure before it.
    const clause = folded.slice(clauseStartBefore(folded, start, sentence.start), start);
    const named = clause.trim() === '' ? null : joinIndicator(clause);
    const before = facts.filter((f) => f.provenance.end <= start);
    const fact = before[before.length - 1];
    const subject = named
      ? { indicatorCode: named.entry.code, subject: named.name }
      : { indicatorCode: fact?.indicatorCode ?? null, subject: fact?.subject ?? '' };
    out.push({
      indicatorCode: subject.indicatorCode,
      subject: subject.subject,
      rank,
      of,
      scope,
      source: 'prose',
      raw: source.slice(start, start + m.raw.length),
      provenance: { sentenceIndex: sentence.index, start, end: start + m.raw.length },
    });
  }
}
