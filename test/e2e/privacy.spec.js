/*
 * Erasure through the pane (issue 22): under Instellingen, "Toon wat er weg gaat" names per sheet
 * what goes and writes nothing; "Verwijder deze cliënt" asks to confirm, then the client is gone
 * from every sheet and the pane says how much went. Run with `node scripts/e2e.js --grep privacy`.
 */
'use strict';

const { assert, pane, idle, sheetNames } = require('./helpers');

module.exports = [
  {
    name: 'privacy: erase one client from the pane after a confirmation that names what goes',
    timeout: 120_000,
    async run({ page, open }) {
      await open();
      await idle(page);
      await pane(page).getByRole('tab', { name: 'Instellingen', exact: true }).click();
      await pane(page).getByTestId('kring-privacy').waitFor();
      await pane(page).getByLabel('Cliënt-ID').fill('C001');
      const before = await page.evaluate(() => JSON.stringify(window.kringPlayground.host.getValues('Cliënten')));
      await pane(page).getByRole('button', { name: 'Toon wat er weg gaat' }).click();
      const lines = pane(page).getByTestId('kring-privacy-lines');
      await lines.waitFor();
      const text = await lines.innerText();
      assert.match(text, /Cliënten: 1 rij\(en\) weg/);
      assert.match(text, /Koppelingen: 0 rij\(en\) weg, 1 cel\(len\) worden "verwijderde cliënt"/);
      assert.equal(await page.evaluate(() => JSON.stringify(window.kringPlayground.host.getValues('Cliënten'))), before);

      await pane(page).getByRole('button', { name: 'Verwijder deze cliënt' }).click();
      // Fluent's blocking dialog: its title and buttons are what the user sees.
      await page.getByText('Cliënt C001 verwijderen?').waitFor();
      await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
      const result = pane(page).getByTestId('kring-privacy-result');
      await result.waitFor({ timeout: 60_000 });
      assert.match(await result.innerText(), /Verwijderd: \d+ rij\(en\) weg/);
      const rows = await page.evaluate(() => window.kringPlayground.host.getValues('Cliënten'));
      assert.ok(!rows.some((r) => r[0] === 'C001'), 'C001 is gone from Cliënten');
      assert.ok((await sheetNames(page)).includes('Kring verwijderlog'));
    },
  },
];
