// Lines a web page or a converted file shows around a report that are not part of it: breadcrumbs,
// print and share links, copyright and 备案 (ICP registration) lines.

const JUNK_LINE = [
  /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/,
  /^(?:首页|网站首页|主页)\s*[>»›>]/,
  // Not 备案 alone: reports count 项目备案.
  /备案号|ICP备|ICP证|版权所有|网站标识码|公网安备|Copyright|©/i,
  /^(?:主办单位|承办单位|技术支持|联系电话)\s*[:：]/,
  /^[【[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错)[】\]]?(?:\s*[【[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错)[】\]]?)*$/,
  /^(?:分享到|扫一扫|字号|字体)\s*[:：]/,
  /^(?:上一篇|下一篇|相关链接|相关文章)\s*[:：]?/,
];

export function isJunkLine(text: string): boolean {
  const line = text.trim();
  return JUNK_LINE.some((pattern) => pattern.test(line));
}
