// The HTML report in a real browser: Debian's Chromium driven by playwright-core (no browser download).
// scripts/install-browser.sh installs it; `npm run test:slow`, where this slow test runs, runs that script first.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { report } from '../../src/index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = join(repoRoot, 'corpora/spring-meeting-2025');
const chromiumPath = '/usr/bin/chromium';
// The committed screenshot changes only on request (`npm run docs:screenshot`), so a test run leaves the
// work tree clean.
const screenshotPath = process.env.UPDATE_SCREENSHOT === '1' ? join(repoRoot, 'docs/report-screenshot.png') : join(tmpdir(), `anchoralign-report-${process.pid}.png`);

/** The little of the browser's globals used in page functions (the tests compile without the DOM library). */
interface BrowserGlobals {
  getComputedStyle(element: unknown): { direction: string };
}

function loadShowcase(): Array<{ text: string; lang: string; path: string }> {
  const meta = JSON.parse(readFileSync(join(corpusDir, 'meta.json'), 'utf8')) as {
    documents: Array<{ file: string; lang: string }>;
  };
  return meta.documents.map(({ file, lang }) => ({
    text: readFileSync(join(corpusDir, file), 'utf8'),
    lang,
    path: `corpora/spring-meeting-2025/${file}`,
  }));
}

