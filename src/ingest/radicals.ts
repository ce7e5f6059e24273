// Radicals where characters belong. Fonts map some glyphs to the Kangxi Radicals and CJK Radicals
// Supplement blocks (⼯ for 工, ⺠ for 民, ⻓ for 长), so a PDF's text layer may read 规模以上⼯业 where the
// page shows 规模以上工业; no indicator name matches that. Each radical becomes its ideograph, one
// UTF-16 unit for one, so positions do not move.

/** The CJK Radicals Supplement forms fonts use for whole characters; NFKC knows only two of them. */
const SUPPLEMENT: Record<string, string> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (radical) => {
    const unified = SUPPLEMENT[radical] ?? radical.normalize('NFKC');
    return unified.length === 1 ? unified : radical;
  });
}
