/** Netwerkkaarten in the pane: finding a client, the maps chosen, the preview's drawing, the state, and the ops on the test host. */
import { TestHost } from '../../src/testhost';
import { createExcelHost } from '../excelHost';
import { createExcelGateway } from '../../src/excel';
import { createKringOps, KringOps } from '../../src/taskpane/ops';
import { chosenMaps, dateChoice, figuresOf, NO_COMPARISON, formatDate, labelBoxes, labelLines, labelOverlap, mapDates, mapDrawing, matchClients, NetworkData, networkData, POINT_FONT, sectorColor, VIEW, wrapLabel } from '../../src/taskpane/networks';
import { initialState, mapsResult, reducer } from '../../src/taskpane/state';
import { en, nl } from '../../src/taskpane/strings';
import { mapTies, networkMaps } from '../../src/engine/networks/figures';
import { readWorkbook } from '../../src/engine/read';
import { THREE_DATES, THREE_DATE_CLIENT, threeDateSheets } from '../engine/threeDates';
import { SECTOR_COLORS } from '../../src/engine/networks/sheets';
import { RunOutcome } from '../../src/engine/commands';
import { Client } from '../../src/engine/model';

let host: TestHost;
let ops: KringOps;
let sample: RunOutcome;
let data: NetworkData;

beforeAll(async () => {
  host = createExcelHost({ apiVersion: '1.7', sheets: [{ name: 'Blad1' }] });
  ops = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office }), 'nl');
  await ops.openSample();
  sample = await ops.check();
  data = networkData(sample.read!.model);
  // The layout is tested with full names, the longest labels (the default is initials).
  data = { ...data, settings: { ...data.settings, privacy: 'names' } };
});

const client = (id: string, name: string): Client => ({ id, name }) as Client;

describe('finding a client', () => {
  const clients = [client('C001', 'Marloes S.'), client('C012', 'Gerrit S.'), client('K0120', 'Zoë Çelik'), client('C120', 'Ann')];

  it('matches the ID or the name, ignoring case, accents and punctuation; the exact ID first', () => {
    expect(matchClients(clients, 'c012').map((c) => c.id)).toEqual(['C012']);
    expect(matchClients(clients, '012').map((c) => c.id)).toEqual(['C012', 'K0120']);
    expect(matchClients(clients, 'zoe celik').map((c) => c.id)).toEqual(['K0120']);
    expect(matchClients(clients, 'gerrit s').map((c) => c.id)).toEqual(['C012']);
    expect(matchClients(clients, 'C12').map((c) => c.id)).toEqual(['C120']);
    expect(matchClients(clients, '  ')).toHaveLength(4);
    expect(matchClients(clients, 'xyz')).toEqual([]);
  });

  it('finds C012 in the sample by ID and by name', () => {
    const c012 = data.clients.find((c) => c.id === 'C012')!;
    expect(matchClients(data.clients, 'C012')[0]).toBe(c012);
    expect(matchClients(data.clients, c012.name)).toContain(c012);
  });
});

describe('the maps of a date choice', () => {
  const maps = () => data.maps.get('C012')!;

  it('are the latest two by default, or the date chosen and the one before it, oldest first', () => {
    expect(maps().map((m) => m.date)).toEqual(['2025-09-01', '2026-03-01', '2026-09-01']);
    expect(chosenMaps(maps(), null).map((m) => m.date)).toEqual(['2026-03-01', '2026-09-01']);
    expect(chosenMaps(maps(), '2026-09-01').map((m) => m.date)).toEqual(['2026-03-01', '2026-09-01']);
    expect(chosenMaps(maps(), '2026-03-01').map((m) => m.date)).toEqual(['2025-09-01', '2026-03-01']);
    expect(chosenMaps(maps(), '2025-09-01').map((m) => m.date)).toEqual(['2025-09-01']);
    expect(mapDates(maps())).toEqual(['2026-09-01', '2026-03-01', '2025-09-01']);
    expect(formatDate('2026-09-01', 'zonder datum')).toBe('01-09-2026');
    expect(formatDate(null, 'zonder datum')).toBe('zonder datum');
  });

  it('give the figures at both dates and the change between them', () => {
    const view = figuresOf(chosenMaps(maps(), null), data.settings);
    expect(view.figures.map((f) => f.size)).toEqual(maps().slice(-2).map((m) => m.contacts.length));
    expect(view.change).not.toBeNull();
    expect(view.change!.kept + view.change!.added).toBe(maps()[2].contacts.length);
    expect(figuresOf(chosenMaps(maps(), '2025-09-01'), data.settings).change).toBeNull();
  });
});