describe('HTML report in headless Chromium', () => {
  let browser: Browser | undefined;
  let page: Page;
  let workDir: string;
  const problems: string[] = [];

  before(async () => {
    assert.ok(
      existsSync(chromiumPath),
      `Chromium is missing at ${chromiumPath}: run "bash scripts/install-browser.sh" (as root) and test again`,
    );
    workDir = mkdtempSync(join(tmpdir(), 'anchoralign-report-'));
    const htmlPath = join(workDir, 'report.html');
    writeFileSync(htmlPath, report(loadShowcase(), { title: 'Spring Meeting 2025: five versions' }));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`request to ${request.url()}`);
    });
    await page.goto(pathToFileURL(htmlPath).href);
  });

  after(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** The country-label finding about Guangxi labelled (Vietnam) in the Swedish version. */
  async function guangxiFinding() {
    const items = page.locator('#findings li[data-rule="country-label"]');
    const count = await items.count();
    assert.ok(count > 0, 'the report lists country-label findings');
    for (let index = 0; index < count; index++) {
      const item = items.nth(index);
      const href = await item.locator('a.go').getAttribute('href');
      const row = page.locator(`[id="${href!.slice(1)}"]`);
      if ((await row.locator('[lang="sv"]').textContent())?.includes('Guangxi Zhuang (Vietnam)')) {
        return { item, row, rowId: href!.slice(1) };
      }
    }
    assert.fail('no country-label finding links to the row of the Swedish "Guangxi Zhuang (Vietnam)"');
  }

  it('runs its script and loads nothing (no console errors, no request off disk)', () => {
    assert.deepEqual(problems, []);
  });

  it('shows the Swedish (Vietnam) label beside a version that says China, in one row', async () => {
    const { row } = await guangxiFinding();
    await row.scrollIntoViewIfNeeded(); // rows off screen are not laid out (content-visibility: auto)
    const swedish = await row.locator('[lang="sv"]').textContent();
    assert.match(swedish ?? '', /Guangxi Zhuang \(Vietnam\)/);
    const others = await row.locator('.cell:not([lang="sv"])').allTextContents();
    const chinaLabel = /(Guangxi|Гуансі|قوانغشي|غوانغشي)[^]*\((China|Kina|Китай|الصين|Tiongkok)\)/;
    assert.ok(
      others.some((text) => chinaLabel.test(text)),
      `another language in the row says Guangxi … (China); the row holds: ${JSON.stringify(others)}`,
    );
    // Side by side: the cells share the row's vertical band and sit in different columns.
    const boxes = await Promise.all(
      (await row.locator('.cell').all()).map(async (cell) => (await cell.boundingBox())!),
    );
    assert.ok(boxes.length >= 2);
    assert.equal(new Set(boxes.map((box) => Math.round(box.y))).size, 1, 'cells start on one line');
    assert.equal(new Set(boxes.map((box) => Math.round(box.x))).size, boxes.length, 'one column each');
  });

  it('lays Arabic out right to left', async () => {
    const direction = await page
      .locator('.row:not(.head) .cell[lang="ar"]')
      .first()
      .evaluate((cell) => (globalThis as unknown as BrowserGlobals).getComputedStyle(cell).direction);
    assert.equal(direction, 'rtl');
  });

  it('scrolls to the finding’s row when the finding is clicked', async () => {
    const { item, row, rowId } = await guangxiFinding();
    await page.evaluate('window.scrollTo(0, 0)');
    const before = await page.evaluate('window.scrollY');
    await item.locator('a.go').click();
    await page.waitForFunction(`location.hash === '#${rowId}'`);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const after = await page.evaluate('window.scrollY');
    const viewport = page.viewportSize()!;
    const inView = (box: { y: number; height: number } | null) => box !== null && box.y < viewport.height && box.y + box.height > 0;
    const rowBox = await row.boundingBox();
    assert.ok(inView(rowBox), `the row is in the viewport (y=${rowBox?.y}, height=${rowBox?.height})`);
    // The Swedish evidence itself (the place to fix) is on screen, even if the row is taller than the screen.
    const marks = row.locator('[lang="sv"] mark.target');
    assert.ok((await marks.count()) > 0, 'the clicked finding’s evidence is marked as the target');
    assert.match((await marks.allInnerTexts()).join(''), /Vietnam/);
    const markBox = await marks.last().boundingBox();
    assert.ok(markBox && markBox.y >= 0 && markBox.y + markBox.height <= viewport.height, `evidence on screen (y=${markBox?.y})`);
    assert.ok(after !== before, 'the page scrolled');
    assert.match((await row.getAttribute('class')) ?? '', /\bcurrent\b/);
  });

  it('filters the finding list by rule and by severity', async () => {
    const { item } = await guangxiFinding();
    const severity = await item.getAttribute('data-severity');
    const ruleBox = page.locator('input[name="rule"][value="country-label"]');
    const severityBox = page.locator(`input[name="severity"][value="${severity}"]`);
    await ruleBox.uncheck();
    assert.equal(await item.isVisible(), false, 'hidden with its rule unticked');
    await ruleBox.check();
    assert.equal(await item.isVisible(), true);
    await severityBox.uncheck();
    assert.equal(await item.isVisible(), false, 'hidden with its severity unticked');
    await severityBox.check();
    assert.equal(await item.isVisible(), true);
  });

  it('shows only the rows of the findings the filters let through', async () => {
    const { row } = await guangxiFinding();
    const only = page.locator('#only-findings');
    const rules = page.locator('input[name="rule"]');
    const visibleRows = () => page.locator('main .row:not(.head):visible').count();
    await only.check();
    const withFindings = await visibleRows();
    assert.ok(withFindings > 0 && withFindings < (await page.locator('main .row:not(.head)').count()));
    for (const box of await rules.all()) await box.uncheck();
    assert.equal(await visibleRows(), 0, 'no rule ticked: no row');
    await page.locator('input[name="rule"][value="country-label"]').check();
    assert.equal(await row.isVisible(), true, 'the country-label row is back');
    for (const box of await rules.all()) await box.check();
    assert.equal(await visibleRows(), withFindings);
    await only.uncheck();
  });

  it('saves a screenshot of the report for the docs', async () => {
    // Only the rows with findings, and the country-label finding picked: its row in the middle.
    await page.locator('#only-findings').check();
    await page.evaluate('window.scrollTo(0, 0)');
    const { item } = await guangxiFinding();
    await item.locator('a.go').click();
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await page.screenshot({ path: screenshotPath });
    assert.ok(readFileSync(screenshotPath).subarray(1, 4).toString() === 'PNG');
    if (process.env.UPDATE_SCREENSHOT !== '1') rmSync(screenshotPath);
  });
});
