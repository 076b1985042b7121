/*
 * The Intake step (issue 24): "Maak intakeformulieren" for a location, a form filled in the sheet,
 * "Lees ingevulde intakes" showing the proposed changes (nothing written yet), and "Neem over"
 * writing them into Competenties and Cliënten. Run with `node scripts/e2e.js --grep intake`.
 */
'use strict';

const { assert, pane, idle, until, axeViolations, assertNoHorizontalOverflow } = require('./helpers');
const { helpers } = require('./coordinator.spec');

module.exports = [
  {
    name: 'intake: forms for a location, a filled form read back as proposed changes, written only after "Neem over"',
    timeout: 120_000,
    async run({ page, open, saveScreenshot }) {
      await open('?pane=350');
      await idle(page);
      await helpers.openStep(page, 'Intake', 'intake');
      const fresh = pane(page).getByTestId('intake-freshness');
      await fresh.waitFor();
      assert.match(await fresh.innerText(), /Zonnehof: \d+ van \d+ beoordeeld/);
      await assertNoHorizontalOverflow(page.getByTestId('playground-pane'), 'Intake at 350px');

      await pane(page).getByTestId('intake-location').click();
      await page.getByRole('option', { name: 'Zonnehof' }).click();
      await pane(page).getByRole('button', { name: 'Maak intakeformulieren', exact: true }).click();
      const message = pane(page).getByTestId('intake-message');
      await message.waitFor();
      await idle(page);
      assert.match(await message.innerText(), /intakeformulieren op het blad Intake \d{2}-\d{2}-\d{4}/);
      const sheet = (await message.innerText()).match(/Intake \d{2}-\d{2}-\d{4}/)[0];
      await until(page, (s) => window.kringPlayground.host.activeSheet() === s, sheet, 'the forms are shown after the command');

      // The first form: a level ticked and an interest added, as typed in Excel.
      const filled = await page.evaluate((s) => {
        const host = window.kringPlayground.host;
        const values = host.getValues(s);
        const top = values.findIndex((r) => r.some((v) => typeof v === 'string' && v.startsWith('KRING-FORM:INTAKE:')));
        const client = values[top].find((v) => typeof v === 'string' && v.startsWith('KRING-FORM:INTAKE:')).split(':')[2];
        const row = (start) => values.findIndex((r, i) => i > top && typeof r[0] === 'string' && r[0].startsWith(start)) + 1;
        const known = host.getValues('Competenties').find((r) => r[0] === client && r[1] === 'luisteren');
        const level = known && known[2] === 4 ? 5 : 4;
        host.typeInCell(s, `${String.fromCharCode(65 + level)}${row('luisteren')}`, 'x');
        host.typeInCell(s, `B${row('Interesses')}`, 'schaken');
        return { client, level };
      }, sheet);
      const clientsBefore = await page.evaluate(() => JSON.stringify(window.kringPlayground.host.getValues('Cliënten')));

      await pane(page).getByRole('button', { name: 'Lees ingevulde intakes', exact: true }).click();
      const changes = pane(page).getByTestId('intake-changes');
      await changes.waitFor();
      await idle(page);
      const text = await changes.innerText();
      assert.match(text, /voorgestelde wijzigingen \(nog niet geschreven\)/);
      await until(page, () => Boolean(document.activeElement?.closest('[data-testid="intake-result"]')), undefined, 'the focus on the proposed changes');
      assert.match(text, new RegExp(`\\(${filled.client}\\): Interesses: .* → schaken`));
      assert.match(text, new RegExp(`\\(${filled.client}\\): luisteren: .* → ${filled.level}`));
      assert.equal(await page.evaluate(() => JSON.stringify(window.kringPlayground.host.getValues('Cliënten'))), clientsBefore, 'reading writes nothing');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
      await saveScreenshot('step-intake', page.getByTestId('playground-pane'));

      await pane(page).getByTestId('kring-intake-apply').click();
      await pane(page).getByText(/wijzigingen? geschreven in Competenties en Cliënten/).waitFor();
      await idle(page);
      const after = await page.evaluate((id) => {
        const host = window.kringPlayground.host;
        const clients = host.getValues('Cliënten');
        const competences = host.getValues('Competenties');
        return {
          interests: clients.find((r) => r[0] === id)[clients[0].indexOf('Interesses')],
          listening: competences.filter((r) => r[0] === id && r[1] === 'luisteren').map((r) => r[2]),
        };
      }, filled.client);
      assert.equal(after.interests, 'schaken');
      assert.deepEqual(after.listening, [filled.level]);
    },
  },
];
