// The UI test: the packaged .vsix installed into code-server (a real VS Code
// workbench) and driven through its DOM with headless Chromium, as a reviewer
// would use it: open a seed from the Explorer, read the Problems panel, check the
// token colours of figures and quotations, hover an actor. Screenshots go to
// test-artifacts/ (git-ignored); with `docsScreenshots` the Problems panel and the
// actor hover are also copied there after they pass.
// Run through scripts/e2e.mjs (`npm run test:e2e`, or `node scripts/e2e.mjs ui`).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, installVsix, isIgnored, launchBrowser, run, startCodeServer, writeUserSettings } from './e2e-lib.mjs';

// --- page helpers (code run in the page reads Monaco's rendered DOM) -------------------

/** Runs a command from the palette by its label. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function goToLine(page, line) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/**
 * In the rendered editor lines, the token span under the first occurrence of `text`
 * (at character `inside` of it): its computed colour and its screen rectangle.
 * View lines render spaces as U+00A0; they are compared as spaces.
 */
function tokenAt(page, text, inside = 1) {
  return page.evaluate(
    ({ text, inside }) => {
      for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
        const content = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = content.indexOf(text);
        if (at < 0) continue;
        const target = at + inside;
        let seen = 0;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent.length;
          if (target < seen + len) {
            const span = node.parentElement;
            const range = document.createRange();
            range.setStart(node, target - seen);
            range.setEnd(node, Math.min(len, target - seen + 1));
            const r = range.getBoundingClientRect();
            return { color: getComputedStyle(span).color, className: span.className, token: span.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }
          seen += len;
        }
      }
      return null;
    },
    { text, inside },
  );
}

// --- the test ---------------------------------------------------------------------------------

/**
 * Resolves a list of { name, ok, ms, error } checks. Never throws: a check that
 * cannot run (because an earlier one failed) is reported failed with the reason.
 */
