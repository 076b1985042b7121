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
});

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
  return (
    <div role="region" aria-label={statusStrings(lang).actionBar} className={classes.bar} data-testid={testId ?? 'action-bar'}>
      <div className={classes.buttons}>{children}</div>
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
