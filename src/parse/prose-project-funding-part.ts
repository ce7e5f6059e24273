// The part of a project's or a programme's total investment one funder pays: a project's funding, not the
// region's investment split by who pays for it.

/** 中央投资, 中央预算内投资, 省级投资, 地方投资: the funder's part, named by who pays it. */
const FUNDER_PART = /^(?:其中[,，]?)?(?:中央(?:预算内)?|国家|省级?|市级?|县级?|地方|上级|援[藏疆青])投资$/;

/** 总投资X亿元，其中: the total of a project or a programme right before, within its sentence. */
const TOTAL_BEFORE = /总投资(?:约|近|达)?\d+(?:\.\d+)?[亿万]?元[,，;；]?(?:其中[,，]?)?$/;

/**
 * 县城污水处理厂项目总投资4800万元，其中中央投资1800万元; 争取中央新增投资项目46个，总投资5.82亿元，其中中央投资
 * 2.37亿元: the centre's part of a project's or a programme's total is how that total is paid for (facts only), not
 * the region's 中央投资, the share of all its investment a Tibetan county's summary gives (session 45, fix372,
 * F7542). `before` is the sentence up to the clause, at most a short window of it.
 */
export function isProjectFundingPart(subject: string, before: string): boolean {
  return FUNDER_PART.test(subject.replace(/\s+/g, '')) && TOTAL_BEFORE.test(before);
}
