/*
 * Netwerkkaarten in the playground: find a client, the preview and figures in the pane, then
 * "Maak netwerkkaart" and "Netwerkoverzicht" write their sheets (with native charts) into the
 * in-memory workbook. Run with `npm run test:e2e` (scripts/e2e.js).
 */
'use strict';

const { AxeBuilder } = require('@axe-core/playwright');
const { assert, until, sheetNames, pane, assertNoHorizontalOverflow, check } = require('./helpers');

const CLIENT = 'C012';

/**
 * The client's contacts in the host's Contacten sheet, counted per measurement date (Excel
 * serial numbers), and the client's name from Cliënten: what the preview should show.
 */
function expected(page, clientId) {
  return page.evaluate((clientId) => {
    const host = window.kringPlayground.host;
    const contacts = host.getValues('Contacten');
    const h = contacts.findIndex((r) => r.includes('Cliënt-ID') && r.includes('Peildatum'));
    const idCol = contacts[h].indexOf('Cliënt-ID');
    const dateCol = contacts[h].indexOf('Peildatum');
    const perDate = {};
    const maps = new Set();
    for (const row of contacts.slice(h + 1)) {
      if (row[idCol] === clientId) perDate[row[dateCol]] = (perDate[row[dateCol]] || 0) + 1;
      if (row[idCol] !== '' && row[dateCol] !== '') maps.add(`${row[idCol]}|${row[dateCol]}`);
    }
    const serials = Object.keys(perDate).map(Number).sort((a, b) => a - b);
    const clients = host.getValues('Cliënten');
    const name = clients.find((r) => r[0] === clientId)[1];
    const clientCount = clients.slice(1).filter((r) => r[0] !== '' && r[0] !== null).length;
    const withMap = new Set([...maps].map((k) => k.split('|')[0]));
    const ids = clients.slice(1).map((r) => r[0]).filter((id) => id !== '' && id !== null);
    // The overview: a row per client and measurement date, a client without a map once.
    const overviewRows = maps.size + ids.filter((id) => !withMap.has(id)).length;
    return { name, perDate: serials.map((s) => perDate[s]), clientCount, overviewRows };
  }, clientId);
}

/** Opens the Netwerkkaarten tab. */
async function openMaps(page, tab = 'Netwerkkaarten') {
  await pane(page).getByRole('tab', { name: tab }).click();
  await pane(page).getByTestId('maps').waitFor();
}

/** Searches and picks the client in the list of matches. */
async function pickClient(page, query, name, clientId, searchLabel = 'Zoek cliënt') {
  await pane(page).getByRole('searchbox', { name: searchLabel }).fill(query);
  await pane(page).getByRole('radio', { name: `${name} (${clientId})` }).check();
  await pane(page).locator(`[data-testid="map-preview"][data-client="${clientId}"]`).waitFor();
}

const roundOf = (page) => page.evaluate(() => Number(document.querySelector('[data-testid="maps-verdict"]')?.getAttribute('data-round') ?? 0));

/** Clicks a button of the panel and waits for the new result with no operation running. */
async function runAndWait(page, button) {
  const before = await roundOf(page);
  await pane(page).getByRole('button', { name: button, exact: true }).click();
  await until(
    page,
    (n) => Number(document.querySelector('[data-testid="maps-verdict"]')?.getAttribute('data-round') ?? 0) > n && !document.querySelector('[data-testid="kring-pane"] [role="progressbar"]'),
    before,
    `the result of ${button}`,
  );
  return pane(page).getByTestId('maps-verdict');
}

/**
 * The contact labels of a preview as drawn: text, font size in px on screen (the SVG scales its
 * units), bounding boxes, and the SVG's own box.
 */
function previewLabels(page, testId) {
  return pane(page)
    .getByTestId(testId)
    .evaluate((svg) => {
      const s = svg.getBoundingClientRect();
      const scale = svg.getScreenCTM().a;
      const labels = [...svg.querySelectorAll('[data-testid="map-labels"] text')].map((t) => {
        const b = t.getBoundingClientRect();
        const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent);
        const listed = t.getAttribute('data-testid') === 'map-listed' ? t.getAttribute('data-label') : null;
        return { text: t.textContent, lines, listed, label: t.getAttribute('data-label'), font: parseFloat(getComputedStyle(t).fontSize) * scale, x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
      });
      const points = [...svg.querySelectorAll('[data-testid="map-points"] [data-point]')].map((g) => g.getAttribute('data-point'));
      const sectors = [...svg.querySelectorAll('text[data-sector]')].map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent, x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
      });
      return { svg: { x0: s.left, y0: s.top, x1: s.right, y1: s.bottom }, labels, sectors, points };
    });
}

