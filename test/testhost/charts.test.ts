/** The test host's charts (series, axes, labels, map-style members), through Microsoft's client library. */
import { TestHost } from '../../src/testhost';
import { createOfficeJsHost as createTestHost } from '../../src/testhost/officejsHost';
import { rejectsWith, throwsWith } from './rich';

let host: TestHost;
beforeEach(() => {
  host = createTestHost({ apiVersion: '1.12' });
});

describe('charts', () => {
  const data = [
    ['Locatie', 'Koppelingen', 'Wachtend'],
    ['Noord', 5, 2],
    ['Zuid', 3, 4],
  ];

  it('charts.add reads series from the source like Excel: names from a text header row, categories from a text first column', async () => {
    host.setSheet('Sheet1', data);
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Columns');
      ws.charts.add(host.Excel.ChartType.xyscatter, ws.getRange('B2:C3'), host.Excel.ChartSeriesBy.columns);
      ws.charts.add('Line', ws.getRange('B2:C3'));
      await ctx.sync();
    });
    const [column, scatter, line] = host.charts('Sheet1');
    expect(column).toMatchObject({ name: 'Chart 1', type: 'ColumnClustered', seriesBy: 'Columns', source: 'Sheet1!A1:C3', width: 360, height: 216 });
    expect(column.series).toEqual([
      { name: 'Koppelingen', values: 'Sheet1!B2:B3', valuesData: [5, 3], xValues: 'Sheet1!A2:A3', xValuesData: ['Noord', 'Zuid'], markerStyle: 'Automatic' },
      { name: 'Wachtend', values: 'Sheet1!C2:C3', valuesData: [2, 4], xValues: 'Sheet1!A2:A3', xValuesData: ['Noord', 'Zuid'], markerStyle: 'Automatic' },
    ]);
    // Scatter, by columns: the first column is X.
    expect(scatter.series).toEqual([expect.objectContaining({ name: 'Series1', values: 'Sheet1!C2:C3', xValues: 'Sheet1!B2:B3' })]);
    // seriesBy omitted is "Auto" (a 2×2 range: by columns), recorded as given.
    expect(line).toMatchObject({ seriesBy: 'Auto', name: 'Chart 3' });
    expect(line.series.map((s) => s.values)).toEqual(['Sheet1!B2:B3', 'Sheet1!C2:C3']);
  });

  it('builds a chart series by series and exposes its state; series values are live references', async () => {
    host.setSheet('Sheet1', data);
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A:A').format.columnWidth = 100;
      const chart = ws.charts.add('XYScatter', ws.getRange('C2:C3'), 'Columns');
      const first = chart.series.getItemAt(0);
      first.name = 'Eerste';
      first.setXAxisValues(ws.getRange('B2:B3'));
      first.markerStyle = 'Circle';
      first.markerBackgroundColor = '#1f7a6d';
      const second = chart.series.add('Tweede');
      second.setValues(ws.getRange('B2:B3'));
      second.format.line.color = '#C55A11';
      second.format.line.lineStyle = 'None';
      second.format.fill.setSolidColor('#ffffff');
      chart.title.text = 'Titel';
      chart.legend.visible = true;
      chart.legend.position = 'Bottom';
      chart.axes.categoryAxis.title.text = 'X';
      chart.axes.valueAxis.title.text = 'Y';
      chart.name = 'Mijn grafiek';
      chart.setPosition('C5');
      chart.width = 300;
      chart.height = 200;
      await ctx.sync();
      const charts = ws.charts.load('items/name,items/top,items/left,items/width,items/height');
      const count = ws.charts.load('count');
      await ctx.sync();
      expect(charts.items.map((c) => [c.name, c.top, c.left, c.width, c.height])).toEqual([['Mijn grafiek', 60, 148, 300, 200]]);
      expect(count.count).toBe(1);
      const series = chart.series.load('items/name');
      await ctx.sync();
      expect(series.items.map((x) => x.name)).toEqual(['Eerste', 'Tweede']);
    });
    host.typeInCell('Sheet1', 'B3', '9');
    expect(host.charts('Sheet1')).toEqual([
      {
        name: 'Mijn grafiek',
        type: 'XYScatter',
        seriesBy: 'Columns',
        source: 'Sheet1!C2:C3',
        title: 'Titel',
        legend: { visible: true, position: 'Bottom' },
        categoryAxisTitle: 'X',
        valueAxisTitle: 'Y',
        top: 60,
        left: 148,
        width: 300,
        height: 200,
        anchor: 'C5',
        series: [
          { name: 'Eerste', values: 'Sheet1!C2:C3', valuesData: [2, 4], xValues: 'Sheet1!B2:B3', xValuesData: [5, 9], markerStyle: 'Circle', markerBackgroundColor: '#1F7A6D' },
          { name: 'Tweede', values: 'Sheet1!B2:B3', valuesData: [5, 9], markerStyle: 'Automatic', lineColor: '#C55A11', lineStyle: 'None', fill: '#FFFFFF' },
        ],
        axes: { category: { visible: true, majorGridlines: false }, value: { visible: true, majorGridlines: true } },
        displayBlanksAs: 'NotPlotted',
        hiddenLegendEntries: [],
      },
    ]);
  });

  it('setPosition with an end cell covers the range', async () => {
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:A2').values = [[1], [2]];
      const chart = ws.charts.add('Pie', ws.getRange('A1:A2'), 'Columns');
      chart.setPosition(ws.getRange('B2'), 'C11');
      await ctx.sync();
    });
    expect(host.charts('Sheet1')[0]).toMatchObject({ type: 'Pie', top: 15, left: 48, width: 96, height: 150, anchor: 'B2' });
  });

  it('needs ExcelApi 1.7 for series.add, setValues, setXAxisValues and markers (ApiNotFound at sync)', async () => {
    host = createTestHost({ apiVersion: '1.6' });
    host.setSheet('Sheet1', data);
    for (const step of [
      (c: Excel.Chart, ws: Excel.Worksheet) => c.series.add('x'),
      (c: Excel.Chart, ws: Excel.Worksheet) => c.series.getItemAt(0).setValues(ws.getRange('B2:B3')),
      (c: Excel.Chart, ws: Excel.Worksheet) => c.series.getItemAt(0).setXAxisValues(ws.getRange('A2:A3')),
      (c: Excel.Chart) => (c.series.getItemAt(0).markerStyle = 'None'),
      (c: Excel.Chart) => (c.series.getItemAt(0).format.line.lineStyle = 'None'),
      (c: Excel.Chart) => (c.chartType = 'Line'),
    ]) {
      await rejectsWith(
        host.Excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem('Sheet1');
          const chart = ws.charts.add('Line', ws.getRange('B2:B3'), 'Columns');
          step(chart, ws);
          await ctx.sync();
        }),
        'ApiNotFound',
      );
    }
    // ExcelApi 1.1 members work.
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const chart = ws.charts.add('Line', ws.getRange('A1:C3'), 'Columns');
      chart.series.getItemAt(1).name = 'W';
      chart.series.getItemAt(1).format.fill.setSolidColor('#000000');
      chart.title.text = 'T';
      await ctx.sync();
    });
    expect(host.charts('Sheet1').at(-1)!.series.map((s) => s.name)).toEqual(['Koppelingen', 'W']);
  });

  it('is strict: chart properties need a load, a Range object as source, no axes on a pie, no edits on a protected sheet', async () => {
    host.setSheet('Sheet1', data);
    await host.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Columns');
      throwsWith(() => chart.name, 'PropertyNotLoaded');
      await ctx.sync();
    });
    await expect(
      host.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.charts.add('Histogram', ws.getRange('A1:C3'));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotSimulated' });
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.charts.add('ColumnClustered', 'A1:C3' as unknown as Excel.Range, 'Columns');
        await ctx.sync();
      }),
      'InvalidArgument',
    );
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Auto').series.getItemAt(0).setValues(ws.getRange('A1:B3'));
        await ctx.sync();
      }),
      'InvalidArgument',
    );
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.charts.add('Pie', ws.getRange('B2:B3'), 'Columns').axes.valueAxis.title.text = 'Y';
        await ctx.sync();
      }),
      'InvalidOperation',
    );
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').protection.protect();
      await ctx.sync();
    });
    await rejectsWith(
      host.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Columns');
        await ctx.sync();
      }),
      'AccessDenied',
    );
  });

  it('deleting a chart or its sheet removes it; setSheet clears a sheet’s charts', async () => {
    host.setSheet('Sheet1', data);
    host.setSheet('Ander', data);
    await host.Excel.run(async (ctx) => {
      for (const name of ['Sheet1', 'Ander']) {
        const ws = ctx.workbook.worksheets.getItem(name);
        ws.charts.add('Line', ws.getRange('A1:C3'), 'Columns');
        ws.charts.add('Line', ws.getRange('A1:C3'), 'Columns');
      }
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').charts.getItem('Chart 1').delete();
      await ctx.sync();
    });
    expect(host.charts('Sheet1').map((c) => c.name)).toEqual(['Chart 2']);
    host.deleteSheet('Ander');
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add('Ander');
      await ctx.sync();
    });
    expect(host.charts('Ander')).toEqual([]);
    host.setSheet('Sheet1', data);
    expect(host.charts('Sheet1')).toEqual([]);
  });
});