describe('choosing any two dates of a client with three', () => {
  const three = () => {
    const sheets = threeDateSheets().sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
    return networkMaps(readWorkbook(sheets).model.contacts).get(THREE_DATE_CLIENT)!;
  };
  const [d1, d2, d3] = THREE_DATES;

  it('by default the latest two; "from" lists the dates before "to", newest first', () => {
    const choice = dateChoice(three(), null, null);
    expect(choice).toMatchObject({ dates: [d3, d2, d1], to: d3, earlier: [d2, d1], from: d2, request: [d2, d3] });
    expect(choice.maps.map((m) => m.date)).toEqual([d2, d3]);
  });

  it('the first and the third: both maps, oldest first, and the change between them', () => {
    const choice = dateChoice(three(), d3, d1);
    expect(choice.request).toEqual([d1, d3]);
    expect(choice.maps.map((m) => m.date)).toEqual([d1, d3]);
    expect(figuresOf(choice.maps, data.settings).change).toMatchObject({ sizeChange: choice.maps[1].contacts.length - choice.maps[0].contacts.length });
  });

  it('no comparison: one map; a "from" not before "to" falls back to the date just before it', () => {
    expect(dateChoice(three(), d2, NO_COMPARISON)).toMatchObject({ from: null, request: [d2] });
    expect(dateChoice(three(), d2, NO_COMPARISON).maps.map((m) => m.date)).toEqual([d2]);
    expect(dateChoice(three(), d2, d3)).toMatchObject({ earlier: [d1], from: d1, request: [d1, d2] });
    expect(dateChoice(three(), d1, null)).toMatchObject({ earlier: [], from: null, request: [d1] });
    // A date no longer in the workbook: the latest again.
    expect(dateChoice(three(), '2024-01-01', null)).toMatchObject({ to: d3, request: [d2, d3] });
  });
});

