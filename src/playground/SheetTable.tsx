import * as React from 'react';
import { getTheme, mergeStyleSets } from '@fluentui/react';
import { letters } from '../testhost/address';
import { GridView } from './grid';

const theme = getTheme();
const border = `1px solid ${theme.palette.neutralLight}`;
const classes = mergeStyleSets({
  table: { borderCollapse: 'collapse', fontSize: 12, fontFamily: 'Calibri, Carlito, "Segoe UI", sans-serif' },
  head: { position: 'sticky', top: 0, background: theme.palette.neutralLighter, fontWeight: 400, color: theme.palette.neutralSecondary, border, padding: '1px 4px', zIndex: 1 },
  rowHead: { background: theme.palette.neutralLighter, fontWeight: 400, color: theme.palette.neutralSecondary, border, padding: '1px 6px', textAlign: 'right' },
  cell: { border, padding: '1px 4px', maxWidth: 220, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', cursor: 'cell' },
  selected: { outline: `2px solid #1F7A6D`, outlineOffset: -2, background: '#E3F2EF' },
});

export interface SheetTableProps {
  sheet: string;
  view: GridView;
  selected?: { row: number; col: number };
  onSelectCell: (address: string) => void;
}

/** The sheet's cells as text, with Excel's column letters and row numbers. */
export function SheetTable({ sheet, view, selected, onSelectCell }: SheetTableProps): React.ReactElement {
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  // Show the selected cell (e.g. after the pane selected a problem's cell).
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sheet, selected?.row, selected?.col]);
  // Make room for a selection just outside the used area.
  const width = Math.max(view.columns.length, selected && selected.col < 40 ? selected.col + 1 : 0);
  const height = Math.max(view.rows.length, selected && selected.row < 200 ? selected.row + 1 : 0);
  const columns = Array.from({ length: width }, (_, c) => letters(c));
  return (
    <table className={classes.table} data-sheet={sheet}>
      <thead>
        <tr>
          <th className={classes.head} />
          {columns.map((c) => (
            <th key={c} scope="col" className={classes.head}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: height }, (_, r) => (
          <tr key={r}>
            <th scope="row" className={classes.rowHead}>
              {r + 1}
            </th>
            {columns.map((c, ci) => {
              const isSelected = selected?.row === r && selected?.col === ci;
              const text = view.rows[r]?.[ci] ?? '';
              return (
                <td
                  key={c}
                  ref={isSelected ? selectedRef : undefined}
                  className={`${classes.cell} ${isSelected ? classes.selected : ''}`}
                  data-address={`${c}${r + 1}`}
                  data-selected={isSelected ? 'true' : undefined}
                  title={text || undefined}
                  onClick={() => onSelectCell(`${c}${r + 1}`)}
                >
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
