/*
 * The task pane as a coordinator meets it (issue 13): a date field that sets exactly the date
 * typed or picked, decisions that stay as processed, the action bar with its feedback in view,
 * counts from the workbook, evaluation answers checked on read-back, problems at their root cause,
 * the output sheet shown after a command. Run with `npm run test:e2e -- --grep coordinator`.
 */
'use strict';

const { assert, until, pane, idle, tableRows, axeViolations, check } = require('./helpers');

/** Opens a step's tab and waits for its panel. */
async function openStep(page, tab, testId) {
  await pane(page).getByRole('tab', { name: tab, exact: true }).click();
  await pane(page).getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  if (testId) await pane(page).getByTestId(testId).waitFor();
}

/** The Koppelvoorstellen rows with a decision (the list of clients without a suggestion below has none). */
const decisionRows = (page) => tableRows(page, 'Koppelvoorstellen', ['Netwerker-ID', 'Cliënt-ID', 'Besluit'], 'Besluit');

/** The figure "Open besluiten" in the workbook at a glance. */
const openShown = async (page) => Number((await pane(page).locator('[data-stat="decisions"] dd').innerText()).trim());

/** Waits until the pane shows a new pairing round and no operation runs. */
async function suggest(page) {
  const round = () => Number(document.querySelector('[data-testid="pairing-verdict"]')?.getAttribute('data-round') ?? 0);
  const before = await page.evaluate(round);
  await pane(page).getByRole('button', { name: 'Maak koppelvoorstellen' }).click();
  await until(page, (n) => Number(document.querySelector('[data-testid="pairing-verdict"]')?.getAttribute('data-round') ?? 0) > n, before, 'a new pairing round');
  await idle(page);
}

/** The sheet active in the playground's workbook. */
const activeSheet = (page) => page.evaluate(() => window.kringPlayground.host.activeSheet());

/** Fails unless the element is inside the visible part of the scrolling pane. */
async function assertInView(page, locator, what) {
  const paneBox = await page.getByTestId('playground-pane').boundingBox();
  const box = await locator.boundingBox();
  assert.ok(box && box.y >= paneBox.y - 1 && box.y + box.height <= paneBox.y + paneBox.height + 1, `${what} is out of sight (${box && box.y}..${box && box.y + box.height} in ${paneBox.y}..${paneBox.y + paneBox.height})`);
}

/** Tab presses from the focused element until one matching the predicate has the focus (null after max). */
async function tabsTo(page, testId, max = 10) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null, testId)) return i;
  }
  return null;
}

