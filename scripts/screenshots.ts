// `npm run screenshots`: the README's pictures of the explorer (docs/explorer-*.png), taken in
// Chromium over the same database the browser tests use, at 1280 px, the first screen of each page.

import { copyFileSync } from 'node:fs';
import { launchBrowser, startExplorerServer } from '../tests/helpers/explorer.js';

const server = await startExplorerServer();
const browser = await launchBrowser({ width: 1280, height: 860 });
try {
  const page = await browser.context.newPage();
  const shots: [string, string][] = [
    ['docs/explorer-report.png', `/?region=${encodeURIComponent('连州市')}`],
    [
      'docs/explorer-indicator.png',
      `/?indicator=${encodeURIComponent('固定资产投资')}&period=2021-Q1&parentRegion=${encodeURIComponent('东江市')}`,
    ],
  ];
  for (const [file, path] of shots) {
    await page.goto(server.base + path);
    if (file.includes('report')) await page.click('table.reports tbody tr a');
    await page.waitForSelector('main h1');
    await page.waitForLoadState('networkidle');
    // The sibling chart is the point of the indicator page: start the picture at its heading.
    if (file.includes('indicator'))
      await page.evaluate('document.querySelectorAll("h2")[1].scrollIntoView()');
    await page.screenshot({ path: '.tmp/screenshot.png' });
    copyFileSync('.tmp/screenshot.png', file);
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
