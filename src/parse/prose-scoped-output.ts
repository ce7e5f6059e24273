// 规模以上工业战略性新兴产业产值512.46亿元，增长14.2%: a class of industries told within 规模以上 industry, its output
// in 亿元 as well as its growth (which the branch reader names as written); the level, refused by the aggregate
// reader for its 规模以上 opening, is read under the same written name (held-out-353, fix355 F7196).

/** The scope, then a class of industries (战略性新兴产业, 高技术产业, 装备制造产业) and its output. */
const SCOPED_CLASS_OUTPUT = /^(?:规模以上|规上)工业[\u4e00-\u9fa5]{2,10}?产业(?:总)?产值$/;

/** Words that make the class something else: places, firms, projects, shares, lists. */
const NOT_A_CLASS = /[县区旗镇乡村省市]|企业|项目|[占比为较的和与及、]/;

/** Whether a clause's subject (spaces removed) is a scoped class of industries' output. */
export const isScopedClassOutput = (name: string) =>
  SCOPED_CLASS_OUTPUT.test(name) && !NOT_A_CLASS.test(name.replace(/^(?:规模以上|规上)工业/, ''));