describe('map-style chart members', () => {
  async function scatter(h: TestHost, build: (chart: Excel.Chart, ws: Excel.Worksheet) => void): Promise<void> {
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:C4').values = [[0, 0, 'Ego'], [1, 1, 'An'], ['', '', ''], [2, 0, 'Bo']];
      const chart = ws.charts.add('XYScatterLines', ws.getRange('B1:B4'), 'Columns');
      const series = chart.series.getItemAt(0);
      series.setValues(ws.getRange('B1:B4'));
      series.setXAxisValues(ws.getRange('A1:A4'));
      build(chart, ws);
      await context.sync();
    });
  }

  it('sets marker size, line weight and style, data labels linked to cells, axes, gridlines, blanks, legend entries, plot area', async () => {
    await scatter(host, (chart) => {
      const s = chart.series.getItemAt(0);
      s.markerSize = 9;
      s.format.line.weight = 0.75;
      s.format.line.lineStyle = 'Dash';
      const p = s.points.getItemAt(3);
      p.hasDataLabel = true;
      p.dataLabel.position = 'Right';
      p.dataLabel.formula = "='Sheet1'!$C$4";
      for (const axis of [chart.axes.categoryAxis, chart.axes.valueAxis]) {
        axis.minimum = -3;
        axis.maximum = 3;
        axis.visible = false;
        axis.majorGridlines.visible = false;
      }
      chart.displayBlanksAs = 'NotPlotted';
      chart.legend.legendEntries.getItemAt(0).visible = false;
      chart.width = 300;
      chart.height = 300;
      chart.plotArea.insideLeft = 20;
      chart.plotArea.insideTop = 30;
      chart.plotArea.insideWidth = 250;
      chart.plotArea.insideHeight = 250;
    });
    const [chart] = host.charts('Sheet1');
    expect(chart.series[0]).toMatchObject({ markerSize: 9, lineWeight: 0.75, lineStyle: 'Dash', labels: [{ index: 3, formula: "='Sheet1'!$C$4", text: 'Bo', position: 'Right' }] });
    expect(chart).toMatchObject({
      axes: { category: { minimum: -3, maximum: 3, visible: false, majorGridlines: false }, value: { minimum: -3, maximum: 3, visible: false, majorGridlines: false } },
      displayBlanksAs: 'NotPlotted',
      hiddenLegendEntries: [0],
      plotArea: { insideLeft: 20, insideTop: 30, insideWidth: 250, insideHeight: 250 },
    });
    host.typeInCell('Sheet1', 'C4', 'Bob');
    expect(host.charts('Sheet1')[0].series[0].labels![0].text).toBe('Bob');
  });

  it('is strict: points must exist, a label needs hasDataLabel first, bounds in order, plot area inside the chart', async () => {
    await rejectsWith(scatter(host, (chart) => {
      chart.series.getItemAt(0).points.getItemAt(4).hasDataLabel = true;
    }), 'ItemNotFound');
    await rejectsWith(scatter(host, (chart) => {
      chart.series.getItemAt(0).points.getItemAt(1).dataLabel.formula = "='Sheet1'!$C$2";
    }), 'InvalidOperation');
    await rejectsWith(scatter(host, (chart) => {
      chart.axes.valueAxis.maximum = -1;
      chart.axes.valueAxis.minimum = 0;
    }), 'InvalidArgument');
    await rejectsWith(scatter(host, (chart) => {
      chart.plotArea.insideWidth = 400; // the default chart is 360 pt wide
    }), 'InvalidArgument');
  });

  it('needs ExcelApi 1.8 for label formulas, displayBlanksAs and the plot area; 1.7 for axis visibility, legend entries, markers', async () => {
    const v17 = createTestHost({ apiVersion: '1.7' });
    await rejectsWith(scatter(v17, (chart) => {
      const p = chart.series.getItemAt(0).points.getItemAt(0);
      p.hasDataLabel = true;
      p.dataLabel.formula = "='Sheet1'!$C$1";
    }), 'ApiNotFound');
    await rejectsWith(scatter(v17, (chart) => {
      chart.displayBlanksAs = 'NotPlotted';
    }), 'ApiNotFound');
    await rejectsWith(scatter(v17, (chart) => {
      chart.plotArea.insideTop = 1;
    }), 'ApiNotFound');
    await scatter(v17, (chart) => {
      chart.axes.valueAxis.visible = false;
      chart.legend.legendEntries.getItemAt(0).visible = false;
      chart.series.getItemAt(0).points.getItemAt(0).hasDataLabel = true;
    });
    const v16 = createTestHost({ apiVersion: '1.6' });
    await rejectsWith(v16.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B2').values = [[1, 2], [3, 4]];
      ws.charts.add('XYScatter', ws.getRange('A1:B2'), 'Columns').axes.valueAxis.visible = false;
      await context.sync();
    }), 'ApiNotFound');
    await v16.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const chart = ws.charts.add('XYScatter', ws.getRange('A1:B2'), 'Columns');
      chart.axes.valueAxis.minimum = 0; // ExcelApi 1.1
      chart.axes.valueAxis.majorGridlines.visible = false;
      await context.sync();
    });
  });
});
