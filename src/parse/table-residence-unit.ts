// A row name merged down over two rows whose unit cells name the residence (居民人均可支配收入 over 城镇（元）
// and 农村（元）): each row is the urban or the rural residents' figure, in the unit in brackets, never the
// figure of all residents the merged name alone would give (session 28, fix93).

/** 城镇（元）, 农村居民（元）, 城市(元): a residence, then the row's unit in brackets. */
const RESIDENCE_UNIT = /^\s*(城镇|农村|城市|乡村)(?:常住)?(?:居民)?\s*[(（]\s*([^()（）]{1,6})\s*[)）]\s*$/;
/** 居民人均可支配收入, 常住居民人均消费支出, 人均可支配收入: a per-head figure of residents. */
const RESIDENTS = /^(?:全体|全市|全县|全区)?(?:常住)?(?:居民)?人均/;

/** Whether a cell names a residence and a unit (城镇（元）): a row of the residents' figure merged above. */
export const isResidenceUnit = (cell: string) => RESIDENCE_UNIT.test(cell);

/** The row's name and unit when its unit cell names the residence, else null. */
export function residenceRow(name: string, unitCell: string | null): { name: string; unit: string } | null {
  const residence = unitCell ? RESIDENCE_UNIT.exec(unitCell) : null;
  if (!residence?.[1] || !residence[2] || !RESIDENTS.test(name)) return null;
  const bare = name.replace(/^(?:全体|全市|全县|全区)/, '');
  const withResidents = /^(?:常住)?居民/.test(bare) ? bare : `居民${bare}`;
  return { name: `${residence[1]}${withResidents}`, unit: residence[2] };
}
