// A WeChat official-account article (the mp.weixin.qq.com page): who published it and when stand
// outside the article, in the rich_media_meta_list (the account's name in #js_name, the time in
// <em id="publish_time">) and in the page's script (nickname = "…", ct = "<Unix seconds>"). Saved
// pages often leave the time element empty, the script filling it in: then the `ct` timestamp is
// read, in China's time.

import type { Document } from 'domhandler';
import { findAll, textContent } from 'domutils';

const clean = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

export interface WechatFurniture {
  /** The account's name: 苇山发布. */
  account: string | null;
  /** The publish time as written (2021-10-27 18:30), or from `ct` in China's time. */
  published: string | null;
}

/** The text of the first element with this id or class. */
const byName = (dom: Document, name: string) => {
  const el = findAll(
    (e) => e.attribs.id === name || (e.attribs.class ?? '').split(/\s+/).includes(name),
    dom.children,
  )[0];
  const text = el ? clean(textContent(el)) : '';
  return text === '' ? null : text;
};

/** var ct = "1635330600", window.ct = '…', ct: "…": a script's assignment of `name`. */
function scriptValue(scripts: string, name: string): string | null {
  const m = new RegExp(`(?:^|[\\s;,{.])${name}\\s*[=:]\\s*(?:htmlDecode\\()?["']([^"']+)["']`).exec(scripts);
  return m?.[1] ? clean(m[1]) || null : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Unix seconds → 2021-10-27 18:30 in Asia/Shanghai (UTC+8, no summer time since 1991). */
export function chinaTimeOf(seconds: string): string | null {
  if (!/^\d{9,10}$/.test(seconds)) return null;
  const t = new Date((Number(seconds) + 8 * 3600) * 1000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** The account and the time of a WeChat article page, or null when the page is none. */
export function wechatFurniture(dom: Document): WechatFurniture | null {
  const shaped =
    findAll((e) => e.attribs.id === 'js_content' || /\brich_media_/.test(e.attribs.class ?? ''), dom.children)
      .length > 0;
  if (!shaped) return null;
  const scripts = findAll((e) => e.name === 'script', dom.children)
    .map((e) => textContent(e))
    .join('\n');
  const account =
    byName(dom, 'js_name') ?? byName(dom, 'profile_nickname') ?? scriptValue(scripts, 'nickname');
  const ct = scriptValue(scripts, 'ct');
  // A shown time without its year (昨天, 10月27日) gives way to the script's timestamp.
  const shown = byName(dom, 'publish_time');
  const stamped = ct ? chinaTimeOf(ct) : null;
  const published = (shown && /(?:19|20)\d{2}/.test(shown) ? shown : null) ?? stamped ?? shown;
  return account || published ? { account, published } : null;
}