export async function runUiTest({ vsix, runDir, workspace, artifacts, docsScreenshots }) {
  const results = [];
  const t0 = Date.now();
  let last = t0;
  const record = (name, ok, error) => {
    const now = Date.now();
    results.push({ name, ok, ms: now - last, error });
    last = now;
    return ok;
  };
  const attempt = async (name, fn) => {
    try {
      await fn();
      return record(name, true);
    } catch (e) {
      return record(name, false, e instanceof Error ? e.message : String(e));
    }
  };
  fs.mkdirSync(artifacts, { recursive: true });
  if (!isIgnored(path.join(artifacts, 'x.png'))) throw new Error(`${artifacts} is not git-ignored; refusing to write screenshots there`);
  const shot = (name) => path.join(artifacts, name);
  for (const f of ['problems-panel.png', 'token-colours.png', 'actor-hover.png', 'actor-hover-fail.png', 'last.png']) fs.rmSync(shot(f), { force: true });

  const extensionsDir = path.join(runDir, 'extensions');
  const userDataDir = path.join(runDir, 'user-data');
  writeUserSettings(userDataDir);
  const seeds = fs.readdirSync(path.join(workspace, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const article = seeds.find((f) => f.startsWith('003_')) ?? seeds[0];
  const articleText = fs.readFileSync(path.join(workspace, 'seeds', article), 'utf8');
  const lineOf = (needle) => articleText.split(/\r?\n/).findIndex((l) => l.includes(needle)) + 1;

  // What the Problems panel should hold: the CLI's review of the same workspace
  // (hints are not listed in the panel).
  const cli = await run('node', [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json'], { cwd: workspace, timeoutMs: 60_000 });
  const expected = JSON.parse(cli.out.slice(cli.out.indexOf('{'))).findings.filter((f) => f.severity !== 'hint');
  const expectedFiles = [...new Set(expected.map((f) => path.basename(f.file)))];

  if (!(await attempt('the packaged .vsix installs into code-server', async () => {
    const out = await installVsix(vsix, extensionsDir, runDir);
    if (!/successfully installed/i.test(out)) throw new Error(out);
    const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('corpus-review.corpus-review-'));
    if (installed.length !== 1) throw new Error(`expected one installed corpus-review extension in ${extensionsDir}, found: ${installed.join(', ') || 'none'}`);
  }))) return results;

  let server;
  let browser;
  try {
    server = await startCodeServer({ runDir, folder: workspace, extensionsDir, userDataDir });
    browser = await launchBrowser(runDir, { viewport: { width: 1280, height: 800 } });
    const { page } = browser;
    page.setDefaultTimeout(20_000);
    const consoleLog = fs.createWriteStream(path.join(runDir, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    await page.goto(server.url(), { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    await attempt(`the extension activates from its package and the status bar counts ${seeds.length} articles`, async () => {
      const item = page.locator('.statusbar-item', { hasText: new RegExp(`unsourced .* ${seeds.length} articles`) });
      await item.first().waitFor({ timeout: 45_000 });
    });

    await attempt(`a seed opened from the Explorer is a News Article (${article})`, async () => {
      const file = page.getByRole('treeitem', { name: article });
      if (!(await file.isVisible())) await page.getByRole('treeitem', { name: 'seeds' }).click();
      await file.click();
      await page.locator('.monaco-editor .view-line', { hasText: articleText.split(/\r?\n/)[0].trim().slice(0, 20) }).first().waitFor();
      await page.locator('.statusbar-item', { hasText: /^News Article$/ }).waitFor({ timeout: 10_000 });
    });

    await attempt(`the Problems panel lists the corpus's ${expected.length} findings, unopened articles included`, async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').waitFor();
      const badge = page.locator('.panel .composite-bar .action-item', { hasText: /problems/i }).locator('.badge-content');
      await page.waitForFunction(
        ({ n }) => {
          const items = [...document.querySelectorAll('.panel .composite-bar .action-item')].find((e) => /problems/i.test(e.textContent ?? ''));
          return (items?.querySelector('.badge-content')?.textContent ?? '').trim() === String(n);
        },
        { n: expected.length },
        { timeout: 20_000 },
      ).catch(async () => {
        throw new Error(`the Problems badge shows "${await badge.innerText().catch(() => '')}", the CLI finds ${expected.length}`);
      });
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor();
      const expandedRows = await rows.allInnerTexts();
      if (!expandedRows.some((r) => /Unsourced figure/.test(r) && /unsourced-figure/.test(r))) throw new Error(`no unsourced-figure row: ${expandedRows.join(' | ')}`);
      let fileRows = expandedRows.map((r) => r.split('\n')[0]);
      if (!expectedFiles.every((f) => fileRows.some((r) => r.startsWith(f)))) {
        // The list renders only the rows on screen; collapsed, it has one row per file.
        await page.locator('.panel .codicon-collapse-all').first().click();
        await page.waitForTimeout(300);
        fileRows = (await rows.allInnerTexts()).map((r) => r.split('\n')[0]);
        for (const twistie of await page.locator('.markers-panel .monaco-tl-twistie.collapsed').all()) await twistie.click();
      }
      for (const f of expectedFiles) if (!fileRows.some((r) => r.startsWith(f))) throw new Error(`no Problems row for ${f}; rows: ${fileRows.join(' | ')}`);
      await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
      // Selecting a finding in 003 reveals it in the editor: the screenshot shows both.
      await page.locator('.markers-panel .monaco-list-row', { hasText: /Unsourced figure/ }).last().click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: shot('problems-panel.png') });
    });

    await attempt('figures, quotations and actors carry their token colours', async () => {
      const figureLine = lineOf('1.6 million');
      if (figureLine < 1) throw new Error(`no "1.6 million" in ${article}`);
      await goToLine(page, figureLine);
      const figure = await tokenAt(page, '1.6 million');
      const plain = await tokenAt(page, 'likely received', 3);
      // An actor (a semantic token from the server, over plain grammar text), on the same line.
      const actor = await tokenAt(page, 'North Korea from', 2);
      const quoteText = articleText.match(/["\u201c][^"\u201d\n]{3,40}["\u201d]/)?.[0];
      if (!quoteText) throw new Error('no short quotation in the article');
      await goToLine(page, lineOf(quoteText));
      const quote = await tokenAt(page, quoteText, 0); // the opening mark: inside, an actor may take its own colour
      const describe = JSON.stringify({ figure, quote, actor, plain });
      fs.writeFileSync(path.join(runDir, 'tokens.json'), JSON.stringify({ figure, quote, actor, plain }, null, 2));
      if (!figure || !plain || !quote || !actor) throw new Error(`tokens not found in the rendered lines: ${describe}`);
      if (actor.color === plain.color) throw new Error(`the actor is coloured like plain text (no semantic token colour): ${describe}`);
      if (figure.color === plain.color) throw new Error(`the figure is coloured like plain text: ${describe}`);
      if (quote.color === plain.color) throw new Error(`the quotation is coloured like plain text: ${describe}`);
      await page.screenshot({ path: shot('token-colours.png') });
    });

    await attempt('hovering an actor shows its registry entry', async () => {
      const name = 'Kim Jong Un';
      const line = lineOf(name);
      if (line < 1) throw new Error(`no "${name}" in ${article}`);
      // The panel closed, the editor has the height for the hover.
      await page.keyboard.press('Control+j');
      await goToLine(page, line);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      const token = await tokenAt(page, name, 2);
      if (!token) throw new Error(`"${name}" is not rendered`);
      const hover = page.locator('.monaco-hover-content', { hasText: name });
      await page.mouse.move(token.x - 40, token.y);
      await page.mouse.move(token.x, token.y, { steps: 5 });
      try {
        await hover.first().waitFor({ timeout: 8000 });
      } catch {
        // The keyboard way: caret on the name, "Show or Focus Hover".
        await page.mouse.click(token.x, token.y);
        await runCommand(page, 'Show or Focus Hover');
        await hover.first().waitFor({ timeout: 8000 }).catch(async () => {
          await page.screenshot({ path: shot('actor-hover-fail.png') });
          const shown = await page.locator('.monaco-hover-content').allInnerTexts();
          throw new Error(`no hover naming ${name}${shown.length ? `; hover shows: ${shown.join(' | ').replace(/\s+/g, ' ')}` : ''}`);
        });
      }
      const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
      if (!/Supreme Leader/.test(text)) throw new Error(`the hover lacks the registry description: ${text}`);
      await page.screenshot({ path: shot('actor-hover.png') });
    });
  } catch (e) {
    record('the workbench runs', false, e instanceof Error ? e.message : String(e));
  } finally {
    if (browser) {
      await browser.page.screenshot({ path: shot('last.png') }).catch(() => {});
      await browser.close();
    }
    await server?.stop();
  }

  if (docsScreenshots) {
    fs.mkdirSync(docsScreenshots, { recursive: true });
    const passed = (prefix) => results.some((r) => r.ok && r.name.startsWith(prefix));
    const copies = [
      ['the Problems panel', 'problems-panel.png'],
      ['hovering an actor', 'actor-hover.png'],
    ];
    for (const [check, file] of copies) {
      if (passed(check) && fs.existsSync(shot(file))) {
        fs.copyFileSync(shot(file), path.join(docsScreenshots, file));
        console.log(`  copied ${file} to ${path.relative(ROOT, docsScreenshots)}/`);
      }
    }
  }
  return results;
}
