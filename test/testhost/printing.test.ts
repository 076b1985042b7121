/** The test host's page layout, page breaks and conditional formats, through Microsoft's client library. */
import { TestHost } from '../../src/testhost';
import { createOfficeJsHost as createTestHost } from '../../src/testhost/officejsHost';
import { rejectsWith } from './rich';

let host: TestHost;
beforeEach(() => {
  host = createTestHost({ apiVersion: '1.12' });
});

describe('page layout, page breaks, conditional formats', () => {
  it('sets page layout, headers and footers, print titles and page breaks (ExcelApi 1.9)', async () => {
    await host.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = 'A4';
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = 'Kop &D';
      ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = 'Pagina &P';
      ws.pageLayout.setPrintTitleRows('$1:$2');
      ws.horizontalPageBreaks.add('A20');
      ws.horizontalPageBreaks.add(ws.getRange('B10'));
      const layout = ws.pageLayout.load('orientation,paperSize,zoom');
      await context.sync();
      expect(layout.toJSON()).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    });
    expect(host.sheet('Sheet1')).toMatchObject({
      pageLayout: { orientation: 'Landscape', paperSize: 'A4', centerHeader: 'Kop &D', centerFooter: 'Pagina &P', printTitleRows: '$1:$2' },
      pageBreaks: [9, 19],
    });
  });

  it('is strict about zoom, page breaks and API sets', async () => {
    const ws = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Sheet1');
    await rejectsWith(host.Excel.run(async (context) => {
      ws(context).pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 };
      await context.sync();
    }), 'InvalidArgument');
    await rejectsWith(host.Excel.run(async (context) => {
      ws(context).horizontalPageBreaks.add('A1');
      await context.sync();
    }), 'InvalidArgument');
    const old = createTestHost({ apiVersion: '1.8' });
    await rejectsWith(old.Excel.run(async (context) => {
      ws(context).pageLayout.orientation = 'Landscape';
      await context.sync();
    }), 'ApiNotFound');
    await rejectsWith(old.Excel.run(async (context) => {
      ws(context).horizontalPageBreaks.add('A5');
      await context.sync();
    }), 'ApiNotFound');
  });

  it('adds custom and cell-value conditional formats (ExcelApi 1.6), not on a protected sheet', async () => {
    await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:B9');
      const custom = range.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=AND(ISNUMBER(B2),B2<=2)';
      custom.custom.format.fill.color = '#f8cbad';
      custom.custom.format.font.color = '#9C0006';
      const value = range.conditionalFormats.add('CellValue');
      value.cellValue.rule = { formula1: '3', operator: 'LessThanOrEqual' };
      value.cellValue.format.fill.color = '#FFC7CE';
      await context.sync();
    });
    expect(host.sheet('Sheet1').conditionalFormats).toEqual([
      { address: 'B2:B9', type: 'Custom', formula: '=AND(ISNUMBER(B2),B2<=2)', fill: '#F8CBAD', fontColor: '#9C0006' },
      { address: 'B2:B9', type: 'CellValue', rule: { formula1: '3', operator: 'LessThanOrEqual' }, fill: '#FFC7CE' },
    ]);
    await rejectsWith(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('CellValue').cellValue.rule = { formula1: '1', operator: 'AtMost' } as unknown as Excel.ConditionalCellValueRule;
      await context.sync();
    }), 'InvalidArgument');
    await expect(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('DataBar');
      await context.sync();
    })).rejects.toThrow(/not simulated/);
    await rejectsWith(createTestHost({ apiVersion: '1.5' }).Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom');
      await context.sync();
    }), 'ApiNotFound');
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').protection.protect();
      await context.sync();
    });
    await rejectsWith(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom');
      await context.sync();
    }), 'AccessDenied');
  });
});

