import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';

const classes = mergeStyleSets({
  help: { fontSize: 13, marginTop: 6, selectors: { summary: { cursor: 'pointer', fontWeight: 600, padding: '4px 0' } } },
  list: { margin: '4px 0 0' },
  term: { fontWeight: 600 },
  text: { margin: '0 0 6px 0' },
});

export interface ExplanationsProps {
  /** The question that opens the list, e.g. "Wat betekenen deze cijfers?". */
  summary: string;
  items: { key: string; label: string; text: string }[];
  testId: string;
}

/** One plain line per figure, folded away until asked for (a native details element: keyboard and screen readers know it). */
export function Explanations({ summary, items, testId }: ExplanationsProps): React.ReactElement {
  // Rendered only when open, so the figures' names are not in the page twice.
  const [open, setOpen] = React.useState(false);
  return (
    <details className={classes.help} data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <dl className={classes.list}>
          {items.map((item) => (
            <React.Fragment key={item.key}>
              <dt className={classes.term}>{item.label}</dt>
              <dd className={classes.text}>{item.text}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </details>
  );
}
