/*
 * The whole method in the playground, from an empty workbook: input sheets, the sample, check,
 * pairing, a network map, evaluation forms (an answer typed into the host survives
 * regeneration), processing the evaluation (the register row ends), the intervisie agenda
 * (safety for every begeleider) and the settings (saved into the host's Instellingen sheet).
 * Every step asserts on the in-memory workbook; every panel is checked with axe and for
 * horizontal scrolling. Then: Evalueren at ExcelApi 1.7, Cancel, and every step in English at
 * 320 px by keyboard. Run with `npm run test:e2e` (scripts/e2e.js).
 */
'use strict';

const { assert, INPUT_SHEETS, until, sheetNames, pane, check, assertNoHorizontalOverflow, tableRows, axeViolations, idle, today, runAndWait } = require('./helpers');

const CLIENT = 'C012';

/** Opens a step's tab and waits for its panel. */
async function openStep(page, tab, testId) {
  await pane(page).getByRole('tab', { name: tab, exact: true }).click();
  await pane(page).getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  if (testId) await pane(page).getByTestId(testId).waitFor();
}

/** axe (no serious or critical violations), no horizontal scrolling, and a screenshot of the pane. */
async function inspect(page, saveScreenshot, what, { atSteps = false } = {}) {
  const paneBox = page.getByTestId('playground-pane');
  await assertNoHorizontalOverflow(paneBox, what);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe violations in ${what}:\n${violations.join('\n')}`);
  // The step's own panel right below the tabs, or the pane from the top.
  await paneBox.evaluate((el, atSteps) => {
    const tabs = atSteps && el.querySelector('[role="tablist"]');
    el.scrollTo(0, tabs ? el.scrollTop + tabs.getBoundingClientRect().top - el.getBoundingClientRect().top - 4 : 0);
  }, atSteps);
  await saveScreenshot(`step-${what}`, paneBox);
}

/** The forms on an evaluation sheet: pairing key and the Excel row of each field label in column A, with the answer in B. */
function forms(page, sheet) {
  return page.evaluate((sheet) => {
    const values = window.kringPlayground.host.getValues(sheet);
    const out = [];
    values.forEach((row, i) => {
      const key = typeof row[2] === 'string' && /^KRING-EVAL:(.+)>(.+)$/.exec(row[2]);
      if (key) out.push({ networkerId: key[1], clientId: key[2], row: i + 1, fields: {} });
      else if (out.length && typeof row[0] === 'string' && row[0]) out[out.length - 1].fields[row[0]] = { row: i + 1, value: row[1] };
    });
    return out;
  }, sheet);
}

const REGISTER = ['Netwerker-ID', 'Cliënt-ID', 'Status'];

module.exports = [
  {
    name: 'method: empty workbook → input sheets, sample, check, pairing, map, evaluation (answer kept), ended pairing, intervisie, settings',
    timeout: 150_000,
    async run({ page, open, saveScreenshot }) {
      const { iso, nl } = today();
      await open('?start=empty');
      assert.deepEqual(await sheetNames(page), ['Blad1']);

      // First run: what Kring does, and how to start.
      await pane(page).getByRole('heading', { name: 'Welkom bij Kring' }).waitFor();
      await inspect(page, saveScreenshot, 'welcome');
      await pane(page).getByRole('button', { name: 'Maak invoerbladen' }).click();
      await until(page, (wanted) => wanted.every((s) => window.kringPlayground.host.sheetNames().includes(s)), INPUT_SHEETS, 'the input sheets');
      // Input sheets without clients: the state at a glance, and the sample still on offer.
      await pane(page).getByTestId('overview-empty').waitFor();
      assert.equal(await pane(page).locator('[data-stat="clients"] dd').innerText(), '0');
      await idle(page);
      await pane(page).getByRole('button', { name: 'Open voorbeeld' }).click();
      const clientRows = await until(
        page,
        () => {
          const n = window.kringPlayground.host.getValues('Cliënten').length - 1;
          return n > 10 ? n : 0;
        },
        undefined,
        'the sample in the input sheets',
      );
      await until(page, (n) => Number(document.querySelector('[data-stat="clients"] dd')?.textContent) === n, clientRows, 'the clients in the overview');
      await idle(page);
      const stat = async (key) => (await pane(page).locator(`[data-stat="${key}"] dd`).innerText()).trim();
      const activeAtStart = Number(await stat('pairings'));
      assert.ok(activeAtStart > 0, 'the sample has active pairings');
      assert.equal(await stat('decisions'), '0', 'no open decisions before any suggestion');
      assert.ok(Number(await stat('due')) >= 0);
      assert.equal(await pane(page).getByTestId('feature-notice').count(), 0, 'a current Excel needs no explanation');

      // Controleren.
      const checked = await check(page);
      assert.equal(checked.errors, 0, checked.text);
      await inspect(page, saveScreenshot, 'overview-checked');

      // Koppelen: suggestions, accept one, process.
      await openStep(page, 'Koppelen', 'pairing');
      await runAndWait(page, 'Maak koppelvoorstellen', '[data-testid="pairing-verdict"]');
      const first = await pane(page).getByTestId('suggestion').first().evaluate((li) => ({ networkerId: li.dataset.networker, clientId: li.dataset.client }));
      const suggestions = await pane(page).getByTestId('suggestion').count();
      assert.ok((await sheetNames(page)).includes('Koppelvoorstellen'));
      assert.equal(Number(await stat('decisions')), suggestions, 'every suggestion is an open decision');
      const card = pane(page).locator(`[data-testid="suggestion"][data-networker="${first.networkerId}"][data-client="${first.clientId}"]`);
      await card.getByRole('button', { name: /^Akkoord: / }).click();
      await card.and(page.locator('[data-decision="accepted"]')).waitFor();
      await inspect(page, saveScreenshot, 'pairing', { atSteps: true });
      await pane(page).getByRole('button', { name: 'Verwerk besluiten' }).click();
      await pane(page).getByTestId('processed').waitFor();
      await idle(page);
      const register = await tableRows(page, 'Koppelingen', REGISTER, 'Netwerker-ID');
      assert.equal(register.filter((r) => r['Netwerker-ID'] === first.networkerId && r['Cliënt-ID'] === first.clientId && r.Status === 'actief').length, 1, 'the accepted pair is in the register');
      await until(page, (n) => Number(document.querySelector('[data-stat="pairings"] dd')?.textContent) === n, activeAtStart + 1, 'one more active pairing');
      // The other suggestions are still open in Koppelvoorstellen: the overview counts them.
      assert.equal(Number(await stat('decisions')), suggestions - 1, 'open decisions in the overview');

      // Netwerkkaarten: one map.
      await openStep(page, 'Netwerkkaarten', 'maps');
      await pane(page).getByRole('searchbox', { name: 'Zoek cliënt' }).fill(CLIENT);
      await pane(page).getByRole('radio', { name: new RegExp(`\\(${CLIENT}\\)$`) }).check();
      await pane(page).locator(`[data-testid="map-preview"][data-client="${CLIENT}"]`).waitFor();
      await runAndWait(page, 'Maak netwerkkaart', '[data-testid="maps-verdict"]');
      assert.ok((await sheetNames(page)).includes(`Netwerkkaart ${CLIENT}`));
      await page.evaluate(() => window.kringPlayground.host.charts(`Netwerkkaart C012`).length).then((n) => assert.ok(n >= 1, 'the map is a chart'));
      await inspect(page, saveScreenshot, 'maps', { atSteps: true });

      // Evalueren: the date typed the Dutch way, the pairings in scope, the forms.
      await openStep(page, 'Evalueren', 'evaluate');
      const dateField = pane(page).getByTestId('evaluate-date');
      assert.equal(await dateField.inputValue(), nl, 'today, written the Dutch way');
      await dateField.fill(nl);
      await dateField.press('Tab');
      const inScope = Number(await pane(page).getByTestId('evaluate-scope').getAttribute('data-count'));
      assert.equal(inScope, activeAtStart + 1, 'every active pairing gets a form');
      const verdict = await runAndWait(page, 'Maak evaluatieformulieren', '[data-testid="evaluate-verdict"]');
      const sheet = `Evaluatie ${iso.split('-').reverse().join('-')}`;
      assert.equal(await verdict.getAttribute('data-forms'), String(inScope));
      assert.match((await verdict.innerText()).trim(), new RegExp(`(^|\\s)${inScope} formulieren in ${sheet}; ingevulde antwoorden zijn bewaard\\.`));
      assert.ok((await sheetNames(page)).includes(sheet));
      assert.ok((await sheetNames(page)).includes('Evaluatieoverzicht'));
      let made = await forms(page, sheet);
      assert.equal(made.length, inScope, 'one form per pairing in the sheet');
      // A begeleider types a decision into the first form (an unlocked cell of the protected sheet).
      const form = made.find((f) => !(f.networkerId === first.networkerId && f.clientId === first.clientId));
      const decisionCell = `B${form.fields.Besluit.row}`;
      const reasonCell = `B${form.fields['Reden (bij beëindigen of nieuwe koppeling)'].row}`;
      await page.evaluate(({ sheet, decisionCell, reasonCell }) => {
        window.kringPlayground.host.typeInCell(sheet, decisionCell, 'beëindigen');
        window.kringPlayground.host.typeInCell(sheet, reasonCell, 'verhuisd');
      }, { sheet, decisionCell, reasonCell });
      await inspect(page, saveScreenshot, 'evaluate', { atSteps: true });
      // Regenerating keeps the answer.
      await runAndWait(page, 'Maak evaluatieformulieren', '[data-testid="evaluate-verdict"]');
      made = await forms(page, sheet);
      const again = made.find((f) => f.networkerId === form.networkerId && f.clientId === form.clientId);
      assert.equal(again.fields.Besluit.value, 'beëindigen', 'the typed decision is still there');
      assert.equal(again.fields['Reden (bij beëindigen of nieuwe koppeling)'].value, 'verhuisd');
      assert.equal(made.length, inScope);

      // Verwerk evaluaties: the register row ends.
      const processed = await runAndWait(page, 'Verwerk evaluaties', '[data-testid="evaluations-processed"] [data-round]');
      assert.equal(await processed.getAttribute('data-ended'), '1');
      await pane(page).locator(`[data-testid="evaluations-processed"] li[data-networker="${form.networkerId}"][data-client="${form.clientId}"]`).waitFor();
      const ended = (await tableRows(page, 'Koppelingen', REGISTER, 'Netwerker-ID')).filter((r) => r['Netwerker-ID'] === form.networkerId && r['Cliënt-ID'] === form.clientId);
      assert.equal(ended[ended.length - 1].Status, 'beëindigd', 'the pairing is ended in the register');
      assert.ok(ended[ended.length - 1].Einddatum, 'with an end date');
      await until(page, (n) => Number(document.querySelector('[data-stat="pairings"] dd')?.textContent) === n, activeAtStart, 'one active pairing less');
      await pane(page).locator(`[data-testid="evaluate-scope"] li[data-networker="${form.networkerId}"][data-client="${form.clientId}"]`).waitFor();

      // Intervisie: the agenda in the pane and in the sheet, safety for every begeleider.
      await openStep(page, 'Intervisie', 'intervisie');
      const groups = await pane(page)
        .getByTestId('agenda-group')
        .evaluateAll((items) => items.map((li) => ({ supervisor: li.dataset.supervisor, first: li.querySelector('ol > li')?.getAttribute('data-item') })));
      assert.ok(groups.length >= 2, `begeleiders on the agenda (${groups.length})`);
      // Safety first: an open concern in full (the sample has one), else the fixed safety item.
      assert.ok(groups.every((g) => g.first === 'safety' || g.first === 'concern'), 'safety is the first item of every begeleider');
      assert.ok(groups.some((g) => g.first === 'concern'), "the sample's open concern opens its begeleider's agenda");
      const intervisie = await runAndWait(page, 'Maak intervisie-agenda', '[data-testid="intervisie-verdict"]');
      const agendaSheet = `Intervisie ${iso.split('-').reverse().join('-')}`;
      assert.equal(await intervisie.getAttribute('data-sheet'), agendaSheet);
      const rows = await tableRows(page, agendaSheet, ['Begeleider', 'Agendapunt'], 'Begeleider');
      const supervisors = [...new Set(rows.map((r) => r.Begeleider))];
      assert.deepEqual(supervisors, groups.map((g) => g.supervisor || '(geen begeleider)'), 'the same begeleiders in the pane and the sheet');
      for (const s of supervisors) {
        const own = rows.filter((r) => r.Begeleider === s);
        const fixed = own.findIndex((r) => r.Agendapunt === 'Veiligheid (vast agendapunt)');
        assert.ok(fixed >= 0 && own.slice(0, fixed).every((r) => r.Agendapunt === 'Veiligheidssignaal (open)'), `safety first for ${s}`);
      }
      await inspect(page, saveScreenshot, 'intervisie', { atSteps: true });

      // Instellingen: change a weight and save: the host's Instellingen sheet shows it.
      await openStep(page, 'Instellingen', 'settings');
      const weight = pane(page).getByTestId('weight-needs');
      assert.equal(await weight.inputValue(), '35');
      await weight.fill('40');
      await weight.press('Tab');
      await pane(page).getByTestId('settings-unsaved').waitFor();
      await runAndWait(page, 'Opslaan', '[data-testid="settings-saved"] [data-round]');
      assert.match(await pane(page).getByTestId('settings-saved').innerText(), /Opgeslagen in het blad Instellingen/);
      const saved = await page.evaluate(() => {
        const values = window.kringPlayground.host.getValues('Instellingen');
        return values.find((r) => r[0] === 'Gewicht hulpvraag')?.[1];
      });
      assert.equal(String(saved), '40', 'the weight in the sheet');
      await until(page, () => !document.querySelector('[data-testid="settings-unsaved"]'), undefined, 'no unsaved changes');
      assert.equal(await weight.inputValue(), '40', 'read back from the sheet');
      await inspect(page, saveScreenshot, 'settings', { atSteps: true });
    },
  },

  {
    name: 'ExcelApi 1.7 (?api=1.7): Evalueren explains what is left out, and the forms are still made',
    async run({ page, open, saveScreenshot }) {
      const { iso } = today();
      await open('?api=1.7');
      await page.getByTestId('playground-api').getByText('ExcelApi 1.7').waitFor();
      await pane(page).locator('[data-stat="clients"]').waitFor();
      await openStep(page, 'Evalueren', 'evaluate');
      const notice = pane(page).locator('#kring-evaluate-features');
      await notice.waitFor();
      assert.equal(await notice.getAttribute('data-missing'), 'dataValidation pageLayout');
      const text = await notice.innerText();
      assert.match(text, /keuzelijsten/);
      assert.match(text, /afdrukinstellingen/);
      const verdict = await runAndWait(page, 'Maak evaluatieformulieren', '[data-testid="evaluate-verdict"]');
      assert.equal(await verdict.getAttribute('data-blocked'), 'false');
      assert.ok(Number(await verdict.getAttribute('data-forms')) > 0, 'forms were made');
      assert.ok((await sheetNames(page)).includes(`Evaluatie ${iso.split('-').reverse().join('-')}`));
      assert.equal(await pane(page).getByRole('alert').count(), 0, 'no error');
      // The other steps that print or use dropdowns say so too; Controleren needs nothing.
      await openStep(page, 'Intervisie', 'intervisie');
      assert.equal(await pane(page).locator('#kring-intervisie-features').getAttribute('data-missing'), 'pageLayout');
      await openStep(page, 'Koppelen', 'pairing');
      assert.equal(await pane(page).locator('#kring-pairing-features').getAttribute('data-missing'), 'dataValidation');
      await openStep(page, 'Evalueren', 'evaluate');
      await inspect(page, saveScreenshot, 'evaluate-api-1.7');
    },
  },

  {
    name: 'Cancel: a slow Excel (?slow=), Annuleren stops before the write: "Geannuleerd; er is niets geschreven"',
    async run({ page, open }) {
      const { iso } = today();
      await open('?slow=1500');
      await pane(page).locator('[data-stat="clients"]').waitFor({ timeout: 20_000 });
      await idle(page);
      await openStep(page, 'Evalueren', 'evaluate');
      const before = await sheetNames(page);
      await pane(page).getByRole('button', { name: 'Maak evaluatieformulieren' }).click();
      const cancel = pane(page).getByTestId('kring-cancel');
      await cancel.waitFor();
      await cancel.click();
      const notice = pane(page).locator('[data-testid="notice"][data-kind="cancelled"]');
      await notice.waitFor({ timeout: 20_000 });
      assert.match(await notice.innerText(), /Geannuleerd; er is niets geschreven/);
      assert.deepEqual(await sheetNames(page), before, 'no sheet was added');
      assert.ok(!(await sheetNames(page)).includes(`Evaluatie ${iso.split('-').reverse().join('-')}`));
      assert.equal(await pane(page).getByTestId('evaluate-result').count(), 0, 'no result');
      // The pane works on: the same command without Cancel writes the forms.
      await runAndWait(page, 'Maak evaluatieformulieren', '[data-testid="evaluate-verdict"]');
      assert.ok((await sheetNames(page)).includes(`Evaluatie ${iso.split('-').reverse().join('-')}`));
    },
  },

  {
    name: 'English at 320 px: every step by keyboard, axe on every panel, no sideways scrolling; choosing Nederlands switches and saves',
    timeout: 120_000,
    async run({ page, open, saveScreenshot }) {
      await open('?lang=en&pane=320');
      await pane(page).locator('[data-stat="clients"]').waitFor();
      await idle(page);
      const steps = [
        ['Check', null],
        ['Pairing', 'pairing'],
        ['Network maps', 'maps'],
        ['Evaluate', 'evaluate'],
        ['Peer consultation', 'intervisie'],
        ['Loneliness', 'loneliness'],
        ['Intake', 'intake'],
        ['Results', 'results'],
        ['Settings', 'settings'],
      ];
      // Tab to the steps; the arrow keys reach every one of them, Enter opens it.
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
      }
      assert.ok(reached, 'Tab reaches the steps');
      for (const [i, [name, testId]] of steps.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), name, `the arrow keys reach ${name}`);
        await page.keyboard.press('Enter');
        await pane(page).getByRole('tab', { name, exact: true, selected: true }).waitFor();
        if (testId) await pane(page).getByTestId(testId).waitFor();
        await inspect(page, saveScreenshot, `en-320-${testId || 'check'}`);
      }
      // English in the new steps.
      await pane(page).getByRole('button', { name: 'Save', exact: true }).waitFor();
      await pane(page).getByText('Weights of the score').waitFor();

      // Nederlands: the pane switches at once, and the choice is saved in the workbook.
      await pane(page).getByRole('radio', { name: 'Nederlands' }).check();
      await pane(page).getByRole('tab', { name: 'Instellingen', exact: true }).waitFor();
      await pane(page).getByRole('button', { name: 'Opslaan', exact: true }).waitFor();
      await until(
        page,
        () => {
          const values = window.kringPlayground.host.sheetNames().includes('Instellingen') ? window.kringPlayground.host.getValues('Instellingen') : [];
          return values.find((r) => r[0] === 'Taal')?.[1] === 'nl';
        },
        undefined,
        'Taal = nl in Instellingen',
      );
      await idle(page);
      assert.equal(await pane(page).getByRole('radio', { name: 'Nederlands' }).isChecked(), true);
      // Back to automatic: English again (Office runs in English here).
      await pane(page).locator('label', { hasText: /^Automatisch/ }).click();
      await pane(page).getByRole('tab', { name: 'Settings', exact: true }).waitFor();
      await until(page, () => window.kringPlayground.host.getValues('Instellingen').find((r) => r[0] === 'Taal')?.[1] === '', undefined, 'Taal empty in Instellingen');
      await idle(page);
    },
  },
];
