import * as React from 'react';
import { mergeStyleSets, Text } from '@fluentui/react';
import { TestHost } from '../testhost';
import { CellBar } from './CellBar';
import { ChartView } from './ChartView';
import { cellOf, gridView } from './grid';
import { SheetTable } from './SheetTable';
import { SheetTabs } from './SheetTabs';
import { PlaygroundStrings } from './strings';
import { useHostVersion } from './useHostVersion';

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flex: 1 },
  scroll: { flex: 1, overflow: 'auto', minHeight: 0 },
  note: { padding: '4px 8px' },
});

export interface WorkbookViewProps {
  host: TestHost;
  strings: PlaygroundStrings;
}

/** The in-memory workbook: sheet tabs, a cell bar and the first rows of the sheet. */
export function WorkbookView({ host, strings }: WorkbookViewProps): React.ReactElement {
  const version = useHostVersion(host);
  const sheets = host.sheetNames();
  const selection = host.selection();
  const [tab, setTab] = React.useState<string | undefined>(host.activeSheet());

  // Follow the workbook's selection (e.g. the pane selected a problem's cell).
  const selectionKey = selection ? `${selection.sheet}!${selection.address}` : '';
  React.useEffect(() => {
    if (selection) setTab(selection.sheet);
  }, [selectionKey, version]);

  const active = tab && sheets.includes(tab) ? tab : host.activeSheet() ?? sheets[0];
  const view = React.useMemo(() => (active ? gridView(host, active) : undefined), [host, active, version]);
  const charts = React.useMemo(() => (active ? host.charts(active) : []), [host, active, version]);
  const selectedHere = selection && active && selection.sheet === active ? selection.address : undefined;
  const selectedCell = selectedHere ? cellOf(selectedHere) : undefined;
  const selectedValue = selectedHere && active ? host.cell(active, selectedHere.split(':')[0]).text : '';

  return (
    <section className={classes.root} aria-label={strings.sheets} data-testid="playground-workbook">
      <SheetTabs label={strings.sheets} sheets={sheets} active={active} onSelect={setTab} />
      <CellBar
        strings={strings}
        address={selectedHere}
        value={selectedValue}
        onEnter={(input) => active && selectedHere && host.typeInCell(active, selectedHere.split(':')[0], input)}
      />
      <div className={classes.scroll}>
        {active && <ChartView charts={charts} />}
        {!active && <Text className={classes.note}>{strings.noSheets}</Text>}
        {active && view && view.rows.length === 0 && !selectedCell && <Text className={classes.note}>{strings.emptySheet}</Text>}
        {active && view && (view.rows.length > 0 || selectedCell) && (
          <SheetTable sheet={active} view={view} selected={selectedCell} onSelectCell={(address) => host.selectCell(active, address)} />
        )}
      </div>
      {view && view.totalRows > view.rows.length && (
        <Text variant="small" className={classes.note}>
          {strings.shownRows(view.rows.length, view.totalRows)}
        </Text>
      )}
    </section>
  );
}
