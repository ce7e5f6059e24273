// Figures of another place the report names: a county's report that sets itself beside its neighbours
// (柳畈县、石湾县地区生产总值分别增长a%和b%) gives their figures, not its own; so does one that goes
// through its townships (分乡镇看，东岭镇、西坳乡规上工业总产值分别增长a%和b%).

import { leadingIndicator } from './prose-clauses.js';
import type { FigureClause } from './prose-figure-clause.js';
import { NOT_A_PLACE, type OwnPlace, ownNameAt } from './prose-rank-subject.js';
import { namedSight } from './sight-place.js';

/** What may stand before a clause's subject: 同期, 上半年, 其中. */
const LEAD =
  /^(?:其中|同期|同时|而|另外)?(?:今年|本年)?(?:上半年|下半年|一季度|前三季度|全年|今年以来|1-\d{1,2}月份?)?(?:周边|邻近|相邻|毗邻|邻)?(?:县区|县市|县|市|区)?(?=[\u4e00-\u9fa5]{1,6}?(?:[县区市旗镇乡]|街道|办事处))/;
/**
 * A place's name: 柳畈县, 石湾区, 丙市, or one of the region's own townships 东岭镇, 西坳乡, 城南街道
 * (lazy, so 柳畈县地区… stops at 县).
 */
const PLACE = /^[\u4e00-\u9fa5]{1,6}?(?:县|区|市|旗|镇|乡|街道|办事处)(?![县区市旗镇乡村])/;
/**
 * 澧川高新区, 甲工业集中区, 乙工业园: a park inside the region (session 23, fix63); its figures are the
 * park's, not the report's, as a township's are (甲高新区、乙工业园规模工业增加值分别增长…); a park two
 * places build together is named with both, joined by a dash (甲—乙产业园新增就业N人: the park's jobs);
 * 甲新城片区完成固定资产投资X亿元: a 片区 is such a part of the region too (fix172).
 */
const PARK =
  /^(?:[\u4e00-\u9fa5]{2,6}[—–-])?[\u4e00-\u9fa5]{1,8}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业集中区|工业园区|产业园区|工业园|产业园|科技园|片区)(?![\u4e00-\u9fa5]{0,2}(?:管委会|建设))/;
/** A region that is a development zone or park (甲经济开发区, 乙高新区, 丙工业园区). */
const OWN_ZONE = /(?:开发区|高新区|经开区|园区|新区)$/;
/** A zone's kind, which its own report may name it by: 合作区, 开发区, 试验区. */
const ZONE_KIND = /^(?:合作区|开发区|高新区|经开区|园区|新区|试验区|保税区)$/;
/** 开发区实现…, 园区完成…: a zone named by its kind alone before the verb of its figure. */
const BARE_ZONE = /^(?:开发区|高新区|经开区|园区)(?=实现|完成|累计)/;
/** A clause with its spaces stripped, less what may stand before a place's name (LEAD). */
export function withoutPlaceLead(compact: string): string {
  return compact.replace(LEAD, '');
}
/** What a place's name may be followed by to be a figure's subject: its measure or 分别 (else an indicator). */
const PLACE_MEASURE = /^(?:的)?(?:增速|增幅|总量|分别|同比|均)/;

/**
 * 柳畈县、石湾县地区生产总值分别增长…, 同期柳畈县规模以上工业增加值增长…: whether a clause opens with
 * one or more places named other than the report's own (not 全县, 我县, 本市, 该县, nor the report's name),
 * followed by an indicator or a measure, so the figure it leads to is that place's.
 */
export function namedOtherPlace(clause: string, own: OwnPlace | null, record?: FigureClause): boolean {
  // (the clause's record, when readProse hands it, has these words stripped once for this and PlaceRun)
  let rest = record ? record.placeWords : withoutPlaceLead(clause.replace(/\s+/g, ''));
  // 占开发区固定资产投资的A%, 占甲县税收收入的B%: the whole a share is of, never a place the figure is of
  // (PARK's lazy name would take 占 in; session 35, fix194).
  if (rest.startsWith('占')) return false;
  // 园区实现技工贸总收入… in a county's report: its zone's figure, named by the zone's kind alone; a zone's own
  // report says so of itself (prose-clauses.ts strips the word there as it does 全县). Session 38, fix257.
  if (own && !OWN_ZONE.test(own.name) && BARE_ZONE.test(rest)) return true;
  let places = 0;
  for (;;) {
    if (/^[全我本该各]/.test(rest)) return false;
    // 甲河源景区接待游客…: a named sight is a part of the region as a park is (F6813).
    const park = PARK.exec(rest)?.[0] ?? namedSight(rest);
    const place = park ?? PLACE.exec(rest)?.[0];
    if (!place || (!park && NOT_A_PLACE.test(place))) return false;
    // 漳川经济开发区 in 漳川县's report: a park named after its county is still the park, not the county
    // (only a zone's own report names itself so).
    if (own && (park ? park === own.name : ownNameAt(place, own) !== '' || own.name.startsWith(place)))
      return false;
    // 合作区规模以上工业总产值… in 甲边境经济合作区's own report: the zone named by its kind alone is itself (fix275).
    if (own && !park && ZONE_KIND.test(place) && own.name.endsWith(place)) return false;
    places++;
    rest = rest.slice(place.length);
    const joiner = /^[、和与及]/.exec(rest)?.[0];
    if (!joiner) break;
    rest = rest.slice(joiner.length);
  }
  return places > 0 && (PLACE_MEASURE.test(rest) || leadingIndicator(rest) !== null);
}

