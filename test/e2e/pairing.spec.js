/*
 * Koppelen in the playground: the pane makes pairing suggestions, writes decisions into the
 * in-memory workbook's Koppelvoorstellen sheet and processes them into the register.
 * Run with `npm run test:e2e` (scripts/e2e.js).
 */
'use strict';

const { AxeBuilder } = require('@axe-core/playwright');
const { assert, until, sheetNames, pane, assertNoHorizontalOverflow, tableRows } = require('./helpers');

const OUTPUT_SHEETS = ['Koppelvoorstellen', 'Kandidaat-netwerkers', 'Locatie-overzicht'];


/** The Koppelvoorstellen rows with a decision cell (the list of clients without a suggestion below has none). */
const suggestionRows = (page) => tableRows(page, 'Koppelvoorstellen', ['Netwerker-ID', 'Cliënt-ID', 'Besluit'], 'Besluit');

/** The suggestions the pane lists, in order. */
function listed(page) {
  return pane(page)
    .getByTestId('suggestion')
    .evaluateAll((items) => items.map((li) => ({ networkerId: li.dataset.networker, clientId: li.dataset.client, decision: li.dataset.decision })));
}

/** Opens the Koppelen tab. */
async function openPairing(page) {
  await pane(page).getByRole('tab', { name: 'Koppelen' }).click();
  await pane(page).getByRole('button', { name: 'Maak koppelvoorstellen' }).waitFor();
}

/** The round number of the result shown (0 before the first). */
const roundOf = (page) => page.evaluate(() => Number(document.querySelector('[data-testid="pairing-verdict"]')?.getAttribute('data-round') ?? 0));

/** Waits until the pane shows a round after `before` and no operation runs. */
async function waitRound(page, before) {
  await until(
    page,
    (n) => Number(document.querySelector('[data-testid="pairing-verdict"]')?.getAttribute('data-round') ?? 0) > n && !document.querySelector('[data-testid="kring-pane"] [role="progressbar"]'),
    before,
    'a new pairing round',
  );
}

/** Clicks "Maak koppelvoorstellen" and waits for the new result; returns the pane's list. */
async function makeSuggestions(page, name = 'Maak koppelvoorstellen') {
  const before = await roundOf(page);
  await pane(page).getByRole('button', { name }).click();
  await waitRound(page, before);
  return listed(page);
}

/** The pane's card of a suggestion. */
function cardOf(page, s) {
  return pane(page).locator(`[data-testid="suggestion"][data-networker="${s.networkerId}"][data-client="${s.clientId}"]`);
}

async function axeViolations(page) {
  const axe = await new AxeBuilder({ page }).include('[data-testid="kring-pane"]').analyze();
  return axe.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
}

