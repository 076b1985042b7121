/*
 * Safety through the pane (issue 19): a concern typed on an evaluation form that ends the pairing
 * is recorded in Veiligheidssignalen and said after "Verwerk evaluaties"; the netwerker gets no
 * new suggestion and the pane says why; the begeleider's agenda opens with the concern in their
 * words. Run with `npm run test:e2e -- --grep safety`.
 */
'use strict';

const { assert, pane, idle, tableRows, runAndWait } = require('./helpers');

async function openStep(page, tab, testId) {
  await pane(page).getByRole('tab', { name: tab, exact: true }).click();
  await pane(page).getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  if (testId) await pane(page).getByTestId(testId).waitFor();
}

const WORDS = 'Hans vertelde dat Yvonne geld leende';

module.exports = [
  {
    name: 'safety: a concern on a form that ends the pairing is recorded and said, blocks the netwerker with the reason, and opens the agenda in the begeleider\'s words',
    timeout: 120_000,
    async run({ page, open }) {
      await open();
      await idle(page);
      const people = await page.evaluate(() => {
        const rows = window.kringPlayground.host.getValues('Cliënten');
        const find = (name) => rows.find((r) => r[1] === name);
        return { yvonne: find('Yvonne Meijer')[0], hans: find('Hans Peters')[0], supervisor: find('Hans Peters')[rows[0].indexOf('Begeleider')] };
      });

      await openStep(page, 'Evalueren', 'evaluate');
      const field = pane(page).getByTestId('evaluate-date');
      await field.fill('01-12-2026');
      await field.press('Enter');
      const verdict = await runAndWait(page, 'Maak evaluatieformulieren', '[data-testid="evaluate-verdict"]');
      const sheet = await verdict.getAttribute('data-sheet');
      await page.evaluate(({ sheet, key, words }) => {
        const host = window.kringPlayground.host;
        const values = host.getValues(sheet);
        let inside = false;
        const answers = { 'Zorgen over veiligheid': 'ja', 'Toelichting veiligheid': words, Besluit: 'beëindigen', 'Reden (bij beëindigen of nieuwe koppeling)': 'veiligheid' };
        values.forEach((row, i) => {
          if (typeof row[2] === 'string' && row[2].startsWith('KRING-EVAL:')) inside = row[2] === key;
          if (inside && row[0] in answers) host.typeInCell(sheet, `B${i + 1}`, answers[row[0]]);
        });
      }, { sheet, key: `KRING-EVAL:${people.yvonne}>${people.hans}`, words: WORDS });

      // Verwerk evaluaties: the pairing ends and the concern is said, in the begeleider's words.
      const processed = await runAndWait(page, 'Verwerk evaluaties', '[data-testid="evaluations-processed"] [data-round]');
      assert.equal(await processed.getAttribute('data-ended'), '1');
      const recorded = pane(page).getByTestId('concerns-recorded');
      await recorded.waitFor();
      const said = await recorded.innerText();
      assert.match(said, /1 zorg vastgelegd in Veiligheidssignalen/);
      assert.ok(said.includes(`“${WORDS}”`), `the begeleider's words in: ${said}`);
      const register = await tableRows(page, 'Veiligheidssignalen', ['Over cliënt-ID', 'Met cliënt-ID', 'Signaal', 'Status'], 'Over cliënt-ID');
      assert.deepEqual(register.filter((r) => r.Signaal === WORDS).map((r) => [r['Over cliënt-ID'], r['Met cliënt-ID'], r.Status]), [[people.yvonne, people.hans, 'open']]);

      // Koppelen: no card with this netwerker, and the pane says why.
      await openStep(page, 'Koppelen');
      await runAndWait(page, 'Maak koppelvoorstellen', '[data-testid="pairing-verdict"]');
      await idle(page);
      assert.equal(await pane(page).locator(`[data-testid="suggestion"][data-networker="${people.yvonne}"]`).count(), 0, 'no new pairing for the netwerker');
      const toggle = pane(page).getByTestId('unmatched-toggle');
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      const reasons = await pane(page).getByTestId('unmatched').innerText();
      assert.ok(/geen nieuwe koppeling: open veiligheidssignaal/.test(reasons), `the reason in the pane: ${reasons}`);

      // Intervisie: the begeleider's agenda opens with the concern in full, before the fixed question.
      await openStep(page, 'Intervisie', 'intervisie');
      const dateField = pane(page).getByTestId('intervisie-date');
      await dateField.fill('01-12-2026');
      await dateField.press('Enter');
      const group = pane(page).locator(`[data-testid="agenda-group"][data-supervisor="${people.supervisor}"]`);
      const items = await group.locator('ol > li').evaluateAll((lis) => lis.map((li) => ({ item: li.dataset.item, text: li.textContent })));
      assert.equal(items[0].item, 'concern');
      assert.ok(items[0].text.includes(`“${WORDS}”`), items[0].text);
      assert.equal(items[1].item, 'safety');
      await runAndWait(page, 'Maak intervisie-agenda', '[data-testid="intervisie-verdict"]');
      const rows = await tableRows(page, 'Intervisie 01-12-2026', ['Begeleider', 'Agendapunt', 'Reden'], 'Begeleider');
      const own = rows.filter((r) => r.Begeleider === people.supervisor);
      assert.equal(own[0].Agendapunt, 'Veiligheidssignaal (open)');
      assert.ok(own[0].Reden.includes(`“${WORDS}”`));
    },
  },
];
