/**
 * The strict rules of the test host's workbook (src/testhost/types/, state.ts and cells.ts), driven through
 * Microsoft's own Excel client library and the protocol host, as the gateway and the playground are.
 */
import { excelApiVersionFromManifest, TestHost } from '../../src/testhost';
import { createOfficeJsHost as createTestHost } from '../../src/testhost/officejsHost';
import { rejectsWith, throwsWith } from './rich';

let host: TestHost;
beforeEach(() => {
  host = createTestHost({ apiVersion: '1.12' });
});

describe('load and sync', () => {
  it('throws PropertyNotLoaded for a property that was not loaded and synced', async () => {
    host.setSheet('Sheet1', [[1, 2]]);
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      expect(() => r.values).toThrow(/is not available/);
      r.load('values');
      throwsWith(() => r.values, 'PropertyNotLoaded'); // loaded but not synced
      await ctx.sync();
      expect(r.values).toEqual([[1, 2]]);
      throwsWith(() => r.address, 'PropertyNotLoaded'); // not in the load list
    });
  });

  it('supports the load forms: "a,b", ["a","b"], {select}, nested and collection paths', async () => {
    host.setSheet('Sheet1', [['x']], { at: 'B2' });
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2');
      const a = r.load('values, address');
      expect(a).toBe(r);
      const r2 = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').load(['rowIndex', 'columnIndex']);
      const r3 = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').load({ select: 'rowCount,format/font/bold' });
      const sheets = ctx.workbook.worksheets.load('items/name, items/position');
      await ctx.sync();
      expect(r.address).toBe('Sheet1!B2');
      expect(r2.rowIndex).toBe(1);
      expect(r2.columnIndex).toBe(1);
      expect(r3.rowCount).toBe(1);
      expect(r3.format.font.bold).toBe(false);
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([['Sheet1', 0]]);
    });
  });

  it('loaded values are a snapshot', async () => {
    host.setSheet('Sheet1', [[1]]);
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
      r.values[0][0] = 99; // mutating the snapshot does not touch the workbook
      const w = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      w.values = [[2]];
      await ctx.sync();
      expect(host.getValues('Sheet1')).toEqual([[2]]);
      const again = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
      expect(again.values).toEqual([[2]]);
    });
  });

  it('queues writes and applies them at sync', async () => {
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.values = [['a', 'b']];
      r.format.font.bold = true;
      expect(host.getValues('Sheet1')).toEqual([]);
      await ctx.sync();
      expect(host.getValues('Sheet1')).toEqual([['a', 'b']]);
      expect(host.cell('Sheet1', 'B1').bold).toBe(true);
    });
  });

  it('surfaces errors at sync with code and debugInfo, earlier operations stay applied', async () => {
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      ctx.workbook.worksheets.getItem('Nope').getRange('A1').values = [[2]];
      const e = await rejectsWith(ctx.sync(), 'ItemNotFound');
      expect(e.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
      expect(host.getValues('Sheet1')).toEqual([[1]]);
    });
  });

  it('isNullObject needs a load; getItemOrNullObject gives a null object', async () => {
    await host.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('Missing');
      throwsWith(() => s.isNullObject, 'PropertyNotLoaded');
      s.load('name');
      const u = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      expect(s.isNullObject).toBe(true);
      expect(u.isNullObject).toBe(true);
    });
  });
});

describe('Excel.run', () => {
  it('requires the batch to return a promise (RunMustReturnPromise)', async () => {
    await rejectsWith(host.Excel.run(((ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.load('items');
    }) as unknown as (c: Excel.RequestContext) => Promise<void>), 'RunMustReturnPromise');
  });

  it('rejects a proxy used after its run finished (InvalidObjectPath), but loaded values stay readable', async () => {
    host.setSheet('Sheet1', [[5]]);
    const r = await host.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
      return range;
    });
    expect(r.values).toEqual([[5]]);
    throwsWith(() => {
      r.values = [[6]];
    }, 'InvalidObjectPath');
    throwsWith(() => r.load('address'), 'InvalidObjectPath');
    throwsWith(() => r.getCell(0, 0), 'InvalidObjectPath');
  });

  it('flushes queued operations when the batch resolves', async () => {
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(host.getValues('Sheet1')).toEqual([[1]]);
  });

  it('accepts run options { delayForCellEdit }', async () => {
    await host.Excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(host.stats.syncCount).toBe(1);
  });
});

