/*
 * Access and erasure through the pane (issue 22), under Instellingen. "Maak inzage" builds the
 * access workbook in the browser (the .xlsx gateway's own chunk) and opens it as a new workbook;
 * before ExcelApi 1.8 the pane says where to make it instead. "Toon wat er weg gaat" names per
 * sheet what goes and writes nothing; "Verwijder deze cliënt" asks to confirm, then the client is
 * gone from every sheet and the pane says how much went. Run with `node scripts/e2e.js --grep privacy`.
 */
'use strict';

const JSZip = require('jszip');
const { assert, pane, idle, sheetNames, until } = require('./helpers');

/** Opens the playground (with `query`) on the settings step's privacy part. */
async function openPrivacy(page, open, query, tab) {
  await open(query);
  await idle(page);
  await pane(page).getByRole('tab', { name: tab, exact: true }).click();
  await pane(page).getByTestId('kring-privacy').waitFor();
}

const workbook = (page) => page.evaluate(() => JSON.stringify(window.kringPlayground.host.sheetNames().map((n) => [n, window.kringPlayground.host.getValues(n)])));

module.exports = [
  {
    name: 'privacy: "Maak inzage" opens a new workbook with the client\'s sheets, built in the browser; this workbook unchanged',
    timeout: 120_000,
    async run({ page, open, saveScreenshot }) {
      await openPrivacy(page, open, '', 'Instellingen');
      // The client is picked from the workbook's clients: typing a name completes it.
      const picker = pane(page).getByRole('combobox', { name: 'Cliënt', exact: true });
      await picker.click();
      await page.keyboard.type('Marl');
      assert.equal(await picker.inputValue(), 'Marloes S. — C001');
      await page.keyboard.press('Enter');
      const before = await workbook(page);
      await pane(page).getByRole('button', { name: 'Maak inzage' }).click();
      const result = pane(page).getByTestId('kring-privacy-result');
      await result.waitFor({ timeout: 60_000 });
      assert.match(await result.innerText(), /De inzage over C001 is geopend als nieuwe werkmap \(\d+ bladen en een voorblad\)/);
      await until(page, () => Boolean(document.activeElement?.closest('[data-testid="kring-privacy-outcome"]')), undefined, 'the focus on the result');
      assert.equal(await workbook(page), before, 'the user\'s workbook is only read');
      await result.scrollIntoViewIfNeeded();
      await saveScreenshot('step-privacy-access', page.getByTestId('playground-pane'));
      const files = await page.evaluate(() => window.kringPlayground.host.stats.openedWorkbooks);
      assert.equal(files.length, 1);
      const zip = await JSZip.loadAsync(Buffer.from(files[0], 'base64'));
      const names = [...(await zip.file('xl/workbook.xml').async('string')).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(names[0], 'Inzage');
      assert.ok(names.includes('Cliënten') && names.includes('Contacten'), names.join(', '));
      // The playground has no second window: it offers the new workbook to download.
      await page.getByTestId('playground-opened').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download de werkmap' }).click()]);
      assert.equal(download.suggestedFilename(), 'nieuwe-werkmap.xlsx');
    },
  },
  {
    name: 'privacy (en): "Make access workbook" in English',
    timeout: 120_000,
    async run({ page, open }) {
      await openPrivacy(page, open, '?lang=en', 'Settings');
      await pane(page).getByRole('combobox', { name: 'Client', exact: true }).fill('C001');
      await pane(page).getByRole('button', { name: 'Make access workbook' }).click();
      const result = pane(page).getByTestId('kring-privacy-result');
      await result.waitFor({ timeout: 60_000 });
      assert.match(await result.innerText(), /The access workbook for C001 is open as a new workbook \(\d+ sheets and a cover sheet\)/);
      assert.equal((await page.evaluate(() => window.kringPlayground.host.stats.openedWorkbooks)).length, 1);
    },
  },
  {
    name: 'privacy: before ExcelApi 1.8 there is no access button, and the pane says where to make it',
    timeout: 60_000,
    async run({ page, open }) {
      await openPrivacy(page, open, '?api=1.7', 'Instellingen');
      assert.equal(await pane(page).getByRole('button', { name: 'Maak inzage' }).count(), 0);
      const hint = await pane(page).getByTestId('kring-privacy-access-hint').innerText();
      assert.match(hint, /ExcelApi 1\.8/);
      assert.match(hint, /kring access werkmap\.xlsx --client ID -o inzage\.xlsx/);
    },
  },
  {
    name: 'privacy: erase one client from the pane after a confirmation that names what goes',
    timeout: 120_000,
    async run({ page, open, saveScreenshot }) {
      await openPrivacy(page, open, '', 'Instellingen');
      // A begeleider's note on another client's concern names C001 by first name only.
      const note = await page.evaluate(() => {
        const host = window.kringPlayground.host;
        const rows = host.getValues('Veiligheidssignalen');
        const h = rows.findIndex((r) => r.includes('Signaal'));
        const last = rows.reduce((n, r, i) => (r.some((c) => c !== '') ? i : n), h);
        const at = (name) => `${String.fromCharCode(65 + rows[h].indexOf(name))}${last + 2}`;
        host.typeInCell('Veiligheidssignalen', at('Datum'), '01-11-2026');
        host.typeInCell('Veiligheidssignalen', at('Over cliënt-ID'), 'C003');
        host.typeInCell('Veiligheidssignalen', at('Begeleider'), 'Sandra Jansen');
        host.typeInCell('Veiligheidssignalen', at('Signaal'), 'Kwam samen met Marloes naar de activiteit.');
        return at('Signaal');
      });
      await pane(page).getByRole('combobox', { name: 'Cliënt', exact: true }).fill('C001');
      const before = await page.evaluate(() => JSON.stringify(window.kringPlayground.host.getValues('Cliënten')));
      await pane(page).getByRole('button', { name: 'Toon wat er weg gaat' }).click();
      const lines = pane(page).getByTestId('kring-privacy-lines');
      await lines.waitFor();
      const text = await lines.innerText();
      assert.match(text, /Cliënten: 1 rij\(en\) weg/);
      assert.match(text, /Koppelingen: 0 rij\(en\) weg, 1 cel\(len\) worden "verwijderde cliënt"/);
      assert.equal(await page.evaluate(() => JSON.stringify(window.kringPlayground.host.getValues('Cliënten'))), before);
      assert.match(await pane(page).getByTestId('kring-privacy-first-names').innerText(), /^1 cel noemt misschien de voornaam/);

      await pane(page).getByRole('button', { name: 'Verwijder deze cliënt' }).click();
      // Fluent's blocking dialog: its title and buttons are what the user sees.
      await page.getByText('Cliënt C001 (Marloes S.) verwijderen?').waitFor();
      await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
      const result = pane(page).getByTestId('kring-privacy-result');
      await result.waitFor({ timeout: 60_000 });
      assert.match(await result.innerText(), /Verwijderd: \d+ rij\(en\) weg/);
      const rows = await page.evaluate(() => window.kringPlayground.host.getValues('Cliënten'));
      assert.ok(!rows.some((r) => r[0] === 'C001'), 'C001 is gone from Cliënten');
      assert.ok((await sheetNames(page)).includes('Kring verwijderlog'));
      // The note is listed to look at (the rows above it moved up), and left as it was; its item selects the cell.
      const review = pane(page).getByRole('region', { name: 'Kijk deze cellen na' });
      const item = review.getByRole('button').first();
      await review.scrollIntoViewIfNeeded();
      await saveScreenshot('step-privacy-erased', page.getByTestId('playground-pane'));
      await item.click();
      const selected = await page.evaluate(() => window.kringPlayground.host.selection());
      assert.equal(selected.sheet, 'Veiligheidssignalen');
      const kept = await page.evaluate((a) => window.kringPlayground.host.getValues('Veiligheidssignalen', a)[0][0], selected.address);
      assert.equal(kept, 'Kwam samen met Marloes naar de activiteit.');
      assert.notEqual(selected.address, note, 'the row moved up with the erased rows above it');
    },
  },
];
