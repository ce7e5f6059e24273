// Lines a web page or a converted file shows around a report that are not part of it: breadcrumbs,
// print and share links, copyright and 备案 (ICP registration) lines; in simplified and traditional
// characters, since pages are read before any conversion.

const JUNK_LINE = [
  /^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置)\s*[:：]/,
  /^(?:首页|首頁|网站首页|網站首頁|主页|主頁)\s*[>»›>]/,
  // Not 备案 alone: reports count 项目备案.
  /备案号|備案號|ICP备|ICP備|ICP证|ICP證|版权所有|版權所有|网站标识码|網站標識碼|公网安备|公網安備|Copyright|©/i,
  /^(?:主办单位|主辦單位|承办单位|承辦單位|技术支持|技術支持|联系电话|聯繫電話)\s*[:：]/,
  /^(?:[【[]?(?:打印本页|打印本頁|打印|关闭窗口|關閉窗口|关闭|關閉|返回顶部|返回頂部|收藏|纠错|糾錯)[】\]]?\s*)+$/,
  // Not when the bar shares its line with the page's date (字体：大 中 小 发布日期：2019-02-22).
  /^(?:分享到|扫一扫|掃一掃|字号|字號|字体|字體)\s*[:：](?!.*(?:19|20)\d{2}\s*[-/.年])/,
  /^(?:上一篇|下一篇|相关链接|相關鏈接|相关文章|相關文章)\s*[:：]/,
];

export function isJunkLine(text: string): boolean {
  const line = text.trim();
  return JUNK_LINE.some((pattern) => pattern.test(line));
}