/** The names of a client's contacts per measurement date (Excel serial), and the dates in order. */
function contactNames(page, clientId) {
  return page.evaluate((clientId) => {
    const contacts = window.kringPlayground.host.getValues('Contacten');
    const h = contacts.findIndex((r) => r.includes('Cliënt-ID') && r.includes('Peildatum'));
    const [idCol, nameCol, dateCol] = ['Cliënt-ID', 'Contact', 'Peildatum'].map((c) => contacts[h].indexOf(c));
    const perDate = {};
    for (const row of contacts.slice(h + 1)) if (row[idCol] === clientId) (perDate[row[dateCol]] = perDate[row[dateCol]] || []).push(row[nameCol]);
    return { perDate, serials: Object.keys(perDate).map(Number).sort((a, b) => a - b) };
  }, clientId);
}

/** Points drawn in the preview. */
const pointCount = (page) => pane(page).locator('[data-testid="map-preview"] [data-testid="map-points"] > g[data-point]').count();

/** The figures table's values in a row (by data-figure). */
const figureRow = (page, key) => pane(page).locator(`[data-testid="map-figures"] tr[data-figure="${key}"] td`).allInnerTexts();

async function axeViolations(page) {
  const axe = await new AxeBuilder({ page }).include('[data-testid="kring-pane"]').analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
}