/**
 * N个乡镇（开发区）中，甲开发区规上工业产值增长a%，固定资产投资完成年度任务的b%: the count of the places
 * gone through, before 中, opens the sentence as the base of the place named after it; the place's clause is
 * then the sentence's first of its own, and the run it opens holds the clauses after it (session 30, fix105).
 */
const PLACES_COUNTED =
  /^[^,;。]{0,12}?\d+个(?:乡镇|镇|乡|街道|县|区|县市区|园区|开发区)(?:\([^()]{1,12}\))?中,\s*$/;

/** Whether the sentence before a clause is only such a count of places (the clause's place is its first). */
export function placesCountedBefore(sentenceBefore: string): boolean {
  return PLACES_COUNTED.test(sentenceBefore);
}

/** 其规上工业增加值…: 其 pointing back to the sentence's subject (not 其中, 其他, 其余, 其次, 其实). */
const POINTS_BACK = /^其(?![中他它余次实间])/;

/**
 * 乙县增长4.6%，居全市末位，…，其规上工业增加值下降1.8%: a clause whose 其 points back to the place the
 * sentence opened with is that place's figure, when the place is another than the report's own.
 */
export function pointsBackToOtherPlace(clause: string, sentence: string, own: OwnPlace | null): boolean {
  if (!POINTS_BACK.test(clause.replace(/\s+/g, ''))) return false;
  const rest = sentence.replace(/\s+/g, '').replace(LEAD, '');
  if (/^[全我本该各]/.test(rest)) return false;
  const park = PARK.exec(rest)?.[0];
  const place = park ?? PLACE.exec(rest)?.[0];
  if (!place || (!park && NOT_A_PLACE.test(place))) return false;
  return !(own && (ownNameAt(place, own) !== '' || own.name.startsWith(place)));
}

/** What sets a paragraph's opening place name off as its label: a space or a colon, then the text. */
const PARAGRAPH_LABEL = /^(?:[\s\u3000]+|[\s\u3000]*[：:][\s\u3000]*)(?=[\u4e00-\u9fa5])/;

/** 全市, 我县, 本区: the report's own whole named again, which ends another place's run. */
const OWN_WHOLE = /[全我本](?:省|市|州|盟|县|区|旗)/;

/**
 * 甲区　地区生产总值a亿元…: whether a paragraph opens with a place's name, other than the report's own,
 * set off by a space or a colon as its label (a news page's round-up of a city's counties), so its
 * figures and ranks are that place's.
 */
export function opensWithPlaceLabel(line: string, own: OwnPlace | null): boolean {
  const text = line.replace(/^\s+/, '');
  const place = PLACE.exec(text)?.[0];
  return (
    place !== undefined &&
    // 东城区, 漷城区: a district named …城区 is a place here (NOT_A_PLACE's 城区 is the bare word).
    (!NOT_A_PLACE.test(place) || (place.length > 2 && /[^全我本该各主][城市]区$/.test(place))) &&
    PARAGRAPH_LABEL.test(text.slice(place.length)) &&
    !(own && (ownNameAt(place, own) !== '' || own.name.startsWith(place)))
  );
}

/**
 * 甲区全年实现地区生产总值a亿元，增长b%；规模以上工业增加值增长c%；社会消费品零售总额d亿元: a 公报's
 * paragraph on one of its counties names the county once and goes on over ；, each clause the county's.
 * The run is opened by a place named at a sentence's first figure and goes on through the sentences
 * joined to it by ；, until a clause names the report's own whole again (全市, 我县) or a 。 ends it.
 */
export class PlaceRun {
  private on = false;
  /** Whether the paragraph under way opens with another place's name as its label. */
  private labelled = false;

  /**
   * At a paragraph's start: 甲区　地区生产总值a亿元…, a news page's paragraph on one county of a city's
   * round-up, opens with the county's name set off by a space (or ：) as its label; the whole paragraph
   * is that county's, its 全市 words (高于全市平均, 列全市第4) being the city as its benchmark.
   */
  paragraph(line: string, own: OwnPlace | null): void {
    this.labelled = opensWithPlaceLabel(line, own);
  }

  /** At a sentence's start: the run goes on only past a ； (folded to ;). */
  sentence(folded: string, start: number): void {
    if (!/;\s*$/.test(folded.slice(Math.max(0, start - 3), start))) this.on = false;
  }

  /** Whether a figure is the run's place's: `named` when its clause names the place itself. */
  figure(clause: string, named: boolean, first: boolean, record?: FigureClause): boolean {
    if (this.labelled) return true;
    if (named && first) this.on = true;
    // 申岚市…下降1.2%；浦泾区…增长4.6%: a sentence of the run opening with a place of its own (the
    // report's own here, which namedOtherPlace does not count) leaves the run's place.
    else if (first && PLACE.test(record ? record.placeWords : withoutPlaceLead(clause.replace(/\s+/g, ''))))
      this.on = false;
    if (OWN_WHOLE.test(clause)) this.on = false;
    return named || this.on;
  }
}
