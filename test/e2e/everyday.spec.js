/*
 * Issue 23: every step's button tried in Dutch and in English from an empty workbook (Maak
 * invoerbladen, then Open voorbeeld), the focus on the result after every command, Escape from
 * far down the cards back to the action bar, the action bar compact at 320 px.
 * Run with `npm run test:e2e -- --grep everyday`.
 */
'use strict';

const { assert, until, sheetNames, pane, idle, check } = require('./helpers');

const WORDS = {
  nl: {
    create: 'Maak invoerbladen', sample: 'Open voorbeeld', dismiss: 'Sluiten', check: 'Controleer werkmap', clients: 'Cliënten',
    steps: [
      ['Koppelen', 'Maak koppelvoorstellen', 'pairing-verdict'],
      ['Koppelen', 'Verwerk besluiten', 'processed'],
      ['Netwerkkaarten', 'Netwerkoverzicht', 'maps-verdict'],
      ['Netwerkkaarten', 'Maak netwerkkaart', 'maps-verdict', 'Zoek cliënt'],
      ['Evalueren', 'Maak evaluatieformulieren', 'evaluate-verdict'],
      ['Evalueren', 'Verwerk evaluaties', 'evaluations-processed'],
      ['Intervisie', 'Maak intervisie-agenda', 'intervisie-verdict'],
      ['Resultaten', 'Maak resultaten', 'results-verdict'],
      ['Eenzaamheid', 'Maak vragenlijsten', 'loneliness-verdict'],
      ['Intake', 'Maak intakeformulieren', 'intake-result'],
      ['Intake', 'Lees ingevulde intakes', 'intake-result'],
      ['Instellingen', 'Opslaan', 'settings-saved'],
    ],
  },
  en: {
    create: 'Create input sheets', sample: 'Open sample', dismiss: 'Close', check: 'Check workbook', clients: 'Clients',
    steps: [
      ['Pairing', 'Make pairing suggestions', 'pairing-verdict'],
      ['Pairing', 'Process decisions', 'processed'],
      ['Network maps', 'Network overview', 'maps-verdict'],
      ['Network maps', 'Make network map', 'maps-verdict', 'Find client'],
      ['Evaluate', 'Make evaluation forms', 'evaluate-verdict'],
      ['Evaluate', 'Process evaluations', 'evaluations-processed'],
      ['Peer consultation', 'Make consultation agenda', 'intervisie-verdict'],
      ['Results', 'Make results', 'results-verdict'],
      ['Loneliness', 'Make questionnaires', 'loneliness-verdict'],
      ['Intake', 'Make intake forms', 'intake-result'],
      ['Intake', 'Read filled-in intakes', 'intake-result'],
      ['Settings', 'Save', 'settings-saved'],
    ],
  },
};

