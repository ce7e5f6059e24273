// The indicators and the names they are known by, kept in memory for the length of one load:
// each report adds its unknown indicators and the names it writes known ones by, and the
// registry writes only what is new (one SELECT per load instead of several per report).

import type Database from 'better-sqlite3';
import { CATALOGUE, catalogueEntry } from '../parse/catalogue.js';
import { normaliseName } from '../parse/normalise.js';
import type { ParsedReport } from '../parse/types.js';
import { rowInserter } from './bulk-insert.js';
import * as schema from './schema.js';

interface Known {
  name: string;
  aliases: Set<string>;
  dirty: boolean;
}

export class IndicatorRegistry {
  private readonly indicators = new Map<string, Known>();
  private readonly names = new Set<string>();
  private readonly insertIndicator;
  private readonly insertName;
  private readonly updateAliases;

  constructor(sqlite: Database.Database) {
    this.insertIndicator = rowInserter(sqlite, schema.indicators);
    this.insertName = rowInserter(sqlite, schema.indicatorNames);
    this.updateAliases = sqlite.prepare('UPDATE indicators SET aliases = ? WHERE code = ?');
    const rows = sqlite.prepare('SELECT code, name, aliases FROM indicators').all() as {
      code: string;
      name: string;
      aliases: string;
    }[];
    for (const row of rows) {
      this.indicators.set(row.code, {
        name: row.name,
        aliases: new Set(JSON.parse(row.aliases) as string[]),
        dirty: false,
      });
    }
    const names = sqlite.prepare('SELECT normalised, code FROM indicator_names').all() as {
      normalised: string;
      code: string;
    }[];
    for (const row of names) this.names.add(`${row.code}\u0000${row.normalised}`);
    for (const entry of CATALOGUE) {
      if (!this.indicators.has(entry.code)) {
        this.insertIndicator({
          code: entry.code,
          name: entry.name,
          nameEn: entry.nameEn,
          category: entry.category,
          unit: entry.unit,
          direction: entry.direction,
          aliases: JSON.stringify(entry.aliases),
          known: true,
        });
        this.indicators.set(entry.code, { name: entry.name, aliases: new Set(entry.aliases), dirty: false });
      }
      for (const name of [entry.code, entry.name, entry.nameEn, ...entry.aliases])
        this.addName(entry.code, name);
    }
  }

  /** Records the report's unknown indicators and every name it writes an indicator by. */
  addReport(report: ParsedReport): void {
    for (const ref of report.indicators) {
      if (!this.indicators.has(ref.code) && !catalogueEntry(ref.code)) {
        this.insertIndicator({
          code: ref.code,
          name: ref.name,
          nameEn: null,
          category: 'other',
          unit: ref.unit,
          direction: 'higher-is-better',
          aliases: '[]',
          known: false,
        });
        this.indicators.set(ref.code, { name: ref.name, aliases: new Set(), dirty: false });
      }
      this.addAlias(ref.code, ref.name);
    }
    for (const o of report.observations) this.addAlias(o.indicatorCode, o.indicatorName);
    for (const t of report.targets) this.addAlias(t.indicatorCode, t.indicatorName);
  }

  /** Writes the alias lists that changed. */
  flush(): void {
    for (const [code, known] of this.indicators) {
      if (!known.dirty) continue;
      this.updateAliases.run(JSON.stringify([...known.aliases]), code);
      known.dirty = false;
    }
  }

  private addAlias(code: string, name: string): void {
    const known = this.indicators.get(code);
    if (!known) return;
    if (name !== known.name && !known.aliases.has(name)) {
      known.aliases.add(name);
      known.dirty = true;
    }
    this.addName(code, name);
  }

  private addName(code: string, name: string): void {
    const normalised = normaliseName(name);
    const key = `${code}\u0000${normalised}`;
    if (!normalised || this.names.has(key)) return;
    this.names.add(key);
    this.insertName({ normalised, code, name });
  }
}
