// What a share page says of itself outside its article: the text of an element named by id or
// class (#js_name, .app-name), the values a share page's script assigns (var ct = "…",
// window.__ARTICLE__ = {"publishTime":"…"}) and Unix timestamps read in China's time. Shared by the
// WeChat reader (html-wechat.ts) and the news-app share page reader (html-app-share.ts).

import type { Document } from 'domhandler';
import { findAll, textContent } from 'domutils';

const clean = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** The text of the first element with this id or class, or null. */
export function textByName(dom: Document, name: string): string | null {
  const el = findAll(
    (e) => e.attribs.id === name || (e.attribs.class ?? '').split(/\s+/).includes(name),
    dom.children,
  )[0];
  const text = el ? clean(textContent(el)) : '';
  return text === '' ? null : text;
}

/** The text of every <script> of the page, one after another. */
export function scriptsOf(dom: Document): string {
  return findAll((e) => e.name === 'script', dom.children)
    .map((e) => textContent(e))
    .join('\n');
}

/**
 * var ct = "1635330600", window.ct = '…', ct: "…", "publishTime":"2019-07-23 10:12:05": a script's
 * assignment of `name` (the name bare or quoted, as in JSON), or null.
 */
export function scriptValue(scripts: string, name: string): string | null {
  const m = new RegExp(`(?:^|[\\s;,{.])(["']?)${name}\\1\\s*[=:]\\s*(?:htmlDecode\\()?["']([^"']+)["']`).exec(
    scripts,
  );
  return m?.[2] ? clean(m[2]) || null : null;
}

/** "readCount":3862, "publishTime":1563847925000: a script's bare number assigned to `name`, or null. */
export function scriptNumber(scripts: string, name: string): string | null {
  const m = new RegExp(`(?:^|[\\s;,{.])(["']?)${name}\\1\\s*[=:]\\s*(\\d{9,13})\\b`).exec(scripts);
  return m?.[2] ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Unix seconds (or milliseconds, 13 digits) → 2021-10-27 18:30 in Asia/Shanghai (UTC+8, no summer
 * time since 1991).
 */
export function chinaTimeOf(stamp: string): string | null {
  if (!/^\d{9,10}$|^\d{12,13}$/.test(stamp)) return null;
  const seconds = stamp.length >= 12 ? Math.floor(Number(stamp) / 1000) : Number(stamp);
  const t = new Date((seconds + 8 * 3600) * 1000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
