import { Cell, RawSheet } from '../../src/engine/workbook';

/** A raw sheet starting at A1 (or at the given row/column). */
export function sheet(name: string, rows: Cell[][], firstRow = 1, firstColumn = 0): RawSheet {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return { name, rows: rows.map((r) => [...r, ...Array(width - r.length).fill(null)]), firstRow, firstColumn };
}

export const CLIENT_HEADERS = ['ID', 'Naam', 'Locatie', 'Rol', 'Capaciteit', 'Interesses', 'Hulpvraag', 'Beschikbaarheid', 'Geboortejaar', 'Actief'];
