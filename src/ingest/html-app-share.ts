// A news app's share page (a county 融媒体中心's client: 融磐安, 爱某某, 掌上某某): the page a reader
// opens from a link shared out of the app. Who published it and when stand outside the article: the
// app's name in its open-app bar (.app-name), the og:site_name tag or the 下载某某APP footer, the time
// only in the page's script (window.__ARTICLE__ = {"publishTime":"2019-07-23 10:12:05"}, or a Unix
// timestamp). Read as they stand; the parser decides what to trust.

import type { Document } from 'domhandler';
import { findAll } from 'domutils';
import { visibleText } from './html-dom.js';
import { chinaTimeOf, scriptNumber, scriptsOf, scriptValue, textByName } from './html-scripts.js';

const clean = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

export interface AppShareFurniture {
  /** The app's name: 爱苇山, 掌上苇山. */
  app: string | null;
  /** The publish time as the script writes it (2019-07-23 10:12:05), or a timestamp in China's time. */
  published: string | null;
}

/** 打开APP, 下载苇山APP, APP内打开, 客户端: the page invites the reader into an app. */
const INVITES =
  /打开\s*(?:APP|App|app|客户端)|下载\s*[\u4e00-\u9fa5]{0,8}\s*(?:APP|App|app|客户端)|(?:APP|App|app|客户端)\s*内\s*(?:打开|阅读|查看)/;

/** 下载爱苇山APP: the app the footer names. */
const DOWNLOAD = /下载\s*[“"「]?([\u4e00-\u9fa5]{2,8}?)[”"」]?\s*(?:APP|App|app|客户端)/;

const APP_NAME_CLASSES = ['app-name', 'appName', 'app_name', 'app-title'];

/** The script keys a share page's article record gives its time under. */
const TIME_KEYS = ['publishTime', 'publish_time', 'publishDate', 'pubTime', 'pubDate', 'releaseTime'];

function ogSiteName(dom: Document): string | null {
  const el = findAll((e) => e.name === 'meta' && e.attribs.property === 'og:site_name', dom.children)[0];
  const name = clean(el?.attribs.content ?? '');
  return name === '' ? null : name;
}

function appName(dom: Document, text: string): string | null {
  for (const name of APP_NAME_CLASSES) {
    const found = textByName(dom, name);
    if (found && found.length <= 12) return found;
  }
  return ogSiteName(dom) ?? DOWNLOAD.exec(text)?.[1] ?? null;
}

function publishTime(scripts: string): string | null {
  for (const key of TIME_KEYS) {
    const written = scriptValue(scripts, key);
    if (written && /(?:19|20)\d{2}/.test(written)) return written;
    const stamp = written && /^\d+$/.test(written) ? written : scriptNumber(scripts, key);
    const stamped = stamp ? chinaTimeOf(stamp) : null;
    if (stamped) return stamped;
  }
  return null;
}

/** The app and the time of a news app's share page, or null when the page is none. */
export function appShareFurniture(dom: Document): AppShareFurniture | null {
  const text = clean(dom.children.map((node) => visibleText(node)).join(' '));
  if (!INVITES.test(text)) return null;
  const app = appName(dom, text);
  const published = publishTime(scriptsOf(dom));
  return app || published ? { app, published } : null;
}
