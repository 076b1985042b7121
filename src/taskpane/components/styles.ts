/** Styles more than one step shares: one place for how a result that takes the focus looks, and for a step's list of items. */
import { getTheme } from '@fluentui/react';

/** A result that takes the focus after a command: no outline for the mouse, a clear one for the keyboard. */
export const FOCUS_TARGET = { outline: 'none', selectors: { ':focus-visible': { outline: '2px solid #1F7A6D', outlineOffset: 2 } } };

const theme = getTheme();

/** A step's list of clients or pairings: an item each, with a line of detail under it. */
export const ITEM_LIST = {
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4 },
  item: { padding: '4px 8px', background: theme.palette.neutralLighterAlt, borderLeft: '3px solid #1F7A6D', overflowWrap: 'anywhere', fontSize: 13 },
  meta: { display: 'block', color: theme.palette.neutralSecondary, fontSize: 12 },
};
