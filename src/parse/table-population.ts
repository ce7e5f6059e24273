// A population table: a communiqué's 年末人口数及其构成 (指标 | 年末数(万人) | 比重(%)) lists the
// population and its parts (城镇, 乡村, 男性, 女性, 0-15岁 …) with each part's share of the whole.
// Population is facts only in every communiqué the answers read, and a table's cells give no facts,
// so none of its rows is read: the parts' 比重 are no shares of an indicator the report tracks.

/** 年末人口数及其构成, 常住人口及其构成: a caption naming the population's make-up. */
const POPULATION_CAPTION = /人口(?:数|总数)?及其?构成/;

/** 全县常住人口, 年末总人口, 户籍人口: a row naming the population as a whole. */
const POPULATION_TOTAL = /^(?:年末)?(?:全[国省市县区旗州盟])?(?:年末)?(?:常住|户籍|总)人口(?:数|总数)?$/;

/** 城镇, 乡村, 男性, 女性, 0-15岁, 60周岁及以上: the parts of a population a table breaks it into. */
const POPULATION_PART = /^(?:城镇|乡村|农村|男性?|女性?|[\d—–-]+(?:周?岁|周岁).*)(?:人口)?$/;

/**
 * Whether a table is the population and its make-up: its caption says so, or its first row is the
 * population as a whole and every other row a part of it.
 */
export function isPopulationTable(names: readonly string[], caption: string | null): boolean {
  if (caption !== null && POPULATION_CAPTION.test(caption.replace(/\s/g, ''))) return true;
  const [first, ...rest] = names.map((name) => name.replace(/\s/g, '').replace(/^其中[:：]/, ''));
  return (
    first !== undefined &&
    POPULATION_TOTAL.test(first) &&
    rest.length > 0 &&
    rest.every((name) => name === '' || POPULATION_PART.test(name))
  );
}
