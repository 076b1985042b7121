/*
 * The Eenzaamheid step (issue 20): the latest loneliness score per client, "Maak vragenlijsten"
 * writing one questionnaire per active client of a location, and loneliness in the Resultaten
 * preview. Run with `npm run test:e2e -- --grep loneliness`.
 */
'use strict';

const { assert, pane, idle, axeViolations, assertNoHorizontalOverflow } = require('./helpers');
const { helpers } = require('./coordinator.spec');

module.exports = [
  {
    name: 'loneliness: the scores per client, "Maak vragenlijsten" for a location, and loneliness in the Resultaten preview',
    timeout: 90_000,
    async run({ page, open, saveScreenshot }) {
      await open('?pane=350');
      await idle(page);
      await helpers.openStep(page, 'Eenzaamheid', 'loneliness');
      const scores = pane(page).getByTestId('loneliness-scores');
      await scores.waitFor();
      assert.ok(Number(await scores.getAttribute('data-count')) > 30, 'the sample has scores for most clients');
      assert.match(await scores.innerText(), /van 6, (niet|enigszins|sterk) eenzaam \(01-09-2026\)/);
      await assertNoHorizontalOverflow(page.getByTestId('playground-pane'), 'Eenzaamheid at 350px');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));

      await pane(page).getByTestId('loneliness-location').click();
      await page.getByRole('option', { name: 'Zonnehof' }).click();
      await pane(page).getByRole('button', { name: 'Maak vragenlijsten', exact: true }).click();
      const verdict = pane(page).getByTestId('loneliness-verdict');
      await verdict.waitFor();
      await idle(page);
      const sheet = await verdict.getAttribute('data-sheet');
      assert.match(sheet, /^Vragenlijst \d{2}-\d{2}-\d{4}$/);
      assert.ok(Number(await verdict.getAttribute('data-forms')) > 5);
      assert.equal(await page.evaluate(() => window.kringPlayground.host.activeSheet()), sheet, 'the questionnaires are shown after the command');
      const paneBox = page.getByTestId('playground-pane');
      await saveScreenshot('step-loneliness', paneBox);

      await helpers.openStep(page, 'Resultaten', 'results');
      await pane(page).getByTestId('results-figures').waitFor();
      assert.match(await pane(page).getByTestId('results-figures').innerText(), /Sterk eenzaam \(laatste meting\)/);
      assert.match(await pane(page).getByTestId('results-loneliness').innerText(), /^Van de \d+ cliënten die minstens twee keer zijn gemeten, voelen \d+ zich minder eenzaam, \d+ meer/);
    },
  },
];
