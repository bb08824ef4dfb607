// Drives the HTML report in headless Chromium (playwright-core, Debian's
// chromium): every finding of the JSON report is on the page, the kind and
// severity filters and the search box change what is shown, text injected
// into an article never runs, and the page is screenshotted at laptop and
// phone widths.
//
// Run by .ci/browser.sh, which renders the reports first:
//   node tests/browser/check.mjs DIR
// DIR holds report.html + report.json (examples/nato-2025), injected.html
// (an article with a <script> and an <img onerror>) and, when present,
// draft.html + draft.json (draft mode) and facts.html + facts.json (trusted
// facts); playwright-core is installed in DIR/node_modules.

import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = path.resolve(process.argv[2] || "target/browser");
const require = createRequire(path.join(dir, "package.json"));
const { chromium } = require("playwright-core");

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok" : "FAIL"} - ${what}`);
  if (!ok) failures += 1;
}

const userDataDir = mkdtempSync(path.join(tmpdir(), "crosscheck-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
  ],
});

/** Opens a file, recording console errors, page errors, dialogs and requests. */
async function open(file) {
  const page = await context.newPage();
  const log = { errors: [], dialogs: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("dialog", async (d) => {
    log.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) log.requests.push(r.url());
  });
  await page.goto(pathToFileURL(path.join(dir, file)).href);
  await page.waitForLoadState("load");
  return { page, log };
}

const visibleIds = (page) =>
  page.$$eval("article.finding", (all) => all.filter((a) => a.offsetParent !== null).map((a) => a.dataset.id));