describe('sheet and table names', () => {
  const addName = (name: string) =>
    host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await ctx.sync();
    });

  it.each([
    ['too long', 'x'.repeat(32)],
    ['colon', 'a:b'],
    ['backslash', 'a\\b'],
    ['slash', 'a/b'],
    ['question mark', 'a?'],
    ['star', 'a*'],
    ['bracket', 'a[1]'],
    ['empty', ''],
  ])('rejects a sheet name with %s', async (_why, name) => {
    await rejectsWith(addName(name), 'InvalidArgument');
  });

  it('accepts 31 characters and rejects a duplicate ignoring case', async () => {
    await addName('y'.repeat(31));
    await rejectsWith(addName('SHEET1'), 'ItemAlreadyExists');
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').name = 'Y'.repeat(31);
        await ctx.sync();
      }),
      'ItemAlreadyExists',
    );
  });

  it('keeps table names unique workbook-wide', async () => {
    host.setSheet('A', [['h'], [1]], { table: 'Data' });
    host.setSheet('B', [['h'], [1]]);
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        const t = ctx.workbook.worksheets.getItem('B').tables.add('A1:A2', true);
        t.name = 'DATA';
        await ctx.sync();
      }),
      'ItemAlreadyExists',
    );
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('Data').name = 'has space';
        await ctx.sync();
      }),
      'InvalidArgument',
    );
  });

  it('adds an empty body row to a header-only table and fixes blank headers', async () => {
    host.setSheet('A', [['Naam', '']], { at: 'C3' });
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').tables.add('C3:D3', true).name = 'T';
      await ctx.sync();
    });
    expect(host.tables()[0]).toMatchObject({ name: 'T', address: 'A!C3:D4', bodyAddress: 'A!C4:D4' });
    expect(host.getValues('A', 'C3:D3')).toEqual([['Naam', 'Column2']]);
  });
});