module.exports = [
  {
    name: 'coordinator: the date field sets the date typed (Enter or Tab) or picked, and its calendar fits the pane',
    async run({ page, open }) {
      for (const width of [320, 350]) {
        await open(`?pane=${width}`);
        await idle(page);
        await openStep(page, 'Evalueren', 'evaluate');
        const field = pane(page).getByTestId('evaluate-date');
        // Click, type, Enter: the field keeps what was typed.
        await field.click();
        await field.fill('15-12-2026');
        await field.press('Enter');
        assert.equal(await field.inputValue(), '15-12-2026');
        assert.equal(await pane(page).getByTestId('evaluate').getAttribute('data-date'), '2026-12-15', 'the date is set, not only shown');
        // Typed another way, left with Tab: written back the Dutch way.
        await field.click();
        await field.fill('3 jan 2027');
        await field.press('Tab');
        assert.equal(await field.inputValue(), '03-01-2027');
        // Something that is no date keeps the date and says how to type one.
        await field.fill('gisteren');
        await field.press('Enter');
        await pane(page).getByText('Typ een datum als 31-12-2026.').waitFor();
        await field.fill('03-01-2027');
        await field.press('Enter');
        // The calendar: from its button, inside the pane, the month picker not cut off.
        await pane(page).getByTestId('evaluate-date-calendar').click();
        const calendar = page.getByRole('dialog', { name: 'Evaluatiedatum' });
        await calendar.waitFor();
        const paneBox = await page.getByTestId('playground-pane').boundingBox();
        const box = await calendar.boundingBox();
        assert.ok(box.width <= width, `the calendar is ${box.width}px wide in a ${width}px pane`);
        assert.ok(box.x >= paneBox.x - 1 && box.x + box.width <= paneBox.x + paneBox.width + 1, `the calendar stays inside the pane (${box.x}..${box.x + box.width} in ${paneBox.x}..${paneBox.x + paneBox.width})`);
        await calendar.getByRole('button', { name: /^18, januari, 2027/ }).click();
        await until(page, () => document.querySelector('[data-testid="evaluate-date"]').value === '18-01-2027', undefined, 'the picked date');
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], violations.join('\n'));
      }
    },
  },
  {
    name: 'coordinator: Koppelen — the action bar stays in view with progress and result, processed cards are final, open decisions follow the workbook',
    timeout: 90_000,
    async run({ page, open }) {
      await open('?slow=150');
      await idle(page);
      await openStep(page, 'Koppelen', 'pairing');
      await suggest(page);
      assert.equal(await activeSheet(page), 'Koppelvoorstellen', 'the suggestions are shown after the command');
      const open0 = (await decisionRows(page)).filter((r) => r.Besluit === 'open').length;
      assert.equal(await openShown(page), open0, 'open decisions as in Koppelvoorstellen');

      // Keyboard: from the tab, both actions of the step within 10 Tab presses, though 20+ cards follow.
      await pane(page).getByRole('tab', { name: 'Koppelen', exact: true }).focus();
      assert.ok(await tabsTo(page, 'kring-suggest'), '"Maak koppelvoorstellen" within 10 Tab presses');
      await pane(page).getByRole('tab', { name: 'Koppelen', exact: true }).focus();
      assert.ok(await tabsTo(page, 'kring-process'), '"Verwerk besluiten" within 10 Tab presses');

      const cards = pane(page).getByTestId('suggestion');
      const [a, b] = await cards.evaluateAll((items) => items.slice(0, 2).map((li) => ({ networkerId: li.dataset.networker, clientId: li.dataset.client })));
      const card = (s) => pane(page).locator(`[data-testid="suggestion"][data-networker="${s.networkerId}"][data-client="${s.clientId}"]`);
      await card(a).getByRole('button', { name: /^Akkoord: / }).click();
      await card(a).and(page.locator('[data-decision="accepted"]')).waitFor();
      await card(b).getByRole('button', { name: /^Afwijzen: / }).click();
      await card(b).and(page.locator('[data-decision="rejected"]')).waitFor();
      await idle(page);
      assert.equal(await openShown(page), open0 - 2, 'two decisions less open');

      // At the bottom of the list: the action, its progress and Cancel, then its result, all in view.
      await page.getByTestId('playground-pane').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      const bar = pane(page).getByTestId('pairing-bar');
      await bar.getByRole('button', { name: 'Verwerk besluiten' }).click();
      await bar.getByTestId('busy').waitFor();
      await assertInView(page, bar.getByTestId('busy'), 'the progress');
      await assertInView(page, bar.getByRole('button', { name: 'Verwerk besluiten' }), 'the action');
      await bar.getByTestId('processed').waitFor();
      await idle(page);
      await assertInView(page, bar.getByTestId('processed'), 'the result');
      assert.equal(await activeSheet(page), 'Koppelingen', 'the register is shown after processing');
      assert.match(await bar.getByTestId('processed').innerText(), /2 besluiten verwerkt \(1 akkoord, 1 afgewezen\): 1 koppeling nieuw in Koppelingen, 1 afwijzing nieuw onthouden; \d+ voorstellen nog open\./);

      // Processed cards can no longer change: no decision buttons, a plain final status.
      for (const s of [a, b]) {
        assert.equal(await card(s).getByRole('button', { name: /^(Akkoord|Afwijzen): / }).count(), 0, 'no decision buttons on a processed card');
        assert.equal(await card(s).getByTestId('decision').getAttribute('data-processed'), 'true');
      }
      assert.match(await card(a).innerText(), /Verwerkt: akkoord/);
      const register = await tableRows(page, 'Koppelingen', ['Netwerker-ID', 'Cliënt-ID', 'Status'], 'Netwerker-ID');
      const rejections = await page.evaluate(() => JSON.stringify(window.kringPlayground.host.getValues('Kring afwijzingen')));
      assert.equal(register.filter((r) => r['Netwerker-ID'] === a.networkerId && r['Cliënt-ID'] === a.clientId && r.Status === 'actief').length, 1);
      assert.ok(!rejections.includes(`"${a.clientId}"`), 'the accepted pair is not rejected');
      assert.ok(rejections.includes(`"${b.clientId}"`), 'the rejected pair is remembered');

      // Suggestions again: the figure is what Koppelvoorstellen holds, at once.
      await suggest(page);
      const open1 = (await decisionRows(page)).filter((r) => r.Besluit === 'open').length;
      assert.equal(await openShown(page), open1, 'open decisions after making suggestions again');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
    },
  },
  {
    name: 'coordinator: an evaluation decision outside the list is a problem naming the cell and the allowed words; the form lists them',
    timeout: 90_000,
    async run({ page, open }) {
      await open();
      await idle(page);
      await openStep(page, 'Evalueren', 'evaluate');
      const field = pane(page).getByTestId('evaluate-date');
      await field.fill('15-12-2026');
      await field.press('Enter');
      await pane(page).getByRole('button', { name: 'Maak evaluatieformulieren', exact: true }).click();
      await pane(page).getByTestId('evaluate-verdict').waitFor();
      await idle(page);
      const sheet = await pane(page).getByTestId('evaluate-verdict').getAttribute('data-sheet');
      assert.equal(await activeSheet(page), sheet, 'the forms are shown after the command');
      const values = await page.evaluate((s) => window.kringPlayground.host.getValues(s), sheet);
      const decisionRow = values.findIndex((r) => r[0] === 'Besluit') + 1;
      assert.ok(decisionRow > 0, 'a form with Besluit');
      assert.ok(
        // The note of the words Kring reads stands in the wide answer column of the form.
        values.some((r) => r.some((v) => typeof v === 'string' && v.includes('voortzetten / bijstellen / nieuwe koppeling / beëindigen'))),
        'the form lists the words Besluit takes',
      );
      await page.evaluate(({ s, cell }) => window.kringPlayground.host.typeInCell(s, cell, 'doorgaan'), { s: sheet, cell: `B${decisionRow}` });
      await openStep(page, 'Controleren');
      await pane(page).getByRole('button', { name: 'Controleer werkmap', exact: true }).click();
      await pane(page).getByTestId('check-verdict').waitFor();
      await idle(page);
      const problem = pane(page).locator('li[data-severity="warning"]', { hasText: '"doorgaan"' });
      await problem.waitFor();
      const text = await problem.innerText();
      assert.match(text, new RegExp(`B${decisionRow}`), 'the cell');
      assert.match(text, /"voortzetten", "bijstellen", "nieuwe koppeling", "beëindigen"/, 'the allowed words');
      assert.match(text, new RegExp(sheet.replace(/[-]/g, '.')), 'the sheet');
      await problem.getByRole('button').first().click();
      await until(page, (cell) => document.querySelector('[data-testid="kring-selected"]')?.textContent.includes(cell), `B${decisionRow}`, 'the cell selected');
    },
  },
  {
    name: 'coordinator: one duplicate client ID gives one error at its row, not a message per row that uses the lost ID',
    async run({ page, open }) {
      await open();
      await idle(page);
      const [lost, copied] = await page.evaluate(() => {
        const v = window.kringPlayground.host.getValues('Cliënten');
        return [v[5][0], v[4][0]];
      });
      await page.evaluate((id) => window.kringPlayground.host.typeInCell('Cliënten', 'A6', id), copied);
      const checked = await check(page);
      assert.equal(checked.errors, 1, checked.text);
      const items = pane(page).locator('[data-testid="check-result"] li[data-severity]');
      const texts = await items.allInnerTexts();
      assert.equal(texts.filter((t) => t.includes(`"${lost}"`)).length, 1, `one message about ${lost}:\n${texts.join('\n')}`);
      assert.match(texts[0], /komt al voor in rij 5/);
    },
  },
  {
    name: 'coordinator: smaller points — sample notice says what was filled, Tab after the search reaches the clients, figures explained, settings saved from the top',
    timeout: 90_000,
    async run({ page, open }) {
      await open('?start=empty');
      await pane(page).getByRole('button', { name: 'Maak invoerbladen' }).click();
      await pane(page).getByTestId('overview-empty').waitFor();
      await idle(page);
      await pane(page).getByRole('button', { name: 'Open voorbeeld' }).click();
      const notice = pane(page).getByText(/^Voorbeeld geopend: /);
      await notice.waitFor();
      const text = await notice.innerText();
      assert.match(text, /lege invoerbladen gevuld/, text);
      assert.doesNotMatch(text, /7 bladen toegevoegd/, text);
      await idle(page);
      // Every figure at a glance explained in one line.
      const overviewHelp = pane(page).getByTestId('overview-help');
      await overviewHelp.locator('summary').click();
      await overviewHelp.locator('dd').first().waitFor();
      assert.match(await overviewHelp.innerText(), /Open besluiten\s+Voorstellen in Koppelvoorstellen waarover nog geen besluit/);
      // Netwerkkaarten: Tab from the search goes to the clients, not to the clear button.
      await openStep(page, 'Netwerkkaarten', 'maps');
      const search = pane(page).getByRole('searchbox', { name: 'Zoek cliënt' });
      await search.fill('C012');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'radio', 'Tab after the search lands on a client');
      await page.keyboard.press('Space');
      assert.equal(await search.inputValue(), 'C012', 'the search is kept');
      await pane(page).locator('[data-testid="map-preview"][data-client="C012"]').waitFor();
      // Every figure explained in plain words; no "Jaccard".
      const help = pane(page).getByTestId('figures-help');
      await help.locator('summary').click();
      await help.locator('dd').first().waitFor();
      assert.match(await help.innerText(), /Overlap met vorige kaart\s+Welk deel van alle mensen/);
      assert.doesNotMatch(await pane(page).getByTestId('maps').innerText(), /Jaccard/);
      // The map sheet is shown after the command, and the playground draws its charts (no helper numbers only).
      await pane(page).getByRole('button', { name: 'Maak netwerkkaart', exact: true }).click();
      await pane(page).getByTestId('maps-verdict').waitFor();
      await idle(page);
      assert.equal(await activeSheet(page), 'Netwerkkaart C012');
      const scatter = page.getByTestId('playground-workbook').locator('[data-testid="playground-chart"][data-type*="Scatter"]');
      await scatter.first().waitFor();
      assert.ok((await scatter.first().locator('circle').count()) > 3, 'the map drawn with its points');
      // Instellingen: Opslaan at the top, within 10 Tab presses of the tab.
      await openStep(page, 'Instellingen', 'settings');
      await pane(page).getByRole('tab', { name: 'Instellingen', exact: true }).focus();
      assert.ok(await tabsTo(page, 'kring-save-settings'), '"Opslaan" within 10 Tab presses');
    },
  },
  {
    name: 'coordinator: a begeleider with nothing to discuss gets safety as the only numbered item and a plain note, not "2. Geen koppelingen…"',
    async run({ page, open }) {
      await open();
      await idle(page);
      const row = await page.evaluate(() => window.kringPlayground.host.getValues('Begeleiders').length + 1);
      await page.evaluate((r) => window.kringPlayground.host.typeInCell('Begeleiders', `A${r}`, 'Zonder Werk'), row);
      await check(page);
      await openStep(page, 'Intervisie', 'intervisie');
      const group = pane(page).locator('[data-testid="agenda-group"][data-supervisor="Zonder Werk"]');
      await group.waitFor();
      assert.deepEqual(await group.locator('ol > li').evaluateAll((items) => items.map((li) => li.dataset.item)), ['safety'], 'only safety is numbered');
      assert.match(await group.locator('p[data-item="none"]').innerText(), /Geen koppelingen die aandacht vragen/);
      // On the printed agenda too: one row, the fixed item, with the note.
      await pane(page).getByRole('button', { name: 'Maak intervisie-agenda', exact: true }).click();
      await pane(page).getByTestId('intervisie-verdict').waitFor();
      await idle(page);
      const sheet = await pane(page).getByTestId('intervisie-verdict').getAttribute('data-sheet');
      const rows = (await tableRows(page, sheet, ['Begeleider', 'Agendapunt'], 'Begeleider')).filter((r) => r.Begeleider === 'Zonder Werk');
      assert.deepEqual(rows.map((r) => r.Agendapunt), ['Veiligheid (vast agendapunt)']);
      assert.ok(Object.values(rows[0]).some((v) => typeof v === 'string' && v.includes('Verder vraagt geen koppeling aandacht.')));
    },
  },
];

module.exports.helpers = { openStep, tableRows };
