import * as React from 'react';
import { mergeStyleSets, Text } from '@fluentui/react';
import { Busy, View } from '../state';
import { statusStrings } from '../statusStrings';
import { BusyIndicator } from './BusyIndicator';
import { useLocale } from './Locale';

/** The running operation and how to cancel it, for the action bar of the step in view. */
export interface BusyInfo {
  busy: Busy | null;
  view: View;
  onCancel: () => void;
}

export const BusyContext = React.createContext<BusyInfo>({
  busy: null,
  view: 'check',
  onCancel: () => undefined,
});

const classes = mergeStyleSets({
  // Sticks to the top of the pane while the step's list scrolls under it: the action, its
  // progress, Cancel and the result stay in sight and a few Tab presses away.
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    background: '#ffffff',
    borderBottom: '1px solid #e1dfdd',
    margin: '0 -12px',
    padding: '8px 12px',
    display: 'flex',
    flexDirection: 'column',
    gap: 8,
    minWidth: 0,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: 8 },
  // A narrow pane (320 px): less padding, smaller buttons, the buttons' hints out of the bar, so the
  // bar keeps to a line or two and the step's content stays in sight.
  compact: {
    padding: '4px 12px',
    gap: 4,
    selectors: { '.ms-Button': { minWidth: 0, padding: '0 8px', height: 28 }, '.ms-Button-label': { margin: '0 2px' } },
  },
  compactButtons: { gap: 4 },
});

/** Below this width the bar is compact: a 320 px pane, not Excel's default of about 350. */
export const COMPACT_BELOW = 336;

/** Whether the bar around is compact: its buttons keep their hints for screen readers only. */
export const CompactContext = React.createContext(false);

/** The bar's width, watched: compact in a narrow pane (no ResizeObserver, as in old Office: never compact). */
function useCompact(ref: React.RefObject<HTMLElement>): boolean {
  const [compact, setCompact] = React.useState(false);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      // The bar's whole width (it spans the pane); a hidden step has none: left as it was until shown.
      const width = el.getBoundingClientRect().width;
      if (width > 0) setCompact(width < COMPACT_BELOW);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return compact;
}

/**
 * The bar's own shortcut: Escape anywhere in a step (outside a text field or an open list) goes
 * back to the first enabled button of its action bar, however far down the cards the focus is.
 */
export function backToActionBar(event: React.KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [role="listbox"], [role="menu"], [role="dialog"], [data-action-bar]')) return;
  const button = event.currentTarget.querySelector<HTMLElement>('[data-action-bar] button:not([disabled]):not([aria-disabled="true"])');
  if (!button) return;
  event.preventDefault();
  button.focus();
}

/**
 * After a notice or error bar is dismissed it is gone, and the focus with it: give it to the next
 * action (the shown step's action bar), else the selected step, else the pane's first button.
 */
export function focusAfterDismiss(): void {
  setTimeout(() => {
    const pane = document.querySelector<HTMLElement>('[data-testid="kring-pane"]');
    if (!pane || (document.activeElement && document.activeElement !== document.body && pane.contains(document.activeElement))) return;
    const enabled = ':not([disabled]):not([aria-disabled="true"])';
    const target =
      pane.querySelector<HTMLElement>(`[role="tabpanel"]:not([hidden]) [data-action-bar] button${enabled}`) ??
      pane.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
      pane.querySelector<HTMLElement>(`main button${enabled}`);
    target?.focus();
  }, 0);
}

export interface ActionBarProps {
  /** The step the bar belongs to: progress shows in the bar of the step in view. */
  view: View;
  /** The step's main actions (buttons). */
  children: React.ReactNode;
  /** The last result of those actions, one or two lines. */
  result?: React.ReactNode;
  testId?: string;
}

/** A step's main actions with their progress, Cancel and result next to them, always in view. */
export function ActionBar({ view, children, result, testId }: ActionBarProps): React.ReactElement {
  const { lang } = useLocale();
  const { busy, view: current, onCancel } = React.useContext(BusyContext);
  const ref = React.useRef<HTMLDivElement>(null);
  const compact = useCompact(ref);
  return (
    <div
      ref={ref}
      role="region"
      aria-label={statusStrings(lang).actionBar}
      aria-keyshortcuts="Escape"
      className={`${classes.bar} ${compact ? classes.compact : ''}`}
      data-testid={testId ?? 'action-bar'}
      data-action-bar
      data-compact={compact}
    >
      <div className={`${classes.buttons} ${compact ? classes.compactButtons : ''}`}>
        <CompactContext.Provider value={compact}>{children}</CompactContext.Provider>
      </div>
      {busy && current === view && <BusyIndicator busy={busy} onCancel={onCancel} />}
      {result}
    </div>
  );
}

/** What the bar's buttons do, one line each, just below the bar; each button names its line as its description. */
export function BarHints({ hints }: { hints: { id: string; text: string }[] }): React.ReactElement {
  return (
    <>
      {hints.map((h) => (
        <Text key={h.id} as="p" variant="small" id={h.id} styles={{ root: { margin: 0 } }}>
          {h.text}
        </Text>
      ))}
    </>
  );
}
