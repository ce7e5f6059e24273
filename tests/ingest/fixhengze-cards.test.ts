// A statistics page's figure cards drawn caption first (session 19, fixhengze; nianhe's form): each <li>
// holds the indicator's name, its big figure, a rate line with an arrow icon (同比 ↑A%, or 同比 ↓ under a
// percent) and a foot line. The ingest stage reads each card as the one sentence it shows, so the foot's
// margin and rank keep their indicator. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';

const card = (...cells: string[]) =>
  `<li class="tile">${cells.map((c) => `<p class="c">${c}</p>`).join('')}</li>`;

const page = new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>2023年1—9月澄阳市主要经济指标</title></head><body>
<div class="article"><h1>2023年1—9月澄阳市主要经济指标</h1>
<p>1—9月，澄阳市主要经济指标如下：</p>
<ul class="tiles">
${card('地区生产总值', '<b>212.08</b><em>亿元</em>', '同比 <span class="up">▲</span> 6.2%', '增速高于全省0.7个百分点')}
${card('规上工业增加值', '<b>9.1</b><em>%</em>', '增速', '居桐州市8个县（市、区）第3位')}
${card('房地产开发投资', '<b>12.6</b><em>%</em>', '同比 <span class="down">↓</span>', '降幅较上半年收窄1.4个百分点')}
${card('接待游客', '<b>318.5</b><em>万人次</em>', '本季度', '环比回升')}
</ul></div></body></html>`);

describe('caption-first figure cards', async () => {
  const { document } = await ingest(page, { name: 'tiles.html' });
  const text = document?.text ?? '';

  it('reads a level card with an up arrow as level, growth and its foot', () => {
    expect(text).toContain('地区生产总值212.08亿元，同比增长6.2%，增速高于全省0.7个百分点。');
  });
  it('reads a percent card under 增速 as the growth, its foot the rank', () => {
    expect(text).toContain('规上工业增加值增速9.1%，居桐州市8个县（市、区）第3位。');
  });
  it('reads a percent card over a bare down arrow as a decline', () => {
    expect(text).toContain('房地产开发投资同比下降12.6%，降幅较上半年收窄1.4个百分点。');
  });
  it('leaves a card whose rate line is no arrow or growth word as it was', () => {
    expect(text).not.toContain('接待游客318.5万人次，本季度');
  });
});
