// 粮食生产克服旱灾影响，总产量X万吨，比上年下降A%: a clause opening with a crop's 生产 and words only names what
// the bare 总产量 (or 产量) after it is of; the output is that crop's, its name said once for both (session 45,
// fix373b, F7782).

import type { ChainSubject } from './prose-chain-subject.js';
import { joinIndicator } from './prose-clauses.js';

/** The figure's own clause names only the output (总产量, 产量, after 实现 or 全年). */
const BARE_OUTPUT = /^(?:全年)?(?:实现|完成)?(?:总产量|产量)(?:达到?|为|实现)?$/;
/** The clause before opens with a product's 生产 and holds no figure (粮食生产克服旱灾影响, 油料生产喜获丰收). */
const PRODUCT_PRODUCTION =
  /^(?:全年|今年|全县|全市|全区)?([\u4e00-\u9fa5]{2,4}?)生产(?!总值)[\u4e00-\u9fa5]{0,16}$/;

/**
 * The output the bare 总产量 names, when the clause before says whose production it is; `prior` reads that clause
 * only once the figure's own clause is a bare output (a walk back, kept off every other figure's path).
 */
export function productOutputSubject(own: string, prior: () => string | null): ChainSubject | null {
  if (!BARE_OUTPUT.test(own.replace(/\s+/g, ''))) return null;
  const product = PRODUCT_PRODUCTION.exec((prior() ?? '').replace(/\s+/g, ''))?.[1];
  if (!product) return null;
  const join = joinIndicator(`${product}总产量`) ?? joinIndicator(`${product}产量`);
  return join ? { subject: join.name, join } : null;
}
