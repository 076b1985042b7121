/** A gateway over the sample that records the sheets a command writes, for tests of the engine's sheet specs. */
import { SheetSpec, WorkbookGateway } from '../../src/engine/workbook';
import { sampleSheets } from '../../src/sample/generate';

export function recordingGateway(): { gateway: WorkbookGateway; written: SheetSpec[] } {
  const raw = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  const written: SheetSpec[] = [];
  const gateway: WorkbookGateway = {
    readSheets: async () => raw,
    writeSheets: async (specs) => {
      written.push(...specs);
      return { written: specs.map((s) => s.name), skipped: [] };
    },
    appendRows: async () => undefined,
    updateCells: async () => undefined,
  };
  return { gateway, written };
}
