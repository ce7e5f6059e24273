// Border trade and the ports of a border county or zone (边境经济合作区, 口岸): what its reports count besides the
// catalogue's foreign trade — 边民互市 trade and its two ways, the people and vehicles a port clears. Written 边民互市贸易额 / 边民互市贸易交易额, 出入境人员 / 进出境人员 in 万人次, 出入境车辆 /
// 进出境车辆 in 万辆次 on county pages and port offices' summaries (docs/corpus.md, session 39 fix275).

import type { CatalogueEntry } from './catalogue.js';

const BORDER: readonly Omit<CatalogueEntry, 'direction' | 'tableMeasure'>[] = [
  {
    code: 'border-residents-trade',
    name: '边民互市贸易额',
    nameEn: 'Border residents’ trade',
    aliases: ['边民互市贸易交易额', '边民互市交易额', '边民互市贸易总额', '互市贸易额', '互市贸易交易额'],
    category: 'trade',
    unit: '亿元',
  },
  // 边民互市贸易进出口, 一般贸易进出口 by trade mode stay parts of foreign trade named as written (prose-branches.ts,
  // fix92's F2042), as 边民互市贸易进口/出口 do.
  {
    code: 'border-residents-imports',
    name: '互市进口',
    nameEn: 'Border residents’ trade imports',
    aliases: ['互市进口额', '边民互市进口', '边民互市进口额'],
    category: 'trade',
    unit: '亿元',
  },
  {
    code: 'border-residents-exports',
    name: '互市出口',
    nameEn: 'Border residents’ trade exports',
    aliases: ['互市出口额', '边民互市出口', '边民互市出口额'],
    category: 'trade',
    unit: '亿元',
  },
  {
    code: 'border-crossings',
    name: '出入境人员',
    nameEn: 'People crossing the border',
    aliases: ['进出境人员', '出入境旅客', '进出境旅客', '出入境人数', '出入境人员数量'],
    category: 'other',
    unit: '万人次',
  },
  {
    code: 'border-vehicles',
    name: '出入境车辆',
    nameEn: 'Vehicles crossing the border',
    aliases: ['进出境车辆', '出入境交通工具', '进出境交通工具', '出入境车辆数'],
    category: 'other',
    unit: '万辆次',
  },
];

export const BORDER_ENTRIES: readonly CatalogueEntry[] = BORDER.map((entry) => ({
  direction: 'higher-is-better',
  tableMeasure: 'growth',
  ...entry,
}));
