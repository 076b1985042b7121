import * as React from 'react';
import { mergeStyleSets, Text } from '@fluentui/react';
import { Problem } from '../../engine/problems';
import { problemKey } from '../format';
import { ProblemItem } from './ProblemItem';
import { useLocale } from './Locale';
import { ITEM_LIST } from './styles';

/** More than this many problems of one kind: show the first ones and say how many more there are. */
export const MAX_SHOWN = 100;

const classes = mergeStyleSets({
  list: ITEM_LIST.list,
});

export interface ProblemListProps {
  heading: string;
  severity: 'error' | 'warning';
  problems: Problem[];
  onSelectCell: (sheet: string, address: string) => void;
  /** Keeps the heading's id unique when several lists are on the page (check, pairing, decisions). */
  idPrefix?: string;
}

/** The errors or the warnings of a check, under a heading. */
export function ProblemList({ heading, severity, problems, onSelectCell, idPrefix = 'kring-problems' }: ProblemListProps): React.ReactElement {
  const { strings } = useLocale();
  const id = `${idPrefix}-${severity}`;
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <section aria-labelledby={id}>
      <Text as="h3" variant="mediumPlus" id={id} styles={{ root: { margin: '8px 0 6px' } }}>
        {heading}
      </Text>
      <ul className={classes.list} aria-labelledby={id}>
        {shown.map((p, i) => (
          <ProblemItem key={problemKey(p, i)} problem={p} onSelectCell={onSelectCell} />
        ))}
      </ul>
      {problems.length > shown.length && (
        <Text as="p" variant="small">
          {strings.check.more(problems.length - shown.length)}
        </Text>
      )}
    </section>
  );
}

export interface OutcomeProblemsProps {
  warnings: Problem[];
  /** When the command was stopped: every problem of the input (its errors are listed). */
  blocked: Problem[];
  onSelectCell: (sheet: string, address: string) => void;
  idPrefix: string;
}

/** What a processing command reports below its result: its warnings, or the errors that stopped it. */
export function OutcomeProblems({ warnings, blocked, onSelectCell, idPrefix }: OutcomeProblemsProps): React.ReactElement {
  const { strings } = useLocale();
  const errors = blocked.filter((p) => p.severity === 'error');
  return (
    <>
      {warnings.length > 0 && (
        <ProblemList heading={strings.check.warningsHeading(warnings.length)} severity="warning" problems={warnings} onSelectCell={onSelectCell} idPrefix={idPrefix} />
      )}
      {blocked.length > 0 && <ProblemList heading={strings.check.errorsHeading(errors.length)} severity="error" problems={errors} onSelectCell={onSelectCell} idPrefix={idPrefix} />}
    </>
  );
}
