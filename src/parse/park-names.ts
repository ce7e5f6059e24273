// The words a park's, a 兵团 farm's or a business district's name ends with, as data, and the patterns the
// three park rules build from them (session 45, fixpark): a sentence a park opens (prose-scope's parkSentence),
// a goal's clause a park opens (park-goal-clause) and a written name's figure (prose-written-names' PARK_FIGURE).
// Each rule keeps its own context (where the name stands, which verbs follow); a word one of them must not take
// is an exclusion below with its reason, never a silently shorter list.

/** A rule that reads a body's name from this vocabulary. */
export type ParkRule = 'opening' | 'goalClause' | 'figure';

export interface ParkWord {
  /** The word as written at the end of a name (甲工业园区's 园区). */
  readonly word: string;
  /** Its pattern, when the word alone is not it (工业园 with or without 区). */
  readonly pattern?: string;
  /** Why a name ending so is a body of its own, whose figures are not the report's place's. */
  readonly why: string;
}

/**
 * The vocabulary. Order matters only for speed and for what a rule's capture holds: a longer word standing
 * where a shorter one would also match comes first.
 */
export const PARK_WORDS: readonly ParkWord[] = [
  {
    word: '工业园',
    pattern: '工业园区?',
    why: '甲工业园完成…, 乙工业园区入驻企业达到N家 (fix88, held-out-315 F6854): the industrial park, with or without 区',
  },
  {
    word: '产业园',
    pattern: '产业园区?',
    why: '甲县乙产业园新入园企业N家: a county’s industry park named with the county',
  },
  { word: '物流园', pattern: '物流园区?', why: 'a logistics park’s own figures (its freight, its firms)' },
  {
    word: '科技园',
    pattern: '科技园区?',
    why: '甲科技园区入驻企业…: a science park is such a body too (session 43, fix342, F7028)',
  },
  {
    word: '园区',
    why: '甲农产品加工园区完成基础设施投资X亿元: any 园区, not only an industrial one (held-out-370, fix368, F7473)',
  },
  { word: '开发区', why: '乙经济开发区实现…: an economic or technical development zone' },
  {
    word: '集中区',
    why: '县工业集中区新增规上企业3家 (the first park sentence, prose-scope), 丙工业集中区 (fix358): an industry cluster zone',
  },
  {
    word: '高新区',
    why: '泮溪高新区…: a high-tech zone; its own report opens its sentences with its name (the region check keeps those)',
  },
  { word: '示范区', why: '甲示范工业园区, 乙农业示范区全年实现…: a demonstration zone’s own goal (fix358)' },
  {
    word: '集聚区',
    why: '甲产业集聚区全年实现…: an industry agglomeration zone, the 河南 name for a park (fix358)',
  },
  { word: '聚集区', why: '甲产业聚集区: the same zone written the other way round (fix358)' },
  {
    word: '商务中心区',
    why: '甲商务中心区入驻企业达到N家，实现税收X亿元: a district’s business centre (session 43, fix342, F7028)',
  },
  { word: '中央商务区', why: 'a central business district, the same body by its other name (fix342)' },
  {
    word: '兵团',
    why: '驻县兵团团场实现生产总值X万元 in 新疆: the county’s own figures 不含兵团, the corps’ are its own',
  },
  { word: '团场', why: '11个团场实现生产总值 (F6394): the corps’ farms beside the county' },
  {
    word: '农场',
    pattern: '(?<!家庭)农场',
    why: 'a state farm (国营农场) in 黑龙江 or 内蒙古, never a 家庭农场 (a count of family farms the county fosters)',
  },
  { word: '垦区', why: 'a reclamation area (垦区) of state farms, beside the county as a 农场 is' },
];

/** Words a rule does not take, each with why: every other word of PARK_WORDS is the rule's. */
export const PARK_EXCLUSIONS: Readonly<Record<ParkRule, Readonly<Record<string, string>>>> = {
  opening: {
    园区:
      'the opening may stand bare after a year word (全年园区实现税收收入X亿元), and a bare 园区 is a zone’s own report ' +
      'speaking of itself (江西泷渼经济开发区, 四川湔江经济开发区: the region check cannot tell 园区 from the zone’s ' +
      'name); the opening takes the named kinds (工业园区, 产业园区, 物流园区, 科技园区) and the bare 园区 only after a speaker',
  },
  goalClause: {},
  figure: {
    高新区:
      'a high-tech zone’s own report opens its sentences with its name (泮溪高新区完成…, gnews-forms): PARK_FIGURE ' +
      'has no region to tell that report from a county’s, so it would take the zone’s own figures from its report',
  },
};

/** The words a rule takes, in PARK_WORDS' order. */
export function parkWordsOf(rule: ParkRule): readonly ParkWord[] {
  const excluded = PARK_EXCLUSIONS[rule];
  return PARK_WORDS.filter((w) => !(w.word in excluded));
}

/** `(?:工业园区?|…|垦区)`: a non-capturing group of the words a rule takes, for its own pattern to place. */
export function parkNameEnd(rule: ParkRule): string {
  return `(?:${parkWordsOf(rule)
    .map((w) => w.pattern ?? w.word)
    .join('|')})`;
}

/**
 * A cheap test a sentence must pass before the opening pattern is tried: every word the opening takes, as
 * written, and the bare bodies a speaker names (园区, 公司). A literal alternation with no lead: most figures'
 * sentences name none, and the opening pattern's lazy lead was 0.7% of the parser's time on all of them (session 32).
 */
export const NAMES_A_BODY = new RegExp(
  [...new Set([...parkWordsOf('opening').map((w) => w.word), '园区', '公司'])].join('|'),
);