describe('values', () => {
  const write = (address: string, prop: 'values' | 'numberFormat' | 'formulas', value: unknown) =>
    host.Excel.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem('Sheet1').getRange(address) as unknown as Record<string, unknown>)[prop] = value;
      await ctx.sync();
    });

  it('rejects an array that does not match the range shape', async () => {
    await rejectsWith(write('A1:B2', 'values', [[1, 2]]), 'InvalidArgument');
    await rejectsWith(write('A1:B2', 'values', [[1], [2]]), 'InvalidArgument');
    await rejectsWith(write('A1:B1', 'numberFormat', [['0', '0'], ['0', '0']]), 'InvalidArgument');
    await rejectsWith(write('A1:B1', 'formulas', [1, 2]), 'InvalidArgument');
    await rejectsWith(write('A1:B2', 'values', [[1]]), 'InvalidArgument');
  });

  it('accepts a single scalar for a whole range', async () => {
    await write('A1:B2', 'values', 7);
    await write('A1:B2', 'numberFormat', '0.0');
    expect(host.getValues('Sheet1')).toEqual([[7, 7], [7, 7]]);
    expect(host.cell('Sheet1', 'B2').numberFormat).toBe('0.0');
  });

  it('takes text starting with =, +, - or @ as a formula', async () => {
    await write('A1:E1', 'values', [['=HYPERLINK("http://x","y")', '+31 6 1234', '-a', '@b', '=1+']]);
    for (const [addr, text] of [['A1', '=HYPERLINK("http://x","y")'], ['B1', '+31 6 1234'], ['C1', '-a'], ['D1', '@b']]) {
      const c = host.cell('Sheet1', addr);
      expect(c.formula).toBeDefined();
      expect(c.value).not.toBe(text);
    }
    expect(host.cell('Sheet1', 'A1').value).toBe('y');
  });

  it('keeps literal text with a leading apostrophe or a text ("@") number format set before', async () => {
    await write('A1:B1', 'numberFormat', [['@', '@']]);
    await write('A1:B1', 'values', [['=HYPERLINK("http://x","y")', '+31 6 1234']]);
    await write('C1', 'values', [["'=1+2"]]);
    expect(host.getValues('Sheet1')).toEqual([['=HYPERLINK("http://x","y")', '+31 6 1234', '=1+2']]);
    expect(host.cell('Sheet1', 'A1').formula).toBeUndefined();
  });

  it('converts typed input like Excel: numeric text, TRUE, percent, dates; "@" keeps 00123', async () => {
    await write('A1:E1', 'values', [['00123', 'TRUE', '50%', '2026-02-03', 'plain']]);
    expect(host.getValues('Sheet1')).toEqual([[123, true, 0.5, 46056, 'plain']]);
    await write('A2', 'numberFormat', [['@']]);
    await write('A2', 'values', [['00123']]);
    expect(host.cell('Sheet1', 'A2').value).toBe('00123');
  });

  it('setting "@" after the value does not turn it back into text', async () => {
    await write('A1', 'values', [['+31 6 1234']]);
    await write('A1', 'numberFormat', [['@']]);
    expect(host.cell('Sheet1', 'A1').formula).toBe('=+31 6 1234');
  });

  it('reads "" for empty cells, keeps error values as text, skips null on write', async () => {
    host.setSheet('Sheet1', [[1, null, '#N/A']]);
    await write('A1:C1', 'values', [[null, 'x', null]]);
    await host.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:D1').load('values,text');
      await ctx.sync();
      expect(r.values).toEqual([[1, 'x', '#N/A', '']]);
      expect(r.text).toEqual([['1', 'x', '#N/A', '']]);
    });
  });

  it('rejects objects as values; NaN travels as null (JSON) and leaves the cell as it was', async () => {
    await rejectsWith(write('A1', 'values', [[{}]]), 'InvalidArgument');
    await write('A1', 'values', [[NaN]]);
    expect(host.getValues('Sheet1')).toEqual([]);
  });
});

describe('payload limit', () => {
  it('rejects a request over 5 MB and applies nothing', async () => {
    const big = 'x'.repeat(1000);
    const rows = Array.from({ length: 5300 }, () => [big]);
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        ctx.workbook.worksheets.getItem('Sheet1').getRange('B1:B5300').values = rows;
        await ctx.sync();
      }),
      'RequestPayloadSizeLimitExceeded',
    );
    expect(host.getValues('Sheet1')).toEqual([]);
    expect(host.stats.largestRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('counts every request and its bytes (an empty sync sends none)', async () => {
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['hello']];
      await ctx.sync();
      await ctx.sync(); // empty: no request
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['x']];
      await ctx.sync();
    });
    expect(host.stats.syncCount).toBe(2);
    expect(host.stats.requests.map((r) => r.bytes).reduce((a, b) => a + b)).toBe(host.stats.totalBytes);
    expect(host.stats.largestRequestBytes).toBeGreaterThan(7);
  });

  it('injects a fault at the Nth sync', async () => {
    host.failAtSync(2, 'GeneralException');
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
      await rejectsWith(ctx.sync(), 'GeneralException');
    });
    expect(host.getValues('Sheet1')).toEqual([[1]]);
  });
});