describe('the preview', () => {
  it('draws a point per contact in its sector colour, the ties, the rings, the boundaries and the client', () => {
    const map = data.maps.get('C012')!.at(-1)!;
    const drawing = mapDrawing(map, data);
    expect(drawing.points).toHaveLength(map.contacts.length);
    expect(drawing.ties).toHaveLength(mapTies(map).length);
    expect(drawing.rings).toHaveLength(data.settings.rings.length);
    expect(drawing.rings.at(-1)).toBe(VIEW.radius);
    expect(drawing.boundaries).toHaveLength(data.settings.sectors.length);
    expect(drawing.sectorLabels.map((l) => l.sector)).toEqual(data.settings.sectors);
    expect(drawing.centreLabel).toBe(data.clients.find((c) => c.id === 'C012')!.name);
    for (const p of drawing.points) {
      expect(p.color).toBe(SECTOR_COLORS[data.settings.sectors.indexOf(p.sector)]);
      expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(VIEW.radius + 1e-6);
      expect(p.label).toBe(p.name);
    }
  });

  it('labels contacts with initials when the privacy setting asks for it', () => {
    const map = data.maps.get('C012')!.at(-1)!;
    const drawing = mapDrawing(map, { ...data, settings: { ...data.settings, privacy: 'initials' } });
    for (const p of drawing.points) expect(p.label).toMatch(/^([A-Za-z]\.)+$/);
    expect(drawing.centreLabel).toMatch(/\(C012\)$/);
  });

  it('keeps every label apart and inside the picture, at a readable size, never shortened', () => {
    // The pane at 320 px draws the view at most 296 px wide (12 px padding each side): a label's font is at least 10 px there.
    expect((POINT_FONT * 296) / VIEW.width).toBeGreaterThanOrEqual(10.5);
    let listed = 0;
    let drawn = 0;
    for (const [, maps] of data.maps) {
      for (const map of maps) {
        const drawing = mapDrawing(map, data);
        expect(labelOverlap(drawing)).toBeLessThan(1e-6);
        const { x, y, width, height } = drawing.view;
        const boxes = labelBoxes(drawing);
        for (const b of [...boxes.points, ...boxes.sectors, ...boxes.listed]) {
          expect(b.x0).toBeGreaterThanOrEqual(x);
          expect(b.x1).toBeLessThanOrEqual(x + width);
          expect(b.y0).toBeGreaterThanOrEqual(y);
          expect(b.y1).toBeLessThanOrEqual(y + height);
        }
        // Every contact's full name: beside its point (one or two lines), or numbered and listed under the map.
        for (const p of drawing.points) {
          expect(p.label).toBe(p.name);
          if (p.number === null) expect(p.lines.join(' ')).toBe(p.name);
          else expect(drawing.listed.find((l) => l.number === p.number)!.label).toBe(p.name);
          expect(p.lines.every((l) => !l.includes('…'))).toBe(true);
        }
        // A label away from its point has a line to it, ending at the label's box.
        for (const p of drawing.points.filter((q) => q.leader)) expect(Math.hypot(p.leader!.x1 - p.x, p.leader!.y1 - p.y)).toBeCloseTo(4.5, 1);
        drawn += drawing.points.length;
        listed += drawing.listed.length;
      }
    }
    // Nearly every label stands at its point; the list under the map is the exception.
    expect(listed).toBeLessThan(drawn * 0.02);
  });

  it('puts a long label on two lines between words, never cutting it', () => {
    expect(labelLines('Moeder')).toEqual(['Moeder']);
    expect(labelLines('Wijkverpleegkundige Yasmina')).toEqual(['Wijkverpleegkundige', 'Yasmina']);
    expect(labelLines('Maatschappelijk werker Hanneke')).toEqual(['Maatschappelijk', 'werker Hanneke']);
    expect(labelLines('Wijkverpleegkundige')).toEqual(['Wijkverpleegkundige']);
  });

  it('names every sector in full, moved along its wedge where beside the circle is too narrow', () => {
    for (const [, maps] of data.maps) {
      for (const map of maps) {
        const drawing = mapDrawing(map, data);
        for (const l of drawing.sectorLabels) expect(l.lines.join(' ').replace('/ ', '/')).toBe(l.sector);
      }
    }
  });

  it('wraps sector names to fit beside the circle', () => {
    expect(wrapLabel('Vrienden en kennissen', 12)).toEqual(['Vrienden en', 'kennissen']);
    expect(wrapLabel('Werk/school/dagbesteding', 12)).toEqual(['Werk/school/', 'dagbesteding']);
    expect(wrapLabel('Familie', 12)).toEqual(['Familie']);
    expect(wrapLabel('Een heel lange sectornaam hier', 8)).toEqual(['Een heel', 'lange…']);
    expect(sectorColor(['A', 'B'], 'Onbekend')).toBe(SECTOR_COLORS[1]);
  });
});

describe('pane state', () => {
  it('keeps the maps of the workbook as read, and the outcome of "Maak netwerkkaart"', () => {
    const read = reducer(initialState, { type: 'read', outcome: sample, list: false });
    expect(read.networks!.maps.get('C012')).toHaveLength(3);
    const started = reducer({ ...read, maps: mapsResult(sample, 'overview', null, 1) }, { type: 'start', op: 'maps' });
    expect(started.maps).toBeNull();
    expect(started.busy).toEqual({ op: 'maps' });
    const outcome: RunOutcome = { ...sample, command: 'maps', sheets: ['Netwerkoverzicht', 'Netwerkkaart C012'] };
    const mapped = reducer(started, { type: 'mapped', outcome, kind: 'map', clientId: 'C012' });
    expect(mapped.maps).toMatchObject({ kind: 'map', clientId: 'C012', blocked: false, overview: 'Netwerkoverzicht', mapSheets: ['Netwerkkaart C012'], problems: [] });
    expect(mapped.maps!.round).toBe(mapped.seq);
  });

  it('a blocked run lists the input errors; a client without a map is a warning of its own', () => {
    const error = { severity: 'error' as const, sheet: 'Cliënten', row: 3, column: 'Naam', message: { nl: 'x', en: 'x' } };
    const blocked = mapsResult({ ...sample, problems: [error], sheets: [] }, 'map', 'C012', 1);
    expect(blocked).toMatchObject({ blocked: true, problems: [error], overview: null, mapSheets: [] });
    const warning = { severity: 'warning' as const, sheet: 'Contacten', row: null, column: null, message: { nl: 'geen kaart', en: 'no map' } };
    const inputWarning = { ...warning, message: { nl: 'invoer', en: 'input' } };
    const outcome: RunOutcome = { ...sample, read: { ...sample.read!, problems: [inputWarning] }, problems: [inputWarning, warning], sheets: ['Netwerkoverzicht'] };
    expect(mapsResult(outcome, 'map', 'X', 1).problems).toEqual([warning]);
  });
});