module.exports = [
  {
    name: 'Koppelen: suggestions into the sheets, accept and reject written to Koppelvoorstellen, processed into Koppelingen and not suggested again',
    async run({ page, open, saveScreenshot }) {
      await open();
      await pane(page).locator('[data-stat="clients"]').waitFor();
      const paneBox = page.getByTestId('playground-pane');
      await openPairing(page);
      // The location dropdown offers all locations and those of the sample.
      await pane(page).getByRole('combobox', { name: 'Locatie' }).waitFor();

      const first = await makeSuggestions(page);
      const names = await sheetNames(page);
      for (const sheet of OUTPUT_SHEETS) assert.ok(names.includes(sheet), `${sheet} in ${names}`);
      const rows = await suggestionRows(page);
      assert.ok(rows.length >= 2, `at least two suggestions in the sheet (${rows.length})`);
      assert.equal(first.length, rows.length, 'the pane lists as many suggestions as Koppelvoorstellen has rows with a decision');
      assert.deepEqual(
        first.map((s) => `${s.networkerId}/${s.clientId}/${s.decision}`),
        rows.map((r) => `${r['Netwerker-ID']}/${r['Cliënt-ID']}/open`),
        'the same pairs in the same order, all open',
      );
      assert.match(await pane(page).getByTestId('pairing-summary').innerText(), new RegExp(`^${rows.length} voorstellen, 0 akkoord, 0 afgewezen`));
      // A card: names with IDs, the score, the joint activity, the reasons behind "Waarom?".
      const card = cardOf(page, first[0]);
      const text = await card.innerText();
      assert.ok(text.includes(`(${first[0].networkerId})`) && text.includes(`(${first[0].clientId})`), text);
      assert.ok(text.includes(String(Math.round(rows[0].Score))), `score ${rows[0].Score} in ${text}`);
      assert.match(text, /Samen:/);
      await card.getByRole('button', { name: 'Waarom?' }).click();
      assert.equal(await card.getByRole('button', { name: 'Waarom?' }).getAttribute('aria-expanded'), 'true');
      assert.ok((await card.locator('li').count()) >= 1, 'the reasons are listed');
      await assertNoHorizontalOverflow(paneBox, 'suggestions at 350 px');
      await paneBox.evaluate((el) => el.scrollTo(0, 0));
      await saveScreenshot('pairing-suggestions', paneBox);

      // Accept the first, reject the second: the decision goes into the sheet.
      const [a, b] = first;
      await cardOf(page, a).getByRole('button', { name: /^Akkoord: / }).click();
      await cardOf(page, b).getByRole('button', { name: /^Afwijzen: / }).click();
      await cardOf(page, a).and(page.locator('[data-decision="accepted"]')).waitFor();
      await cardOf(page, b).and(page.locator('[data-decision="rejected"]')).waitFor();
      assert.equal(await cardOf(page, a).getByRole('button', { name: /^Akkoord: / }).getAttribute('aria-pressed'), 'true');
      assert.equal(await cardOf(page, b).getByRole('button', { name: /^Afwijzen: / }).getAttribute('aria-pressed'), 'true');
      assert.equal(await cardOf(page, b).getByRole('button', { name: /^Akkoord: / }).getAttribute('aria-pressed'), 'false');
      const decided = await suggestionRows(page);
      const decisionOf = (s) => decided.find((r) => r['Netwerker-ID'] === s.networkerId && r['Cliënt-ID'] === s.clientId)?.Besluit;
      assert.equal(decisionOf(a), 'akkoord');
      assert.equal(decisionOf(b), 'afgewezen');
      assert.deepEqual(
        decided.filter((r) => r.Besluit !== 'open').length,
        2,
        'only those two rows changed',
      );
      assert.match(await pane(page).getByTestId('pairing-summary').innerText(), /1 akkoord, 1 afgewezen/);
      await saveScreenshot('pairing-decided', paneBox);

      // Verwerk besluiten.
      const registerColumns = ['Netwerker-ID', 'Cliënt-ID', 'Status'];
      const registerBefore = await tableRows(page, 'Koppelingen', registerColumns, 'Netwerker-ID');
      const activeBefore = Number(await pane(page).locator('[data-stat="pairings"] dd').innerText());
      await pane(page).getByRole('button', { name: 'Verwerk besluiten' }).click();
      const processed = pane(page).getByTestId('processed');
      await processed.waitFor();
      assert.match(await processed.innerText(), /2 besluiten verwerkt \(1 akkoord, 1 afgewezen\): 1 koppeling nieuw in Koppelingen, 1 afwijzing nieuw onthouden; \d+ voorstellen nog open\./);
      const register = await tableRows(page, 'Koppelingen', registerColumns, 'Netwerker-ID');
      assert.equal(register.length, registerBefore.length + 1, 'one more row in Koppelingen');
      const added = register.filter((r) => r['Netwerker-ID'] === a.networkerId && r['Cliënt-ID'] === a.clientId);
      assert.equal(added.length, 1, 'the accepted pair is in Koppelingen once');
      assert.equal(added[0].Status, 'actief');
      assert.ok((await sheetNames(page)).includes('Kring afwijzingen'));
      const rejections = await tableRows(page, 'Kring afwijzingen', ['Netwerker-ID', 'Cliënt-ID'], 'Netwerker-ID');
      assert.deepEqual(
        rejections.map((r) => `${r['Netwerker-ID']}/${r['Cliënt-ID']}`),
        [`${b.networkerId}/${b.clientId}`],
        'Kring afwijzingen holds the rejected pair',
      );
      // The workbook at a glance follows the register.
      await until(page, (n) => Number(document.querySelector('[data-stat="pairings"] dd')?.textContent) === n, activeBefore + 1, 'one more active pairing');
      await saveScreenshot('pairing-processed', paneBox);

      // A new round: the rejected pair is not suggested again, the accepted client is paired.
      const second = await makeSuggestions(page);
      assert.ok(second.length > 0, 'still suggestions');
      assert.ok(!second.some((s) => s.networkerId === b.networkerId && s.clientId === b.clientId), 'the rejected pair is not suggested again');
      assert.ok(!second.some((s) => s.clientId === a.clientId), 'the accepted client gets no new suggestion');
      await pane(page).getByTestId('unmatched-toggle').click();
      await pane(page).getByTestId('unmatched').waitFor();
      assert.equal(await pane(page).locator(`[data-testid="unmatched"] [data-client="${a.clientId}"]`).count(), 0, 'the accepted client is not among the clients without a suggestion');
      assert.equal(await pane(page).getByTestId('processed').count(), 0, 'the processing message belongs to the previous round');
      await page.getByRole('tab', { name: 'Koppelvoorstellen' }).click();
      await page.locator('table[data-sheet="Koppelvoorstellen"]').waitFor();
      await paneBox.evaluate((el) => el.scrollTo(0, 0));
      await saveScreenshot('playground-pairing');
    },
  },

  {
    name: 'Koppelen at 320 px, keyboard only, and accessibility (axe) with suggestions shown',
    async run({ page, open, saveScreenshot }) {
      await open('?pane=320');
      const paneBox = page.getByTestId('playground-pane');
      await pane(page).locator('[data-stat="clients"]').waitFor();

      // Tab to the steps, arrow to Koppelen, Enter opens it.
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
      }
      assert.ok(reached, 'Tab reaches the steps');
      assert.ok(await page.evaluate(() => !!document.querySelector('.ms-Fabric--isFocusVisible')), 'focus rectangles are on');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'kring-tab-pairing');
      await page.keyboard.press('Enter');
      await pane(page).getByRole('tab', { name: 'Koppelen', selected: true }).waitFor();
      await pane(page).getByRole('button', { name: 'Maak koppelvoorstellen' }).waitFor();

      // Tab past the location dropdown to the button; Enter makes the suggestions.
      reached = false;
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'kring-suggest');
      }
      assert.ok(reached, 'Tab reaches "Maak koppelvoorstellen"');
      await page.keyboard.press('Enter');
      await waitRound(page, 0);
      await until(page, () => document.activeElement?.getAttribute('data-testid') === 'pairing-verdict', undefined, 'focus on the result');
      const first = await listed(page);
      assert.ok(first.length >= 1);

      // Tab to the first card's accept button; Enter accepts; the focus stays on it.
      reached = false;
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'accept');
      }
      assert.ok(reached, 'Tab reaches Akkoord');
      const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
      assert.match(label, /^Akkoord: .+ met .+$/);
      await page.keyboard.press('Enter');
      await cardOf(page, first[0]).and(page.locator('[data-decision="accepted"]')).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
      const rows = await suggestionRows(page);
      assert.equal(rows.find((r) => r['Netwerker-ID'] === first[0].networkerId && r['Cliënt-ID'] === first[0].clientId).Besluit, 'akkoord');
      // Enter again takes it back to open.
      await page.keyboard.press('Enter');
      await cardOf(page, first[0]).and(page.locator('[data-decision="open"]')).waitFor();

      await assertNoHorizontalOverflow(paneBox, 'Koppelen at 320 px');
      await pane(page).getByRole('button', { name: 'Waarom?' }).first().click();
      await pane(page).getByTestId('unmatched-toggle').click();
      await saveScreenshot('pairing-320', paneBox);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe violations in the Koppelen view:\n${violations.join('\n')}`);
    },
  },

  {
    name: 'Koppelen: errors in the input stop the round and are listed; nothing is written',
    async run({ page, open }) {
      await open();
      await pane(page).locator('[data-stat="clients"]').waitFor();
      await page.evaluate(() => window.kringPlayground.host.typeInCell('Cliënten', 'B3', ''));
      await openPairing(page);
      await makeSuggestions(page);
      const verdict = pane(page).getByTestId('pairing-verdict');
      assert.equal(await verdict.getAttribute('data-blocked'), 'true');
      assert.match(await verdict.innerText(), /geen koppelvoorstellen maken/);
      await pane(page).locator('[data-testid="pairing"] [data-severity="error"] [data-address="B3"]').waitFor();
      assert.equal(await pane(page).getByTestId('suggestion').count(), 0);
      assert.ok(!(await sheetNames(page)).includes('Koppelvoorstellen'), 'nothing written');
    },
  },

  {
    name: 'Koppelen in English: one location, English words, the Dutch sheet keeps Dutch decisions',
    async run({ page, open }) {
      await open('?lang=en');
      await pane(page).locator('[data-stat="clients"]').waitFor();
      await pane(page).getByRole('tab', { name: 'Pairing' }).click();
      const location = await page.evaluate(() => {
        const values = window.kringPlayground.host.getValues('Cliënten');
        const col = values[0].indexOf('Locatie');
        return values.slice(1).map((r) => r[col]).find(Boolean);
      });
      await pane(page).getByRole('combobox', { name: 'Location' }).click();
      await page.getByRole('option', { name: location, exact: true }).click();
      const first = await makeSuggestions(page, 'Make pairing suggestions');
      assert.ok(first.length >= 1, 'suggestions for one location');
      const rows = await suggestionRows(page);
      assert.equal(rows.length, first.length);
      assert.ok(rows.every((r) => r.Locatie === location), `every suggestion is at ${location}`);
      await cardOf(page, first[0]).getByRole('button', { name: /^Accept: .+ with .+/ }).click();
      await cardOf(page, first[0]).and(page.locator('[data-decision="accepted"]')).waitFor();
      // The sample is Dutch: Kring writes the Dutch word in its Dutch sheet.
      const after = await suggestionRows(page);
      assert.equal(after[0].Besluit, 'akkoord');
      assert.match(await pane(page).getByTestId('pairing-summary').innerText(), /1 accepted, 0 rejected/);
    },
  },
];