try {
  // --- the example report -------------------------------------------------
  const json = JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8"));
  const ids = json.findings.map((f) => f.id).sort();
  const { page, log } = await open("report.html");

  // The inline script is the one the Content-Security-Policy admits.
  const html = readFileSync(path.join(dir, "report.html"), "utf8");
  const script = html.split("<script>")[1].split("</script>")[0];
  const hash = createHash("sha256").update(script, "utf8").digest("base64");
  check(html.includes(`'sha256-${hash}'`), `CSP script hash matches the inline script (sha256-${hash})`);

  check(ids.length > 0, `the JSON report has findings (${ids.length})`);
  const domIds = (await page.$$eval("article.finding", (all) => all.map((a) => a.dataset.id))).sort();
  check(JSON.stringify(domIds) === JSON.stringify(ids), `every finding id of the JSON report is on the page: ${ids.join(", ")}`);
  for (const id of ids) {
    check((await page.locator(`article.finding[data-id="${id}"] mark`).count()) > 0, `${id}: a value is marked`);
  }
  check(await page.locator("#filters").isVisible(), "the filter bar is shown (the script ran)");
  check((await visibleIds(page)).length === ids.length, "all findings are visible at first");

  // Kind filter.
  const kinds = [...new Set(json.findings.map((f) => f.kind))];
  await page.locator(`#filters input[name="kind"][value="${kinds[0]}"]`).uncheck();
  const afterKind = await visibleIds(page);
  const expectKind = json.findings.filter((f) => f.kind !== kinds[0]).length;
  check(afterKind.length === expectKind, `unchecking kind "${kinds[0]}" leaves ${expectKind} visible (got ${afterKind.length})`);
  if (expectKind === 0) check(await page.locator("#none").isVisible(), `"no finding matches" is shown`);
  await page.locator(`#filters input[name="kind"][value="${kinds[0]}"]`).check();
  check((await visibleIds(page)).length === ids.length, "checking it again shows all findings");

  // Severity filter.
  const severities = [...new Set(json.findings.map((f) => f.severity))];
  await page.locator(`#filters input[name="severity"][value="${severities[0]}"]`).uncheck();
  const expectSeverity = json.findings.filter((f) => f.severity !== severities[0]).length;
  const afterSeverity = await visibleIds(page);
  check(
    afterSeverity.length === expectSeverity,
    `unchecking severity "${severities[0]}" leaves ${expectSeverity} visible (got ${afterSeverity.length})`,
  );
  await page.locator(`#filters input[name="severity"][value="${severities[0]}"]`).check();

  // Search: a subject narrows to its findings, nonsense to none, empty to all.
  const target = json.findings[0];
  const word = target.subject.split(/[\s,]+/)[0];
  await page.locator("#q").fill(word.toLowerCase());
  const expectSearch = json.findings.filter((f) =>
    JSON.stringify(f).toLowerCase().includes(word.toLowerCase()),
  ).map((f) => f.id);
  const afterSearch = await visibleIds(page);
  check(
    afterSearch.includes(target.id) &&
      afterSearch.every((id) => expectSearch.includes(id)) &&
      (expectSearch.length === ids.length || afterSearch.length < ids.length),
    `searching "${word}" narrows to ${afterSearch.join(", ")}`,
  );
  await page.locator("#q").fill("zzzz-no-such-text");
  check((await visibleIds(page)).length === 0, "searching for nonsense hides every finding");
  check((await page.locator("#shown").textContent()).startsWith("0 of"), "the counter says 0 shown");
  // The search box tolerates markup-looking input.
  await page.locator("#q").fill("<b>\"'");
  check((await visibleIds(page)).length === 0, "searching markup is plain text");
  await page.locator("#q").fill("");
  check((await visibleIds(page)).length === ids.length, "clearing the search shows all findings again");
  if (json.findings.length > 1) {
    const other = json.findings[1];
    await page.locator("#q").fill(other.id);
    const byId = await visibleIds(page);
    check(byId.length === 1 && byId[0] === other.id, `searching an id shows that finding only (${other.id})`);
    await page.locator("#q").fill("");
  }
  check(log.errors.length === 0, `no console or page errors ${JSON.stringify(log.errors)}`);
  check(log.requests.length === 0, `no network request ${JSON.stringify(log.requests)}`);

  const shot = path.join(dir, "report.png");
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `no horizontal scrolling at 390px (overflow ${overflow}px)`);
  const phone = path.join(dir, "report-390.png");
  await page.screenshot({ path: phone, fullPage: true });
  console.log(`screenshot: ${phone}`);
  await page.close();

  // --- the draft and trusted-facts reports: every finding there too ---------
  for (const name of ["draft", "facts"]) {
    if (!existsSync(path.join(dir, `${name}.json`))) continue;
    const report = JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8"));
    const opened = await open(`${name}.html`);
    const want = report.findings.map((f) => f.id).sort();
    const got = (await opened.page.$$eval("article.finding", (all) => all.map((a) => a.dataset.id))).sort();
    check(want.length > 0 && JSON.stringify(got) === JSON.stringify(want), `${name}: every finding id is on the page (${want.length})`);
    if (report.draft) {
      const listed = await opened.page.$$eval("li.verdict", (all) => all.map((li) => li.className.replace("verdict v-", "")));
      const verdicts = report.draft.claims.map((c) => c.verdict);
      check(JSON.stringify(listed) === JSON.stringify(verdicts), `${name}: every draft claim is listed with its verdict (${verdicts.length})`);
    }
    check(opened.log.errors.length === 0, `${name}: no console or page errors ${JSON.stringify(opened.log.errors)}`);
    const file = path.join(dir, `${name}.png`);
    await opened.page.screenshot({ path: file, fullPage: true });
    console.log(`screenshot: ${file}`);
    await opened.page.close();
  }

  // --- an article with injected markup --------------------------------------
  const injected = await open("injected.html");
  const p = injected.page;
  await p.waitForTimeout(300);
  check((await p.title()) !== "pwned", `the injected script did not run (title "${await p.title()}")`);
  check((await p.locator("img").count()) === 0, "no <img> element was created");
  check((await p.locator("script").count()) === 1, "the page has only its own script");
  check(await p.evaluate(() => !("pwned" in window)), "no injected global");
  check(injected.log.dialogs.length === 0, `no dialog opened ${JSON.stringify(injected.log.dialogs)}`);
  const quotes = await p.$$eval("blockquote", (all) => all.map((b) => b.textContent).join("\n"));
  check(quotes.includes("<script>document.title='pwned'</script>"), "the <script> shows as text in the quote");
  check(quotes.includes("<img src=x onerror="), "the <img onerror> shows as text in the quote");
  check(injected.log.errors.length === 0, `no console or page errors ${JSON.stringify(injected.log.errors)}`);
  check(injected.log.requests.length === 0, `no network request ${JSON.stringify(injected.log.requests)}`);
  const injectedShot = path.join(dir, "injected.png");
  await p.screenshot({ path: injectedShot, fullPage: true });
  console.log(`screenshot: ${injectedShot}`);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(failures === 0 ? "browser checks passed" : `${failures} browser check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
