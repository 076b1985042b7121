/* Small helpers for the e2e tests (run by scripts/e2e.js with playwright-core). */
'use strict';

const assert = require('node:assert/strict');

/** The eight sheets "Maak invoerbladen" adds beside the explanation sheet (Dutch workbook). */
const INPUT_SHEETS = ['Cliënten', 'Competenties', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Sociale kaart', 'Begeleiders', 'Instellingen'];

/** Waits until fn (run in the page with arg) returns something truthy; returns that value. */
async function until(page, fn, arg, what) {
  try {
    const handle = await page.waitForFunction(fn, arg, { timeout: 15_000 });
    return handle.jsonValue();
  } catch (error) {
    throw new Error(`timed out waiting for ${what}: ${error.message.split('\n')[0]}`);
  }
}

/** Sheet names of the playground's in-memory workbook. */
function sheetNames(page) {
  return page.evaluate(() => window.kringPlayground.host.sheetNames());
}

/** Waits for the playground's workbook after a toolbar click. */
async function waitReady(page) {
  await page.waitForFunction(() => window.kringPlayground.session !== null);
  await page.evaluate(() => window.kringPlayground.ready);
}

/** The task pane, scoped. */
function pane(page) {
  return page.getByTestId('kring-pane');
}

/** Clicks "Controleer werkmap" (or the English button) and waits for the verdict. */
async function check(page, name = 'Controleer werkmap') {
  const verdict = pane(page).getByTestId('check-verdict');
  const button = pane(page).getByRole('button', { name, exact: true });
  await button.click();
  await verdict.waitFor();
  // The button is enabled again once the check finished.
  for (let i = 0; !(await button.isEnabled()); i++) {
    if (i > 150) throw new Error(`${name} stays disabled`);
    await page.waitForTimeout(100);
  }
  return {
    errors: Number(await verdict.getAttribute('data-errors')),
    warnings: Number(await verdict.getAttribute('data-warnings')),
    text: (await verdict.innerText()).trim(),
  };
}

/** Fails when the element scrolls sideways (content wider than the pane). */
async function assertNoHorizontalOverflow(locator, what) {
  const { scrollWidth, clientWidth } = await locator.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth <= clientWidth + 1, `${what}: content is ${scrollWidth}px wide in ${clientWidth}px`);
}

/**
 * The rows of a table in the host's sheet, as objects by header, from the header row that has
 * all the given columns down to the first row without a value in `untilColumn`.
 */
function tableRows(page, sheet, columns, untilColumn) {
  return page.evaluate(
    ({ sheet, columns, untilColumn }) => {
      const values = window.kringPlayground.host.getValues(sheet);
      const h = values.findIndex((row) => columns.every((c) => row.includes(c)));
      if (h < 0) throw new Error(`no header with ${columns} in ${sheet}`);
      const header = values[h];
      const out = [];
      for (const row of values.slice(h + 1)) {
        const value = row[header.indexOf(untilColumn)];
        if (value === null || value === '' || value === undefined) break;
        out.push(Object.fromEntries(header.map((name, i) => [name, row[i]])));
      }
      return out;
    },
    { sheet, columns, untilColumn },
  );
}

/** Serious and critical axe violations inside the task pane, as readable lines. */
async function axeViolations(page) {
  const { AxeBuilder } = require('@axe-core/playwright');
  const axe = await new AxeBuilder({ page }).include('[data-testid="kring-pane"]').analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
}

/** Waits until no operation runs in the pane (no progress bar). */
function idle(page) {
  return until(page, () => !document.querySelector('[data-testid="kring-pane"] [data-testid="busy"]'), undefined, 'the pane to be idle');
}

/** Today as ISO (YYYY-MM-DD) and as the pane shows it in Dutch (DD-MM-YYYY). */
function today() {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, nl: iso.split('-').reverse().join('-') };
}

/** Clicks a button in the pane and waits for the result element's data-round to grow, with no operation running. */
async function runAndWait(page, button, resultSelector) {
  const roundOf = (sel) => Number(document.querySelector(sel)?.getAttribute('data-round') ?? 0);
  const before = await page.evaluate(roundOf, resultSelector);
  await pane(page).getByRole('button', { name: button, exact: true }).click();
  await until(
    page,
    ({ sel, n }) => Number(document.querySelector(sel)?.getAttribute('data-round') ?? 0) > n && !document.querySelector('[data-testid="kring-pane"] [data-testid="busy"]'),
    { sel: resultSelector, n: before },
    `the result of ${button}`,
  );
  return pane(page).locator(resultSelector);
}

module.exports = { assert, INPUT_SHEETS, until, sheetNames, waitReady, pane, check, assertNoHorizontalOverflow, tableRows, axeViolations, idle, today, runAndWait };