describe('API sets', () => {
  it('rejects members above the configured version with ApiNotFound at sync', async () => {
    const old = createTestHost({ apiVersion: '1.7' });
    await rejectsWith(
      old.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
        await ctx.sync();
      }),
      'ApiNotFound',
    );
    await rejectsWith(
      old.Excel.run(async (ctx) => {
        ctx.application.suspendScreenUpdatingUntilNextSync();
        await ctx.sync();
      }),
      'ApiNotFound',
    );
    const older = createTestHost({ apiVersion: '1.3' });
    await rejectsWith(
      older.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject().load('address');
        await ctx.sync();
      }),
      'ApiNotFound',
    );
    await rejectsWith(
      older.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').tabColor = '#FF0000';
        await ctx.sync();
      }),
      'ApiNotFound',
    );
    await rejectsWith(
      createTestHost({ apiVersion: '1.7' }).Excel.run(async (ctx) => {
        ctx.application.calculationMode = 'Manual';
        await ctx.sync();
      }),
      'ApiNotFound',
    );
  });

  it('answers isSetSupported per the configured version (of the host last created or installed)', () => {
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(host.Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    const old = createTestHost({ apiVersion: '1.7' });
    expect(old.Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(old.Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(old.Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
  });

  it('reads the ExcelApi MinVersion from a manifest', () => {
    const xml = `<Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements>`;
    expect(excelApiVersionFromManifest(xml)).toBe('1.7');
    expect(excelApiVersionFromManifest(`<Set MinVersion="1.9" Name="ExcelApi" />`)).toBe('1.9');
    expect(excelApiVersionFromManifest('<Set Name="SharedRuntime" MinVersion="1.1"/>')).toBeUndefined();
  });
});

describe('not simulated', () => {
  it('fails a request that uses a member the host does not implement, at that member', async () => {
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getIntersection('A1:B2').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotSimulated', message: expect.stringContaining('not simulated: Range.getIntersection') });
    await expect(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('hyperlink');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotSimulated', message: expect.stringContaining('Range.hyperlink') });
  });
});

describe('worksheets, formats, protection', () => {
  it('implements the members Kring uses', async () => {
    host.setSheet('Data', [['a', 'b'], [1, 2]], { at: 'C3' });
    await host.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const ws = sheets.add('Out');
      ws.tabColor = '#00aa00';
      ws.position = 0;
      ws.freezePanes.freezeRows(2);
      const r = ws.getRange('A1:B2');
      r.numberFormat = [['@', '0%'], ['@', '0%']];
      r.values = [['x', 0.25], ['y', 0.5]];
      r.format.columnWidth = 60;
      r.format.fill.color = '#FFFF00';
      r.format.wrapText = true;
      r.getCell(1, 1).format.protection.locked = false;
      r.getCell(0, 0).dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
      ws.protection.protect({ allowAutoFilter: true });
      ws.activate();
      r.getOffsetRange(1, 0).getResizedRange(0, -1).select();
      const used = sheets.getItem('Data').getUsedRange(true).load('address,rowIndex,columnIndex,rowCount,columnCount,values');
      const prot = ws.protection.load('protected');
      const w = ws.getRange('A:A').format.load('columnWidth');
      const mode = ctx.application.load('calculationMode');
      sheets.load('items/name');
      await ctx.sync();
      expect(used.address).toBe('Data!C3:D4');
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([2, 2, 2, 2]);
      expect(prot.protected).toBe(true);
      expect(w.columnWidth).toBe(60);
      expect(mode.calculationMode).toBe('Automatic');
      expect(sheets.items.map((s) => s.name)).toEqual(['Out', 'Sheet1', 'Data']);
    });
    expect(host.sheet('Out')).toMatchObject({ position: 0, tabColor: '#00AA00', freezeRows: 2, protected: true, columnWidths: { A: 60, B: 60 } });
    expect(host.cell('Out', 'B2')).toMatchObject({ value: 0.5, text: '50%', locked: false, fill: '#FFFF00', wrap: true });
    expect(host.cell('Out', 'A1').validation).toEqual({ list: { inCellDropDown: true, source: 'x,y' } });
    expect(host.selection()).toEqual({ sheet: 'Out', address: 'A2:A3' });
    expect(host.activeSheet()).toBe('Out');
  });

  it('rejects writes to locked cells of a protected sheet, allows unlocked ones', async () => {
    host.setSheet('P', [['a', 'b']]);
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('P');
      ws.getRange('B1').format.protection.locked = false;
      ws.protection.protect();
      ws.getRange('B1').values = [['ok']];
      await ctx.sync();
      ws.getRange('A1').values = [['no']];
      await rejectsWith(ctx.sync(), 'AccessDenied');
      ws.getRange('B1').format.font.bold = true;
      await rejectsWith(ctx.sync(), 'AccessDenied');
      ws.protection.protect();
      await rejectsWith(ctx.sync(), 'InvalidOperation');
    });
    expect(host.getValues('P')).toEqual([['a', 'ok']]);
  });

  it('deletes sheets with their tables but never the last visible sheet', async () => {
    host.setSheet('T', [['h'], [1]], { table: 'Tab' });
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').delete();
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').delete();
      await rejectsWith(ctx.sync(), 'InvalidOperation');
    });
    expect(host.sheetNames()).toEqual(['Sheet1']);
    expect(host.tables()).toEqual([]);
  });

  it('reads table ranges and items', async () => {
    host.setSheet('T', [['ID', 'Naam'], ['001', 'An'], ['002', 'Bo']], { at: 'C3', table: 'Clients' });
    await host.Excel.run(async (ctx) => {
      const tables = ctx.workbook.worksheets.getItem('T').tables.load('items/name,items/style');
      await ctx.sync();
      const t = tables.items[0];
      const all = t.getRange().load('address');
      const head = t.getHeaderRowRange().load('values');
      const body = t.getDataBodyRange().load('values');
      const ws = t.worksheet.load('name');
      await ctx.sync();
      expect(t.name).toBe('Clients');
      expect(all.address).toBe('T!C3:D5');
      expect(head.values).toEqual([['ID', 'Naam']]);
      expect(body.values).toEqual([['001', 'An'], ['002', 'Bo']]);
      expect(ws.name).toBe('T');
    });
  });

  it('notifies change listeners after each sync', async () => {
    const seen: number[] = [];
    host.onChange(() => seen.push(host.stats.syncCount));
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(seen).toEqual([1]);
  });

  it('installs as the global Excel / Office and restores them', async () => {
    const g: Record<string, unknown> = {};
    const uninstall = host.install(g);
    expect(g.Excel).toBe(host.Excel);
    expect((g.Office as typeof Office).context.requirements.isSetSupported('ExcelApi', '1.4')).toBe(true);
    uninstall();
    expect(g.Excel).toBeUndefined();
  });
});

