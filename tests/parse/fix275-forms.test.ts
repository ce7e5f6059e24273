// Session 39 (fix275): what held-out-275 (云南/广西 border counties) showed the parser missing. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { readTitleText } from '../../src/parse/meta.js';

describe('F5651 a border zone committee names the zone as its region', () => {
  it.each([
    ['澹峪边境经济合作区管理委员会2026年上半年工作总结和下半年工作计划', '澹峪边境经济合作区', '2026-H1'],
    ['澹峪跨境经济合作区管理委员会2025年上半年工作总结', '澹峪跨境经济合作区', '2025-H1'],
  ])('%s is the report of %s', (title, region, period) => {
    const read = readTitleText(title);
    expect(read?.region).toBe(region);
    expect(`${read?.year}-${read?.code}`).toBe(period);
  });

  it('still stops a county before its 经济运行情况', () => {
    expect(readTitleText('澹峪县2026年上半年经济运行情况')?.region).toBe('澹峪县');
  });
});

describe('F5652 a zone committee written short (管委会) before its summary', () => {
  it.each([
    ['澹峪边境经济合作区管委会2026年上半年工作总结', '澹峪边境经济合作区'],
    ['澹峪经济开发区管委会2026年上半年工作总结和下半年工作计划', '澹峪经济开发区'],
  ])('%s is the report of %s', (title, region) => {
    expect(readTitleText(title)?.region).toBe(region);
  });
});
