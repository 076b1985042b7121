/**
 * Sheet specs used by the gateway tests of forms, print settings, highlights and map-style
 * charts: a network map (3 rings as closed 72-point circles, 4 dashed sector boundaries, tie
 * segments separated by blank cells, one labelled marker series per sector, the ego point) and a
 * sheet with a highlighted table and three forms, one per printed page.
 */
import { Cell, CellBlock, ChartSeries, RangeRef, SheetSpec } from '../../src/engine/workbook';

export const SECTOR_COLORS = ['#1F7A6D', '#C55A11', '#2E75B6', '#7030A0'];

export interface MapOptions {
  /** Points on each ring (default 72). */
  ringPoints?: number;
  /** Labelled contacts (default 15), spread over the 4 sectors. */
  contacts?: number;
  /** Tie segments between contacts (default 4). */
  ties?: number;
}

/** The map sheet: data block in columns L:N (X, Y, label) and one scatter chart at A1. */
export function mapSheet(options: MapOptions = {}): SheetSpec {
  const ringPoints = options.ringPoints ?? 72;
  const contacts = options.contacts ?? 15;
  const ties = options.ties ?? 4;
  const rows: Cell[][] = [['X', 'Y', 'Naam']];
  const series: ChartSeries[] = [];
  const col = 11; // L
  const blockTop = 1; // title at row 0, header at row 1, data from row 2
  const add = (points: Cell[][]): RangeRef[] => {
    const start = blockTop + rows.length;
    rows.push(...points);
    return [
      { row: start, column: col, rows: points.length },
      { row: start, column: col + 1, rows: points.length },
      { row: start, column: col + 2, rows: points.length },
    ];
  };
  const round = (v: number) => Math.round(v * 10000) / 10000;

  for (let ring = 1; ring <= 3; ring++) {
    const pts: Cell[][] = [];
    for (let i = 0; i <= ringPoints; i++) {
      const a = (2 * Math.PI * i) / ringPoints;
      pts.push([round(ring * Math.cos(a)), round(ring * Math.sin(a)), null]);
    }
    const [x, y] = add(pts);
    series.push({ name: `Ring ${ring}`, x, values: y, markers: false, lines: true, color: '#BFBFBF', lineWidth: 0.75, hideInLegend: true });
  }

  const sectorPts: Cell[][] = [];
  for (let s = 0; s < 4; s++) {
    const a = Math.PI / 4 + (s * Math.PI) / 2;
    if (s > 0) sectorPts.push([null, null, null]);
    sectorPts.push([0, 0, null], [round(3.3 * Math.cos(a)), round(3.3 * Math.sin(a)), null]);
  }
  {
    const [x, y] = add(sectorPts);
    series.push({ name: 'Sectoren', x, values: y, markers: false, lines: true, dashed: true, color: '#7F7F7F', lineWidth: 1, hideInLegend: true });
  }

  // Contacts: sector s gets contacts i with i % 4 === s; ring 1..3 by i.
  const where: { x: number; y: number }[] = [];
  const bySector: Cell[][][] = [[], [], [], []];
  for (let i = 0; i < contacts; i++) {
    const s = i % 4;
    const k = Math.floor(i / 4);
    const ring = 1 + (i % 3);
    const a = Math.PI / 4 + (s * Math.PI) / 2 - Math.PI / 4 + ((k + 1) * (Math.PI / 2)) / 5;
    const x = round(ring * Math.cos(a));
    const y = round(ring * Math.sin(a));
    where.push({ x, y });
    bySector[s].push([x, y, `Contact ${String.fromCharCode(65 + i)}`]);
  }

  const tiePts: Cell[][] = [];
  for (let t = 0; t < ties && t + 5 < contacts + 5; t++) {
    const a = where[t % contacts];
    const b = where[(t * 3 + 5) % contacts];
    if (t > 0) tiePts.push([null, null, null]);
    tiePts.push([a.x, a.y, null], [b.x, b.y, null]);
  }
  if (tiePts.length) {
    const [x, y] = add(tiePts);
    series.push({ name: 'Banden', x, values: y, markers: false, lines: true, color: '#A6A6A6', lineWidth: 1.5, hideInLegend: true });
  }

  const sectorNames = ['Familie', 'Vrienden', 'Buurt', 'Werk'];
  bySector.forEach((pts, s) => {
    if (!pts.length) return;
    const [x, y, labels] = add(pts);
    series.push({ name: sectorNames[s], x, values: y, labels, markers: true, markerSize: 9, color: SECTOR_COLORS[s] });
  });
  {
    const [x, y, labels] = add([[0, 0, 'Cliënt']]);
    series.push({ name: 'Cliënt', x, values: y, labels, markers: true, markerSize: 12, color: '#000000' });
  }

  const block: CellBlock = { at: { row: 0, column: col }, title: 'Kaartgegevens', header: true, rows, formats: ['number', 'number', 'text'] };
  return {
    name: 'Netwerkkaart',
    role: 'output',
    columns: [{ header: 'Netwerkkaart', kind: 'text', width: 10 }],
    rows: [],
    blocks: [block],
    charts: [
      {
        type: 'scatter',
        title: 'Netwerk van de cliënt',
        series,
        anchor: { row: 1, column: 0 },
        width: 640,
        height: 640,
        legend: true,
        axisMin: -3.6,
        axisMax: 3.6,
        hideAxes: true,
      },
    ],
  };
}

/** Rows of one form: a title line, a header, questions with an answer cell. */
function form(n: number, questions: number): CellBlock {
  const rows: Cell[][] = [['Vraag', 'Antwoord', 'Keuze']];
  for (let q = 1; q <= questions; q++) rows.push([`Vraag ${q} van formulier ${n}: beschrijf in een paar woorden wat er speelt en wat de cliënt nodig heeft`, null, null]);
  return {
    at: { row: 0, column: 0 },
    title: `Formulier ${n}`,
    header: true,
    rows,
    formats: ['text', 'text', 'text'],
    editable: [false, true, true],
    lists: [null, null, ['ja', 'nee', 'misschien']],
    inputFill: '#FFF2CC',
    wrap: true,
  };
}

/**
 * A sheet with a table (scores, highlighted ≤ 2) and `forms` forms below it, each starting a new
 * printed page; protected, so that only the form's answer cells can be typed in.
 */
export function formSheet(forms = 3, questions = 12): SheetSpec {
  const blocks: CellBlock[] = [];
  const pageBreaks: number[] = [];
  const table: Cell[][] = [
    ['An', 4],
    ['Bo', 2],
    ['Cas', null],
    ['Dee', 1.5],
    ['Eva', 'n.v.t.'],
  ];
  let row = 2 + table.length + 2; // preamble 0..0, blank, header at 2 → body 3..7, two blank rows
  for (let n = 1; n <= forms; n++) {
    const f = form(n, questions);
    f.at = { row, column: 0 };
    blocks.push(f);
    if (n > 1) pageBreaks.push(row);
    row += 1 + f.rows.length + 1;
  }
  return {
    name: 'Formulieren',
    role: 'output',
    preamble: ['Formulieren'],
    columns: [
      { header: 'Naam', kind: 'text', width: 60 },
      { header: 'Score', kind: 'number', width: 22 },
      { header: 'Keuze', kind: 'text', width: 14 },
    ],
    rows: table.map((r) => [...r, null]),
    protect: true,
    blocks,
    highlights: [{ column: 1, atMost: 2, fill: '#F8CBAD', fontColor: '#9C0006' }],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, header: 'Kring — formulieren', footer: 'Pagina &P — &D', pageBreaks, repeatRows: 0 },
  };
}