describe('table names that read as cell references', () => {
  it.each(['T1', 'AB12', 'R1C1', 'R', 'c'])('rejects %s', async (name) => {
    const h = createTestHost({ apiVersion: '1.12', sheets: [{ name: 'S', rows: [['h'], [1]] }] });
    await rejectsWith(
      h.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').tables.add('A1:A2', true).name = name;
        await ctx.sync();
      }),
      'InvalidArgument',
    );
  });
  it('accepts Tab0 and XFE1', async () => {
    const h = createTestHost({ apiVersion: '1.12', sheets: [{ name: 'S', rows: [['h', 'i'], [1, 2]] }] });
    await h.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').tables.add('A1:A2', true).name = 'Tab0';
      ctx.workbook.worksheets.getItem('S').tables.add('B1:B2', true).name = 'XFE1';
      await ctx.sync();
    });
    expect(h.tables().map((t) => t.name)).toEqual(['Tab0', 'XFE1']);
  });
});


describe('font', () => {
  it('sets and reads a font size of 1 to 409 points, 11 by default, and refuses others', async () => {
    await host.Excel.run(async (ctx) => {
      const font = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').format.font;
      font.size = 14;
      await ctx.sync();
      const b2 = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').format.font.load('size');
      await ctx.sync();
      expect(b2.size).toBe(11);
    });
    expect(host.cell('Sheet1', 'B1').fontSize).toBe(14);
    expect(host.cell('Sheet1', 'C1').fontSize).toBe(11);
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.font.size = 0;
        await ctx.sync();
      }),
      'InvalidArgument',
    );
  });
});