/** The focused element lies inside the element with this test id. */
const focusIn = (page, testId) => page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-testid="${id}"]`)), testId);

async function noError(page, what) {
  assert.equal(await pane(page).getByTestId('error-bar').count(), 0, `${what}: ${await pane(page).innerText()}`);
}

module.exports = [
  ...['nl', 'en'].map((lang) => ({
    name: `everyday (${lang}): from an empty workbook, create input sheets, open the sample, every step's button works and takes the focus to its result`,
    timeout: 120_000,
    async run({ page, open }) {
      const w = WORDS[lang];
      await open(lang === 'en' ? '?start=empty&lang=en' : '?start=empty');
      await pane(page).getByRole('button', { name: w.create, exact: true }).click();
      await pane(page).getByTestId('notice').waitFor();
      assert.ok(await focusIn(page, 'notice-focus'), `after ${w.create} the focus is on the notice`);
      await pane(page).getByRole('button', { name: w.sample, exact: true }).click();
      await until(page, () => document.querySelector('[data-testid="notice"]')?.getAttribute('data-kind') === 'sampleOpened', undefined, 'the sample notice');
      await idle(page);
      await noError(page, w.sample);
      assert.ok(await focusIn(page, 'notice-focus'), `after ${w.sample} the focus is on the notice`);
      // Dismissing the notice gives the focus to the next action, not to the page.
      await pane(page).getByTestId('notice-focus').getByRole('button', { name: w.dismiss }).click();
      await until(page, () => !document.querySelector('[data-testid="notice"]'), undefined, 'the notice gone');
      await until(page, () => document.activeElement?.tagName === 'BUTTON' && Boolean(document.activeElement.closest('[data-testid="kring-pane"]')), undefined, 'the focus on a button of the pane after dismissing');
      const names = await sheetNames(page);
      assert.ok(names.includes(w.clients), `${w.clients} in ${names}`);
      if (lang === 'en') assert.ok(!names.includes('Cliënten'), `no Dutch Cliënten beside Clients: ${names}`);
      const checked = await check(page, w.check);
      assert.equal(checked.errors, 0, checked.text);
      assert.ok(await focusIn(page, 'check-verdict'), 'after the check the focus is on its verdict');

      for (const [tab, button, verdict, search] of w.steps) {
        await pane(page).getByRole('tab', { name: tab, exact: true }).click();
        await pane(page).getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
        if (search) {
          // A map is made for a chosen client: the first that a search for "C0" finds.
          await pane(page).getByRole('searchbox', { name: search }).fill('C0');
          await pane(page).getByRole('radio').first().check();
          await pane(page).getByTestId('map-preview').waitFor();
        }
        const target = pane(page).getByRole('button', { name: button, exact: true });
        await target.waitFor();
        assert.ok(await target.isEnabled(), `${button} is enabled`);
        await target.click();
        await idle(page);
        await pane(page).getByTestId(verdict).first().waitFor();
        await noError(page, button);
        assert.ok(await focusIn(page, verdict), `after ${button} the focus is on its result (${verdict}), not on ${await page.evaluate(() => document.activeElement?.tagName)}`);
      }
    },
  })),

  {
    name: 'everyday: Escape from the 10th suggestion card goes back to the action bar',
    async run({ page, open }) {
      await open();
      await pane(page).getByRole('tab', { name: 'Koppelen', exact: true }).click();
      await pane(page).getByRole('button', { name: 'Maak koppelvoorstellen', exact: true }).click();
      await idle(page);
      const card = pane(page).getByTestId('suggestion').nth(9);
      await card.getByRole('button', { name: 'Akkoord' }).focus();
      assert.ok(await focusIn(page, 'suggestion'));
      await pane(page).getByTestId('back-to-bar-hint').waitFor();
      await page.keyboard.press('Escape');
      assert.ok(await focusIn(page, 'pairing-bar'), 'Escape moved the focus to the action bar');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'kring-suggest');
      // Shift+Tab from there never needs to pass the cards again.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'kring-process');
    },
  },

  {
    name: 'everyday: at 320 px the action bar of Netwerkkaarten is compact (hints for screen readers only); at 350 px it is not',
    async run({ page, open, saveScreenshot }) {
      for (const width of [320, 350]) {
        await open(`?pane=${width}`);
        await pane(page).getByRole('tab', { name: 'Netwerkkaarten', exact: true }).click();
        const bar = pane(page).getByTestId('maps-bar');
        await bar.waitFor();
        await until(page, () => document.querySelector('[data-testid="maps-bar"]')?.getBoundingClientRect().width > 0, undefined, 'the bar laid out');
        await page.waitForTimeout(100);
        const compact = await bar.getAttribute('data-compact');
        const barBox = await bar.boundingBox();
        const paneBox = await page.getByTestId('playground-pane').boundingBox();
        if (width === 320) {
          assert.equal(compact, 'true', `compact at 320 (bar ${barBox.width} px wide)`);
          assert.ok(barBox.height <= paneBox.height / 8, `the bar takes ${barBox.height} of ${paneBox.height} px`);
          // The hint still describes the button.
          const described = await bar.getByTestId('kring-overview').getAttribute('aria-describedby');
          assert.ok(await page.evaluate((id) => document.getElementById(id)?.textContent.length > 10, described));
          await saveScreenshot('maps-320-compact-bar', page.getByTestId('playground-pane'));
        } else {
          assert.equal(compact, 'false', `not compact at 350 (bar ${barBox.width} px wide)`);
        }
      }
    },
  },
  {
    name: 'everyday: Verwerk besluiten with a mistyped decision is a warning with its reason on top, and says what is still open',
    async run({ page, open }) {
      await open();
      await pane(page).getByRole('tab', { name: 'Koppelen', exact: true }).click();
      await pane(page).getByRole('button', { name: 'Maak koppelvoorstellen', exact: true }).click();
      await idle(page);
      await page.evaluate(() => {
        const host = window.kringPlayground.host;
        const values = host.getValues('Koppelvoorstellen');
        const column = values[0].indexOf('Besluit');
        host.typeInCell('Koppelvoorstellen', `${String.fromCharCode(65 + column)}2`, 'akord');
        host.typeInCell('Koppelvoorstellen', `${String.fromCharCode(65 + column)}3`, 'akkoord');
      });
      await pane(page).getByRole('button', { name: 'Verwerk besluiten', exact: true }).click();
      await idle(page);
      const bar = pane(page).getByTestId('processed-bar');
      await bar.waitFor();
      const kind = await bar.evaluate((el) => (el.closest('.ms-MessageBar--warning') || el.querySelector('.ms-MessageBar--warning') ? 'warning' : el.closest('.ms-MessageBar--success') ? 'success' : `other: ${el.className}`));
      assert.equal(kind, 'warning', 'a mixed result is a warning, not a green tick');
      const text = await bar.innerText();
      assert.match(text, /^1 besluit kon niet worden verwerkt:\s*Koppelvoorstellen, rij 2: "akord" is geen besluit/);
      assert.match(text, /1 besluit verwerkt \(1 akkoord, 0 afgewezen\): 1 koppeling nieuw in Koppelingen, 0 afwijzingen nieuw onthouden; \d+ voorstellen nog open\./);
    },
  },
];
