// The parts the 2004–2010 investment statistics split all fixed-asset investment into, as a county 公报 of those
// years names them: 城镇50万元以上项目投资 (the survey's urban scope, projects above its bound; 500万元 from 2011)
// and 农村私人投资, 农户投资, 农村非农户投资 (the rural part, by who invests). Each is a named aggregate, though the
// 镇 of 城镇 and the 村 of 农村 name places elsewhere and a bound's figure sits inside the first. Older ones split it
// by the investor's economic type too (国有单位投资, 个人投资).

/** 城镇50万元以上项目投资, 城镇500万元以上项目完成投资, 城镇50万元以上固定资产投资: the urban scope's projects. */
const URBAN_SCOPE = /^城镇\d+万元(?:及)?以上(?:建设)?(?:项目)?(?:完成)?(?:固定资产)?投资$/;
/** 农村私人投资, 农户个人投资, 农村非农户投资: the rural part by who invests (农村投资 bare is prose-branches'). */
const RURAL_SCOPE = /^(?:农村|农户|农村农户)(?:私人|个人|非农户)(?:固定资产)?投资$/;

/**
 * 国有单位投资, 集体单位投资, 个人投资, 城乡个人投资: all investment split by who invests (the economic type), as a
 * county 公报 of the 1990s–2000s names the parts after 其中 (session 51, fix482_483, F10273).
 */
const OWNER_SCOPE = /^(?:国有|集体|城乡个人|城乡居民个人|个人|个体|私营个体)(?:单位|经济)?(?:固定资产)?投资$/;

/** Whether `name` (its leading scope words already cut) names one of the survey's parts of all investment. */
export function isSurveyScopeInvestment(name: string): boolean {
  return URBAN_SCOPE.test(name) || RURAL_SCOPE.test(name) || OWNER_SCOPE.test(name);
}