module.exports = [
  {
    name: 'Netwerkkaarten: search a client, preview and figures, "Maak netwerkkaart" writes the map with its charts, "Netwerkoverzicht" lists every client',
    async run({ page, open, saveScreenshot }) {
      await open();
      await pane(page).locator('[data-stat="clients"]').waitFor();
      const paneBox = page.getByTestId('playground-pane');
      const { name, perDate, clientCount, overviewRows } = await expected(page, CLIENT);
      assert.ok(perDate.length >= 2, `${CLIENT} has maps at two dates in the sample (${perDate})`);
      const latest = perDate[perDate.length - 1];
      const previous = perDate[perDate.length - 2];

      await openMaps(page);
      // Before a client is chosen: no preview, and "Maak netwerkkaart" waits for one.
      assert.equal(await pane(page).getByTestId('map-preview').count(), 0);
      assert.ok(await pane(page).getByTestId('kring-make-map').isDisabled(), 'Maak netwerkkaart needs a client');

      // By ID: the one match; by name: the client is among the matches.
      await pane(page).getByRole('searchbox', { name: 'Zoek cliënt' }).fill(name.split(' ')[0]);
      await pane(page).getByRole('radio', { name: `${name} (${CLIENT})` }).waitFor();
      await pickClient(page, CLIENT, name, CLIENT);
      assert.equal(await pane(page).getByRole('radio').count(), 1, `one match for ${CLIENT}`);

      // The preview: one point per contact on the latest date, an image with a summary.
      const preview = pane(page).getByTestId('map-preview');
      assert.equal(await pointCount(page), latest, `the preview shows ${latest} contacts`);
      assert.equal(await preview.getAttribute('role'), 'img');
      const label = await preview.getAttribute('aria-label');
      assert.match(label, new RegExp(`^Netwerkkaart van .+ op \\d\\d-\\d\\d-\\d{4}: ${latest} contacten\\. Per sector: `));
      assert.equal(await preview.locator('circle[r="4"]').count(), latest, 'a circle per contact');
      assert.equal(await preview.locator('[data-testid="map-client"]').count(), 1, 'the client in the centre');
      // By default the latest two dates: both maps are drawn, the earlier one above the latest.
      assert.equal(Number(await pane(page).getByTestId('map-preview-earlier').getAttribute('data-points')), previous, 'the earlier map is drawn too');
      // The figures: both dates, the size at each, and the change between them.
      assert.deepEqual(await figureRow(page, 'size'), [String(previous), String(latest)], 'the size at both dates');
      await pane(page).getByTestId('map-change').waitFor();
      assert.equal((await pane(page).locator('[data-testid="map-change"] tr[data-figure="overlap"] td').innerText()).length > 0, true);
      await assertNoHorizontalOverflow(paneBox, 'Netwerkkaarten');
      await saveScreenshot('maps-preview', paneBox);

      // "Tot peildatum" the oldest date: that map alone (nothing before it to compare with).
      await pane(page).getByRole('combobox', { name: 'Tot peildatum' }).click();
      await page.getByRole('option', { name: /^\d\d-\d\d-\d{4}$/ }).last().click();
      await until(page, (n) => Number(document.querySelector('[data-testid="map-preview"]')?.getAttribute('data-points')) === n, perDate[0], 'the earlier map');
      assert.equal(await pointCount(page), perDate[0]);
      assert.deepEqual(await figureRow(page, 'size'), [String(perDate[0])]);
      assert.equal(await pane(page).getByTestId('map-change').count(), 0, 'no change with one date');
      assert.equal(await pane(page).getByTestId('map-preview-earlier').count(), 0, 'one map for one date');
      // Back to the latest two: "Tot peildatum" the latest, "Van" the date before it by default.
      await pane(page).getByRole('combobox', { name: 'Tot peildatum' }).click();
      await page.getByRole('option', { name: /^\d\d-\d\d-\d{4}$/ }).first().click();
      await until(page, (n) => Number(document.querySelector('[data-testid="map-preview"]')?.getAttribute('data-points')) === n, latest, 'the latest map');

      // "Maak netwerkkaart": the sheet, with a scatter chart per date and the column chart per sector.
      const verdict = await runAndWait(page, 'Maak netwerkkaart');
      assert.equal(await verdict.getAttribute('data-blocked'), 'false');
      assert.match(await verdict.innerText(), new RegExp(`Het blad Netwerkkaart ${CLIENT} is gemaakt`));
      assert.ok((await sheetNames(page)).includes(`Netwerkkaart ${CLIENT}`));
      const charts = await page.evaluate((sheet) => window.kringPlayground.host.charts(sheet).map((c) => ({ type: c.type, title: c.title, series: c.series.length })), `Netwerkkaart ${CLIENT}`);
      const scatter = charts.filter((c) => /scatter/i.test(c.type));
      const column = charts.filter((c) => /column/i.test(c.type));
      assert.equal(scatter.length, 2, `two map charts (two dates): ${JSON.stringify(charts)}`);
      assert.equal(column.length, 1, `one column chart per sector: ${JSON.stringify(charts)}`);
      assert.equal(charts.length, 3);
      // The focus moved to the result.
      await until(page, () => document.activeElement?.getAttribute('data-testid') === 'maps-verdict', undefined, 'focus on the result');

      // "Netwerkoverzicht": a row per client and measurement date under the header.
      const overview = await runAndWait(page, 'Netwerkoverzicht');
      assert.equal(await overview.getAttribute('data-kind'), 'overview');
      assert.match(await overview.innerText(), /Het blad Netwerkoverzicht is gemaakt/);
      const rows = await page.evaluate(() => window.kringPlayground.host.getValues('Netwerkoverzicht'));
      assert.equal(rows.length, overviewRows + 1, `${overviewRows} client-date rows and the header`);
      assert.equal(new Set(rows.slice(1).map((r) => r[0])).size, clientCount, `every one of the ${clientCount} clients`);
      assert.equal(rows[0][0], 'Cliënt-ID');
      assert.ok(rows.some((r) => r[0] === CLIENT && r[4] === 'ja' && r[5] === latest), `${CLIENT}'s latest map with size ${latest} in the overview`);
      assert.equal(rows.filter((r) => r[0] === CLIENT).length, perDate.length, `${CLIENT} on each of its measurement dates`);

      await paneBox.evaluate((el) => el.scrollTo(0, 0));
      await pane(page).getByTestId('maps').scrollIntoViewIfNeeded();
      await saveScreenshot('maps-made', paneBox);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe violations in the Netwerkkaarten view:\n${violations.join('\n')}`);
    },
  },

  {
    name: 'Netwerkkaarten at 320 px, keyboard only, and accessibility (axe) with the preview shown',
    async run({ page, open, saveScreenshot }) {
      await open('?pane=320');
      const paneBox = page.getByTestId('playground-pane');
      await pane(page).locator('[data-stat="clients"]').waitFor();
      const { name, perDate } = await expected(page, CLIENT);

      // Tab to the steps, arrow to Netwerkkaarten, Enter opens it.
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
      }
      assert.ok(reached, 'Tab reaches the steps');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'kring-tab-maps');
      await page.keyboard.press('Enter');
      await pane(page).getByRole('tab', { name: 'Netwerkkaarten', selected: true }).waitFor();

      // Tab to the search box, type a name; Enter takes the first match.
      reached = false;
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'searchbox');
      }
      assert.ok(reached, 'Tab reaches the search box');
      await page.keyboard.type(CLIENT);
      await page.keyboard.press('Enter');
      await pane(page).locator(`[data-testid="map-preview"][data-client="${CLIENT}"]`).waitFor();
      assert.equal(await pointCount(page), perDate[perDate.length - 1]);
      // The arrow down key moves to the matches, where the chosen client is checked.
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'radio');
      assert.equal(await pane(page).getByRole('radio', { name: `${name} (${CLIENT})` }).isChecked(), true);

      // Tab on to "Maak netwerkkaart"; Enter makes it and the focus goes to the result.
      reached = false;
      for (let i = 0; i < 10 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'kring-make-map');
      }
      assert.ok(reached, 'Tab reaches "Maak netwerkkaart"');
      await page.keyboard.press('Enter');
      await until(page, () => document.activeElement?.getAttribute('data-testid') === 'maps-verdict', undefined, 'focus on the result');
      assert.ok((await sheetNames(page)).includes(`Netwerkkaart ${CLIENT}`));

      await assertNoHorizontalOverflow(paneBox, 'Netwerkkaarten at 320 px');
      const box = await pane(page).getByTestId('map-preview').boundingBox();
      assert.ok(box.width <= 320 - 24 + 1, `the preview fits the pane (${box.width}px)`);
      // The labels: at least 10 px, inside the picture, none over another, every name in full.
      // Both maps (the latest two dates): at least 10 px, inside the picture, none over another, every name in full.
      const names = await contactNames(page, CLIENT);
      for (const [testId, serial] of [['map-preview', names.serials[names.serials.length - 1]], ['map-preview-earlier', names.serials[names.serials.length - 2]]]) {
        const drawn = await previewLabels(page, testId);
        // A point per contact, and its label whole as the printout setting gives it (initials by default).
        assert.deepEqual([...names.perDate[serial]].sort(), [...drawn.points].sort(), `${testId}: a point per contact`);
        const shown = drawn.labels.filter((l) => l.listed || !/^\d+$/.test(l.text));
        assert.equal(shown.length, drawn.points.length, `${testId}: every contact labelled, beside the point or in the list`);
        for (const l of shown) assert.ok(l.listed ? l.text.includes(l.label) : l.lines.join(' ') === l.label, `${testId}: "${l.label}" drawn whole, not "${l.text}"`);
        for (const l of drawn.labels) {
          assert.ok(l.font >= 10, `"${l.text}" is drawn at ${l.font.toFixed(1)} px`);
          assert.ok(l.x0 >= drawn.svg.x0 - 0.5 && l.x1 <= drawn.svg.x1 + 0.5 && l.y0 >= drawn.svg.y0 - 0.5 && l.y1 <= drawn.svg.y1 + 0.5, `"${l.text}" inside the preview: ${JSON.stringify(l)} in ${JSON.stringify(drawn.svg)}`);
          assert.ok(!l.text.includes('…'), `"${l.text}" is not shortened`);
        }
        // Contact labels against each other and against the sector names.
        const texts = [...drawn.labels, ...drawn.sectors];
        for (let i = 0; i < drawn.labels.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const [a, b] = [texts[i], texts[j]];
            const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
            const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            assert.ok(w <= 0.5 || h <= 0.5, `${testId}: "${a.text}" and "${b.text}" overlap (${w.toFixed(1)} × ${h.toFixed(1)} px)`);
          }
        }
      }
      await pane(page).getByTestId('maps-preview').scrollIntoViewIfNeeded();
      await saveScreenshot('maps-320', paneBox);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `axe violations in the Netwerkkaarten view at 320 px:\n${violations.join('\n')}`);
    },
  },

  {
    name: 'Netwerkkaarten in English: English labels; a search without matches says so; the Dutch workbook gets Dutch sheets',
    async run({ page, open }) {
      await open('?lang=en');
      await pane(page).locator('[data-stat="clients"]').waitFor();
      await openMaps(page, 'Network maps');
      await pane(page).getByRole('searchbox', { name: 'Find client' }).fill('zzz-nobody');
      await until(page, () => /No client found/.test(document.querySelector('[data-testid="maps-match-status"]')?.textContent ?? ''), undefined, 'no match');
      assert.equal(await pane(page).getByRole('radio').count(), 0);
      const { name } = await expected(page, CLIENT);
      await pickClient(page, CLIENT, name, CLIENT, 'Find client');
      assert.match(await pane(page).getByTestId('map-preview').getAttribute('aria-label'), /^Network map of .+ contacts\. Per sector: /);
      await pane(page).getByRole('combobox', { name: 'To measurement date' }).waitFor();
      await runAndWait(page, 'Make network map');
      assert.match(await pane(page).getByTestId('maps-verdict').innerText(), new RegExp(`The sheet Netwerkkaart ${CLIENT} was made`));
    },
  },

  {
    name: 'Netwerkkaarten: a client with three measurement dates; "Van peildatum" the first and "Tot peildatum" the third: both maps in the preview, the sheet on exactly those two',
    async run({ page, open, saveScreenshot }) {
      await open();
      await pane(page).locator('[data-stat="clients"]').waitFor();
      // A third measurement date for the client, typed below Contacten: half a year after its latest, two contacts fewer.
      const added = await page.evaluate((clientId) => {
        const host = window.kringPlayground.host;
        const values = host.getValues('Contacten');
        const h = values.findIndex((r) => r.includes('Cliënt-ID') && r.includes('Peildatum'));
        const idCol = values[h].indexOf('Cliënt-ID');
        const dateCol = values[h].indexOf('Peildatum');
        const own = values.slice(h + 1).filter((r) => r[idCol] === clientId);
        const serials = [...new Set(own.map((r) => Number(r[dateCol])))].sort((a, b) => a - b);
        const latest = serials[serials.length - 1];
        const rows = own.filter((r) => Number(r[dateCol]) === latest).slice(2);
        let last = values.length;
        while (last > h + 1 && values[last - 1].every((v) => v === '' || v === null)) last--;
        const serial = latest + 182;
        rows.forEach((r, k) =>
          r.forEach((v, i) => {
            const value = i === dateCol ? serial : v;
            if (value !== '' && value !== null) host.typeInCell('Contacten', `${String.fromCharCode(65 + i)}${last + 1 + k}`, String(value));
          }),
        );
        return { serials: [...serials, serial], size: rows.length };
      }, CLIENT);
      const iso = (serial) => new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
      const dutch = (serial) => iso(serial).split('-').reverse().join('-');
      const dates = added.serials.map(iso);
      assert.ok(dates.length >= 3, `three dates or more: ${dates}`);
      const [first, third] = [added.serials[0], added.serials[added.serials.length - 1]];
      await check(page);

      await openMaps(page);
      const { name } = await expected(page, CLIENT);
      await pickClient(page, CLIENT, name, CLIENT);
      // By default the latest two.
      const later = pane(page).locator('[data-testid="map-preview"]');
      const earlier = pane(page).locator('[data-testid="map-preview-earlier"]');
      assert.equal(await later.getAttribute('data-date'), iso(third));
      assert.equal(await earlier.getAttribute('data-date'), dates[dates.length - 2]);
      assert.equal(Number(await later.getAttribute('data-points')), added.size);

      // "Van peildatum": the first date; "Tot peildatum" stays at the third.
      await pane(page).getByRole('combobox', { name: 'Van peildatum' }).click();
      await page.getByRole('option', { name: dutch(first), exact: true }).click();
      await until(page, (d) => document.querySelector('[data-testid="map-preview-earlier"]')?.getAttribute('data-date') === d, iso(first), 'the first map above');
      assert.equal(await later.getAttribute('data-date'), iso(third));
      assert.match(await pane(page).getByTestId('map-caption-earlier').innerText(), new RegExp(dutch(first)));
      assert.match(await pane(page).getByTestId('map-caption').innerText(), new RegExp(dutch(third)));
      await saveScreenshot('maps-three-dates', page.getByTestId('playground-pane'));

      // "Maak netwerkkaart": the sheet shows exactly the first and the third date.
      const verdict = await runAndWait(page, 'Maak netwerkkaart');
      assert.equal(await verdict.getAttribute('data-blocked'), 'false');
      const sheet = await page.evaluate((s) => window.kringPlayground.host.getValues(s), `Netwerkkaart ${CLIENT}`);
      assert.match(String(sheet[0][0]), new RegExp(`— ${dutch(first)} en ${dutch(third)}$`), `the title: ${sheet[0][0]}`);
      const header = sheet.findIndex((r) => r.includes('Peildatum'));
      const dateCol = sheet[header].indexOf('Peildatum');
      const onSheet = [...new Set(sheet.slice(header + 1).map((r) => r[dateCol]).filter((v) => typeof v === 'number'))].sort((a, b) => a - b);
      assert.deepEqual(onSheet, [first, third], 'the contact table holds the first and the third date');
      const charts = await page.evaluate((s) => window.kringPlayground.host.charts(s).map((c) => c.type), `Netwerkkaart ${CLIENT}`);
      assert.equal(charts.filter((t) => /scatter/i.test(t)).length, 2, `two maps: ${charts}`);

      // No comparison: one map.
      await pane(page).getByRole('combobox', { name: 'Van peildatum' }).click();
      await page.getByRole('option', { name: /^Geen/ }).click();
      await until(page, () => !document.querySelector('[data-testid="map-preview-earlier"]'), undefined, 'one map');
      assert.equal(await later.getAttribute('data-date'), iso(third));
    },
  },
];
