// Ratios of the three sectors in prose (三次产业结构为11.4:38.0:50.6): each part is its sector's
// share of GDP. The scanner gives one figure per part; this follows a ratio part by part.

import { CATALOGUE, type CatalogueEntry } from './catalogue.js';

/** The subject of a ratio of the three sectors: 三次产业结构, 产业结构, 一二三产结构比重. */
const SECTOR_STRUCTURE = /产业结构|三产结构|一二三产|三次产业/;
/**
 * 由上年的15.9:31.2:52.9调整为…, 由去年同期的…, 由2019年的…: the year before's ratio; a bare 由
 * (五年来，三次产业结构由15.8:46.1:38.1调整为…) starts a change from an earlier ratio too.
 */
const EARLIER_RATIO = /(?:(?:上年|去年|上年同期|去年同期|年初|(?:19|20)\d{2}年)的?|由)$/;
/**
 * 调整为16.8:29.4:53.8, 调整到2008年的…: a new ratio of the subject the ratio before it had.
 */
const RATIO_CHANGED = /^(?:调整|变化|变|优化|转变)(?:为|到)(?:(?:19|20)\d{2}年的?)?$/;
const SECTOR_SHARES = ['primary-industry-share', 'secondary-industry-share', 'tertiary-industry-share'].map(
  (code) => {
    const entry = CATALOGUE.find((e) => e.code === code);
    if (!entry) throw new Error(`catalogue lacks ${code}`);
    return entry;
  },
);

const entryOf = (code: string): CatalogueEntry => {
  const entry = CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`catalogue lacks ${code}`);
  return entry;
};
/**
 * 三次产业增加值占地区生产总值的比重分别为A%、B%和C%: the sectors' value added named, each part its share of
 * GDP, read as 第一、二、三产业增加值占…的比重分别为 is: each value added's share (session 45, fix373, F7564).
 */
const VALUE_ADDED_SHARES = [
  'agriculture-value-added',
  'secondary-industry-value-added',
  'tertiary-industry-value-added',
].map(entryOf);
const VALUE_ADDED_SUBJECT = /三次产业增加值(?:占|在)/;

/** How many parts the ratio with a part at `at` has: 11.4:38.0:50.6 → 3. */
function ratioLength(folded: string, at: number): number {
  let start = at;
  // A space may follow a colon (24.3: 30.1: 45.6).
  const inRatio = (k: number) =>
    /[\d.:]/.test(folded.charAt(k)) || (folded.charAt(k) === ' ' && folded.charAt(k - 1) === ':');
  while (start > 0 && inRatio(start - 1)) start--;
  let end = at;
  while (end < folded.length && inRatio(end)) end++;
  return folded
    .slice(start, end)
    .replace(/ /g, '')
    .replace(/^:+|:+$/g, '')
    .split(':').length;
}

/** Follows the ratios of one sentence, part by part. */
export class SectorRatios {
  #part = 0;
  #earlier = false;
  #subject = '';
  #listing = false;

  /**
   * Reads the ratio part at `start`: the subject the part is about (the ratio's), and the sector
   * share it gives when the ratio is this period's three sectors; `key` is its clause's key.
   */
  read(
    folded: string,
    start: number,
    key: string,
    subject: string,
  ): { subject: string; sector: CatalogueEntry | null } {
    const before = folded.charAt(start - 1) === ' ' ? start - 1 : start;
    const continues = folded.charAt(before - 1) === ':' && /\d/.test(folded.charAt(before - 2));
    this.#part = continues ? this.#part + 1 : 0;
    if (this.#part === 0) {
      this.#earlier = EARLIER_RATIO.test(key) && !RATIO_CHANGED.test(key);
      const changed = RATIO_CHANGED.test(key) && SECTOR_STRUCTURE.test(this.#subject);
      this.#subject = changed ? this.#subject : subject;
    }
    const sector = SECTOR_SHARES[this.#part] ?? null;
    const ofSectors =
      !this.#earlier && ratioLength(folded, start) === 3 && SECTOR_STRUCTURE.test(this.#subject);
    return { subject: this.#subject, sector: ofSectors ? sector : null };
  }

  /**
   * 产业结构构成由上年的21.1%、30.9%和48.0%调整为20.5%、30.6%和48.9%: a list of three percentages
   * about the sectors' structure is a ratio too. `first` marks the list's first figure; null when
   * the figure is not part of such a list.
   */
  readListed(
    first: boolean,
    key: string,
    subject: string,
  ): { subject: string; sector: CatalogueEntry | null; measure: 'structure' | 'share' } | null {
    if (first) {
      const changed = RATIO_CHANGED.test(key) && SECTOR_STRUCTURE.test(this.#subject);
      this.#listing = changed || SECTOR_STRUCTURE.test(subject);
      if (!this.#listing) return null;
      this.#part = 0;
      this.#earlier = EARLIER_RATIO.test(key) && !RATIO_CHANGED.test(key);
      if (!changed) this.#subject = subject;
    } else if (this.#listing) this.#part++;
    else return null;
    const valueAdded = VALUE_ADDED_SUBJECT.test(this.#subject);
    const sectors = valueAdded ? VALUE_ADDED_SHARES : SECTOR_SHARES;
    return {
      subject: this.#subject,
      sector: this.#earlier ? null : (sectors[this.#part] ?? null),
      measure: valueAdded ? 'share' : 'structure',
    };
  }

  /** A figure that is no part of a listed ratio ends the list. */
  endList(): void {
    this.#listing = false;
  }
}
