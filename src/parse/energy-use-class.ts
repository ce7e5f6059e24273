// 对年综合能耗5000吨标准煤以上的27家重点企业实行目标管理, 综合能耗在1万吨标准煤及以上的用能单位: the energy use that
// bounds the class of firms a county's energy-saving work follows (its 重点用能企业), part of the class's name and no
// figure of the report (README items 14 and 22; session 43, fix344, F7006). The energy used by the place or a firm
// (全年能源消费总量86万吨标准煤) has no 以上 and no class after it and stays a figure.

import type { Figure } from './numbers.js';

/** 吨标准煤, 万吨标准煤, 吨标煤: the unit of energy use. */
const STANDARD_COAL = /吨标(?:准)?煤$/;
/** 能耗, 耗能, 用能, 能源消费(量) right before the bound, 在 or 达 between. */
const ENERGY_USE_BEFORE = /(?:能耗|耗能|用能|能源消费量?|消耗能源)(?:在|达到?)?$/;
/** (及)以上(的) then the class: (N家)(重点)(用能|耗能)企业 or 单位, within a few characters and no mark. */
const CLASS_AFTER = /^(?:及)?(?:以上)?的?(?:\d+家)?[\u4e00-\u9fa5]{0,6}?(?:企业|单位)/;

/** Whether a figure is the energy-use bound in the name of a class of firms. */
export function isEnergyUseClassBound(folded: string, figure: Figure): boolean {
  if (!STANDARD_COAL.test(figure.quantity.unit)) return false;
  const own = folded.slice(figure.start, figure.end);
  const after = folded.slice(figure.end, figure.end + 16);
  if (!/以上/.test(own) && !/^(?:及)?以上/.test(after)) return false;
  return (
    ENERGY_USE_BEFORE.test(folded.slice(Math.max(0, figure.start - 6), figure.start)) &&
    CLASS_AFTER.test(after)
  );
}
