/*
 * The task pane in the playground: the real App and Excel gateway on the strict test host.
 * Run with `npm run test:e2e` (scripts/e2e.js).
 */
'use strict';

const { AxeBuilder } = require('@axe-core/playwright');
const { assert, INPUT_SHEETS, until, sheetNames, waitReady, pane, check, assertNoHorizontalOverflow } = require('./helpers');

module.exports = [
  {
    name: 'sample: the pane shows the workbook at a glance and a check finds no errors',
    async run({ page, open, saveScreenshot }) {
      await open();
      const names = await sheetNames(page);
      for (const sheet of INPUT_SHEETS.filter((s) => s !== 'Instellingen')) assert.ok(names.includes(sheet), `sample sheet ${sheet} in ${names}`);
      const clientRows = await page.evaluate(() => window.kringPlayground.host.getValues('Cliënten').length - 1);
      assert.ok(clientRows > 10, `sample has clients (${clientRows})`);

      const stat = (key) => pane(page).locator(`[data-stat="${key}"] dd`).innerText();
      await pane(page).locator('[data-stat="clients"]').waitFor();
      assert.equal(Number(await stat('clients')), clientRows);
      assert.ok(Number(await stat('networkers')) > 0, 'some active netwerkers');
      assert.ok(Number(await stat('pairings')) > 0, 'some active pairings');

      // The grid shows the workbook's sheets.
      assert.equal(await page.getByRole('tab', { name: 'Cliënten' }).count(), 1);

      const result = await check(page);
      assert.equal(result.errors, 0, `no errors, got: ${result.text}`);
      assert.match(result.text, /Geen fouten/);
      await assertNoHorizontalOverflow(page.getByTestId('playground-pane'), 'pane at 350 px');
      await saveScreenshot('pane-sample-checked', page.getByTestId('playground-pane'));
      await saveScreenshot('playground-sample');
    },
  },

  {
    name: 'empty workbook: "Maak invoerbladen" adds the input sheets; a bad row shows a problem that selects its cell',
    async run({ page, open, saveScreenshot }) {
      await open();
      await page.getByRole('button', { name: 'Lege werkmap' }).click();
      await waitReady(page);
      assert.deepEqual(await sheetNames(page), ['Blad1']);

      await pane(page).getByRole('button', { name: 'Maak invoerbladen' }).click();
      await until(page, (wanted) => wanted.every((s) => window.kringPlayground.host.sheetNames().includes(s)), INPUT_SHEETS, 'the input sheets');
      const names = await sheetNames(page);
      for (const sheet of INPUT_SHEETS) assert.ok(names.includes(sheet), `${sheet} in ${names}`);
      assert.deepEqual(await page.evaluate(() => window.kringPlayground.host.getValues('Cliënten', 'A1:B1')), [['ID', 'Naam']]);
      await pane(page).getByText(/bladen toegevoegd/).waitFor();

      // A client without a name, typed as a user would.
      await pane(page).getByRole('button', { name: 'Controleer werkmap' }).waitFor();
      await page.evaluate(() => window.kringPlayground.host.typeInCell('Cliënten', 'A2', 'K001'));
      const result = await check(page);
      assert.ok(result.errors >= 1, `an error, got: ${result.text}`);
      const link = pane(page).locator('[data-severity="error"] [data-address="B2"]');
      await link.waitFor();
      assert.match(await link.innerText(), /Cliënten, rij 2, kolom Naam/);
      assert.match(await pane(page).locator('[data-severity="error"]').first().innerText(), /geen naam/);

      await link.click();
      const selection = await until(page, () => window.kringPlayground.host.selection(), undefined, 'a selection');
      assert.deepEqual(selection, { sheet: 'Cliënten', address: 'B2' });
      // The grid follows: the Cliënten tab is shown with B2 highlighted.
      await page.locator('td[data-selected="true"][data-address="B2"]').waitFor();
      assert.equal(await page.getByRole('tab', { name: 'Cliënten' }).getAttribute('aria-selected'), 'true');
      await pane(page).getByText('Cel B2 op blad Cliënten is geselecteerd.').waitFor();
      await saveScreenshot('pane-problem-selected', page.getByTestId('playground-pane'));
    },
  },

  {
    name: 'keyboard: Tab reaches "Controleer werkmap", Enter checks, Tab and Enter on a problem select its cell',
    async run({ page, open }) {
      await open();
      await page.evaluate(() => window.kringPlayground.host.typeInCell('Cliënten', 'B3', ''));
      await pane(page).getByRole('button', { name: 'Controleer werkmap' }).waitFor();
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement === document.querySelector('[data-testid="kring-check"]'));
      }
      assert.ok(reached, 'Tab reaches the check button');
      // Keyboard focus is visible (Fluent shows focus rectangles after keyboard use).
      assert.ok(await page.evaluate(() => !!document.querySelector('.ms-Fabric--isFocusVisible')), 'focus rectangles are on');
      await page.keyboard.press('Enter');
      const verdict = pane(page).getByTestId('check-verdict');
      await verdict.waitFor();
      await until(page, () => document.activeElement && document.activeElement.getAttribute('data-testid') === 'check-verdict', undefined, 'focus on the verdict');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement.getAttribute('data-address'));
      assert.equal(focused, 'B3', 'Tab from the verdict goes to the first problem');
      await page.keyboard.press('Enter');
      const selection = await until(page, () => window.kringPlayground.host.selection(), undefined, 'a selection');
      assert.deepEqual(selection, { sheet: 'Cliënten', address: 'B3' });
    },
  },

  {
    name: 'English: with Office in English the pane speaks English',
    async run({ page, open }) {
      await open('?lang=en');
      const result = await check(page, 'Check workbook');
      assert.equal(result.errors, 0, result.text);
      assert.match(result.text, /No errors/);
      await pane(page).locator('[data-stat] dt').getByText('Active pairings', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Empty workbook' }).click();
      await waitReady(page);
      await pane(page).getByRole('button', { name: 'Create input sheets' }).waitFor();
      await pane(page).getByRole('button', { name: 'Open sample' }).click();
      await pane(page).getByRole('button', { name: 'Check workbook' }).waitFor();
      // The sample is Dutch: Kring keeps the workbook's sheet names.
      assert.ok((await sheetNames(page)).includes('Cliënten'));
    },
  },

  {
    name: 'errors from Excel show as a plain message, never a stack trace',
    async run({ page, open }) {
      await open();
      await pane(page).getByRole('button', { name: 'Controleer werkmap' }).waitFor();
      await page.evaluate(() => window.kringPlayground.host.failAtSync(1, 'AccessDenied'));
      await pane(page).getByRole('button', { name: 'Controleer werkmap' }).click();
      const bar = pane(page).getByText(/beveiligd of alleen-lezen/);
      await bar.waitFor();
      const text = await pane(page).innerText();
      assert.doesNotMatch(text, /RichApi|AccessDenied|at \w+ \(|\.js:\d+/);
      // It passes: the next check works.
      const result = await check(page);
      assert.equal(result.errors, 0);
    },
  },

  {
    name: 'narrow pane (320 px) and accessibility (axe) with problems listed',
    async run({ page, open, saveScreenshot }) {
      await open('?pane=320&start=empty');
      const paneBox = page.getByTestId('playground-pane');
      await pane(page).getByRole('button', { name: 'Maak invoerbladen' }).waitFor();
      await assertNoHorizontalOverflow(paneBox, 'welcome at 320 px');
      await saveScreenshot('pane-320-welcome', paneBox);
      await page.getByRole('button', { name: 'Voorbeeld opnieuw' }).click();
      await waitReady(page);
      await page.evaluate(() => {
        const host = window.kringPlayground.host;
        host.typeInCell('Cliënten', 'B4', '');
        host.typeInCell('Cliënten', 'D5', 'koning');
      });
      const result = await check(page);
      assert.ok(result.errors >= 1 && result.warnings + result.errors >= 2, result.text);
      await assertNoHorizontalOverflow(paneBox, 'problems at 320 px');
      await saveScreenshot('pane-320-problems', paneBox);
      const axe = await new AxeBuilder({ page }).include('[data-testid="kring-pane"]').analyze();
      const violations = axe.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
      assert.deepEqual(violations, [], `axe violations in the pane:\n${violations.join('\n')}`);
    },
  },

  {
    name: 'playground grid: tabs per sheet, clicking a cell selects it, the cell bar types into it',
    async run({ page, open }) {
      await open();
      await page.getByRole('tab', { name: 'Koppelingen' }).click();
      await page.locator('table[data-sheet="Koppelingen"]').waitFor();
      await page.getByRole('tab', { name: 'Cliënten' }).click();
      await page.locator('td[data-address="B2"]').click();
      assert.deepEqual(await page.evaluate(() => window.kringPlayground.host.selection()), { sheet: 'Cliënten', address: 'B2' });
      const input = page.getByRole('textbox', { name: 'Waarde van de geselecteerde cel' });
      await input.fill('Anna Test');
      await input.press('Enter');
      await until(page, () => window.kringPlayground.host.getValues('Cliënten', 'B2')[0][0] === 'Anna Test', undefined, 'the typed name');
      await page.locator('td[data-address="B2"]', { hasText: 'Anna Test' }).waitFor();
      // Rows beyond the first 200 are not drawn.
      await page.getByRole('tab', { name: 'Contacten' }).click();
      assert.equal(await page.locator('table[data-sheet="Contacten"] tbody tr').count(), 200);
    },
  },
];
