// A WeChat official-account article (the mp.weixin.qq.com page): who published it and when stand
// outside the article, in the rich_media_meta_list (the account's name in #js_name, the time in
// <em id="publish_time">) and in the page's script (nickname = "…", ct = "<Unix seconds>"). Saved
// pages often leave the time element empty, the script filling it in: then the `ct` timestamp is
// read, in China's time.

import type { Document } from 'domhandler';
import { findAll } from 'domutils';
import { textByName as byName, chinaTimeOf, scriptsOf, scriptValue } from './html-scripts.js';

export { chinaTimeOf } from './html-scripts.js';

export interface WechatFurniture {
  /** The account's name: 苇山发布. */
  account: string | null;
  /** The publish time as written (2021-10-27 18:30), or from `ct` in China's time. */
  published: string | null;
}

/** The account and the time of a WeChat article page, or null when the page is none. */
export function wechatFurniture(dom: Document): WechatFurniture | null {
  const shaped =
    findAll((e) => e.attribs.id === 'js_content' || /\brich_media_/.test(e.attribs.class ?? ''), dom.children)
      .length > 0;
  if (!shaped) return null;
  const scripts = scriptsOf(dom);
  // <span class="rich_media_meta_nickname">苇山发布</span>: the meta list's own span for the name, all a saved page
  // keeps when the #js_name link inside it is dropped (F6374).
  const account =
    byName(dom, 'js_name') ??
    byName(dom, 'profile_nickname') ??
    byName(dom, 'rich_media_meta_nickname') ??
    scriptValue(scripts, 'nickname');
  const ct = scriptValue(scripts, 'ct');
  // A shown time without its year (昨天, 10月27日) gives way to the script's timestamp.
  const shown = byName(dom, 'publish_time');
  const stamped = ct ? chinaTimeOf(ct) : null;
  const published = (shown && /(?:19|20)\d{2}/.test(shown) ? shown : null) ?? stamped ?? shown;
  return account || published ? { account, published } : null;
}
