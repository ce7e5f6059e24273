// 分产业集群看，智能网联新能源汽车产业集群产值增长A%，智能装备及智能制造产业集群产值增长B%: a manufacturing cluster a
// province names as one of its 集群 (Chongqing's 33618 system, the state's 先进制造业集群), its output, value added or
// revenue named as written, however long its name and though an 及 joins its parts (held-out-353, fix355 F7195).

/** The cluster's own words, then (产业)集群 and the figure's kind. */
const NAMED_CLUSTER = /^[\u4e00-\u9fa5]{2,16}?(?:产业)?集群(?:产值|总产值|增加值|营业收入|主营业务收入)$/;

/**
 * A place's clusters (县域特色产业集群), a counted group (两大产业集群: prose-branches.ts's COUNTED_CLUSTERS), firms,
 * projects, a share or a comparison, or a scope before the name: no named cluster.
 */
const NOT_A_CLUSTER =
  /[县区旗镇乡村省市]|街道|企业|项目|[占比为较的至、和与]|^(?:全部|规模以上|规上|工业|其中)|[两二三四五六七八九十\d](?:个|大)/;

/** Whether a clause's subject (spaces removed) is a named cluster's output, value added or revenue. */
export const isNamedClusterFigure = (name: string) =>
  name.includes('集群') && NAMED_CLUSTER.test(name) && !NOT_A_CLUSTER.test(name);