describe('strings', () => {
  it('names the step and its buttons as the product does', () => {
    expect(nl.nav.maps).toBe('Netwerkkaarten');
    expect(nl.maps.button).toBe('Maak netwerkkaart');
    expect(nl.maps.overview).toBe('Netwerkoverzicht');
    expect(nl.maps.fromDate).toBe('Van peildatum');
    expect(nl.maps.toDate).toBe('Tot peildatum');
    expect(en.maps.fromDate).toBe('From measurement date');
    expect(en.nav.maps).toBe('Network maps');
    expect(nl.maps.summary('Gerrit S.', '01-09-2026', 10, 'Familie 4', 'ring 1 (heel dichtbij) 3', 2)).toBe(
      'Netwerkkaart van Gerrit S. op 01-09-2026: 10 contacten. Per sector: Familie 4. Per ring: ring 1 (heel dichtbij) 3. 2 bekende banden tussen contacten.',
    );
  });
});

describe('KringOps.maps on the test host', () => {
  it('"Maak netwerkkaart" writes the client\'s map with a chart per date and the column chart, and the overview', async () => {
    const progress: string[] = [];
    const outcome = await ops.maps(['C012'], null, (step, total, label) => progress.push(`${step}/${total} ${label.nl}`));
    expect(progress).toEqual(['1/3 Invoer lezen en controleren', '2/3 Netwerkkaarten tekenen', '3/3 Bladen schrijven']);
    expect(outcome.sheets).toEqual(expect.arrayContaining(['Netwerkoverzicht', 'Netwerkkaart C012']));
    const charts = host.charts('Netwerkkaart C012');
    expect(charts.filter((c) => /scatter/i.test(c.type))).toHaveLength(2);
    expect(charts.filter((c) => /column/i.test(c.type))).toHaveLength(1);
  });

  it('with the dates chosen: exactly those; the first date alone draws one map', async () => {
    await ops.maps(['C012'], ['2026-03-01', '2026-09-01']);
    expect(host.charts('Netwerkkaart C012').filter((c) => /scatter/i.test(c.type))).toHaveLength(2);
    await ops.maps(['C012'], ['2026-03-01']);
    const charts = host.charts('Netwerkkaart C012');
    expect(charts.filter((c) => /scatter/i.test(c.type))).toHaveLength(1);
    expect(charts.filter((c) => /column/i.test(c.type))).toHaveLength(0);
  });

  it('"Netwerkoverzicht" on the sample (60 clients in three locations): a Netwerkkaart for every client with a map, in few syncs', async () => {
    host.resetStats();
    const outcome = await ops.maps([], null);
    const withMaps = networkMaps(sample.read!.model.contacts);
    expect(withMaps.size).toBe(60);
    expect(outcome.sheets.filter((s) => s.startsWith('Netwerkkaart '))).toHaveLength(withMaps.size);
    expect(host.sheetNames().filter((s) => s.startsWith('Netwerkkaart ')).length).toBe(withMaps.size);
    expect(outcome.problems.filter((p) => /netwerkkaart per cliënt/.test(p.message.nl))).toEqual([]);
    // A row per client and measurement date.
    const rows = host.getValues('Netwerkoverzicht').slice(1);
    expect(new Set(rows.map((r) => r[0])).size).toBe(60);
    expect(host.stats.syncCount).toBeLessThanOrEqual(12);
  });
});
