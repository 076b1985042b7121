/**
 * Microsoft's Excel client library (unmodified, web and Windows builds) in front of the protocol
 * host: the requests are the library's own serialized bodies, and each strict rule that matters
 * still fails a deliberately wrong call.
 */
import { TestHost } from '../../src/testhost';
import { createOfficeJsHost, OfficeJsFlavour } from '../../src/testhost/officejsHost';
import { MANIFEST_API, NEWEST_API } from '../excelHost';

let host: TestHost;
let uninstall: (() => void) | undefined;

function setup(apiVersion: string, flavour: OfficeJsFlavour, options: { requestLimitBytes?: number } = {}) {
  uninstall?.();
  host = createOfficeJsHost({ apiVersion, flavour, ...options });
  uninstall = host.install(globalThis);
  host.setSheet('Blad1', [['ID', 'Naam'], ['001', 'An']]);
}

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe.each(['excel-web-16.00', 'excel-win32-16.01'] as const)('%s', (flavour) => {
  beforeEach(() => setup(NEWEST_API, flavour));

  it('loads, writes and counts the exact request bodies', async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Blad1').getRange('A2:B2').load('values');
      await ctx.sync();
      expect(range.values).toEqual([['001', 'An']]);
      range.values = [["'002", 'Bo']];
      await ctx.sync();
    });
    expect(host.getValues('Blad1')).toEqual([['ID', 'Naam'], ['002', 'Bo']]);
    expect(host.stats.syncCount).toBe(2);
    // The Range was tracked: the library releases it in one more request when the run ends.
    expect(host.stats.requests.filter((r) => r.release)).toHaveLength(1);
    expect(host.stats.requests.every((r) => r.bytes > 100)).toBe(true);
  });

  it('refuses to read a property that was not loaded and synced', async () => {
    await expect(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Blad1');
        return sheet.name;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('needs Excel.run to return a promise', async () => {
    await expect(Excel.run((() => undefined) as unknown as () => Promise<void>)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  it('refuses a tracked object after its run', async () => {
    let kept: Excel.Range | undefined;
    await Excel.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem('Blad1').getRange('A1').load('values');
      await ctx.sync();
    });
    // The library refuses it on the spot: the run released the reference.
    expect(() => (kept!.values = [['x']])).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    expect(host.getValues('Blad1', 'A1')).toEqual([['ID']]);
  });

  it('refuses values of the wrong shape, an invalid sheet name, and takes "=…" text as a formula', async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B1').values = [['a', 'b', 'c']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add('Kaart: 1/2');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('C1:D1').values = [['=1+1', '+31 6']];
      await ctx.sync();
    });
    expect(host.cell('Blad1', 'C1').formula).toBe('=1+1');
    expect(host.cell('Blad1', 'D1').formula).toBe('=+31 6');
  });

  it('refuses a member above the declared ExcelApi version', async () => {
    setup(MANIFEST_API, flavour);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Blad1').pageLayout.orientation = 'Landscape';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(host.sheet('Blad1').pageLayout.orientation).not.toBe('Landscape');
  });

  it('refuses a request over the limit with Excel\'s error and applies none of it', async () => {
    setup(NEWEST_API, flavour, { requestLimitBytes: 20_000 });
    const before = host.snapshot();
    const rows = Array.from({ length: 1000 }, (_, i) => [`id${i}`, `naam ${i}`]);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B1000').values = rows;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const after = host.snapshot();
    host.restore(before);
    const expected = host.getValues('Blad1');
    host.restore(after);
    expect(host.getValues('Blad1')).toEqual(expected);
    expect(host.stats.requests[0]).toMatchObject({ error: 'RequestPayloadSizeLimitExceeded' });
    expect(host.stats.requests[0].bytes).toBeGreaterThan(20_000);
  });

  it('answers an injected fault with Excel\'s error after the chosen number of operations', async () => {
    host.failAtSync(1, 'GeneralException', { afterOperations: 1 });
    await expect(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Blad1');
        sheet.getRange('A1').values = [['een']];
        sheet.getRange('B1').values = [['twee']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.getValues('Blad1', 'A1:B1')).toEqual([['een', 'Naam']]);
  });
});
