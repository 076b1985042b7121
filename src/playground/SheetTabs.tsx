import * as React from 'react';
import { getTheme, mergeStyleSets } from '@fluentui/react';

const theme = getTheme();
const classes = mergeStyleSets({
  tabs: { display: 'flex', flexWrap: 'wrap', gap: 2, padding: '4px 4px 0', borderBottom: `1px solid ${theme.palette.neutralTertiaryAlt}` },
  tab: {
    border: `1px solid ${theme.palette.neutralTertiaryAlt}`,
    borderBottom: 'none',
    background: theme.palette.neutralLighter,
    padding: '4px 10px',
    font: 'inherit',
    fontSize: 12,
    cursor: 'pointer',
    selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: -2 } },
  },
  active: { background: theme.palette.white, fontWeight: 600, borderTop: `2px solid #1F7A6D` },
});

export interface SheetTabsProps {
  label: string;
  sheets: string[];
  active: string | undefined;
  onSelect: (sheet: string) => void;
}

/** One tab per sheet, in workbook order. */
export function SheetTabs({ label, sheets, active, onSelect }: SheetTabsProps): React.ReactElement {
  return (
    <div role="tablist" aria-label={label} className={classes.tabs}>
      {sheets.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === active}
          className={`${classes.tab} ${name === active ? classes.active : ''}`}
          onClick={() => onSelect(name)}
          data-sheet={name}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
