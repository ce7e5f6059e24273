// 草原综合植被盖度达到A%, 草原综合植被覆盖度, 天然草原牧草平均盖度: the share of the ground that plants cover,
// the pastoral counties' environment rate beside 森林覆盖率, named 盖度 (覆盖度) rather than 率 (held-out-355, F7191).

/** The rate's name as written: what is covered (植被, 牧草), then 综合/平均, then 盖度 or 覆盖度. */
const VEGETATION_COVER = /^[\u4e00-\u9fa5]{0,6}?(?:植被|牧草)(?:综合|平均)?(?:覆)?盖度$/;

/**
 * The same name closing a clause that states its figure (为, 是, 达, 达到, and 稳定在 or 保持在, which a half-year report
 * writes of a cover that held) or gives it bare.
 */
const STATED_VEGETATION_COVER = /(?:植被|牧草)(?:综合|平均)?(?:覆)?盖度\s*(?:为|是|达到?|稳定在|保持在)?\s*$/;

/** Whether `name` (spaces removed) is a vegetation cover rate. */
export const isVegetationCover = (name: string) => name.endsWith('盖度') && VEGETATION_COVER.test(name);

/** Whether a clause's text before its figure ends in a vegetation cover rate's name and its verb. */
export const statesVegetationCover = (clause: string) =>
  clause.includes('盖度') && STATED_VEGETATION_COVER.test(clause);
