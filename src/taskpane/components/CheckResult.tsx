import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { Problem } from '../../engine/problems';
import { countProblems, groupProblems } from '../summary';
import { ProblemList } from './ProblemList';
import { useLocale } from './Locale';

export interface CheckResultProps {
  problems: Problem[];
  onSelectCell: (sheet: string, address: string) => void;
}

/** The outcome of "Controleer werkmap": a verdict, then the errors and the warnings. */
export function CheckResult({ problems, onSelectCell }: CheckResultProps): React.ReactElement {
  const { strings } = useLocale();
  const { errors, warnings } = countProblems(problems);
  const groups = groupProblems(problems);
  const verdict = React.useRef<HTMLDivElement>(null);
  // Keyboard and screen-reader users land on the verdict when a check finishes.
  React.useEffect(() => {
    verdict.current?.focus();
  }, [problems]);
  const type = errors ? MessageBarType.error : warnings ? MessageBarType.warning : MessageBarType.success;
  const text = errors ? strings.check.hasErrors(errors, warnings) : warnings ? `${strings.check.noErrors} ${strings.overview.problemsCount(0, warnings)}.` : strings.check.noProblems;
  return (
    <section aria-label={strings.check.listLabel} data-testid="check-result">
      <div ref={verdict} tabIndex={-1} role="status" data-testid="check-verdict" data-errors={errors} data-warnings={warnings}>
        <MessageBar messageBarType={type} isMultiline role="none">
          {text}
        </MessageBar>
      </div>
      {groups.errors.length > 0 && (
        <ProblemList heading={strings.check.errorsHeading(errors)} severity="error" problems={groups.errors} onSelectCell={onSelectCell} />
      )}
      {groups.warnings.length > 0 && (
        <ProblemList heading={strings.check.warningsHeading(warnings)} severity="warning" problems={groups.warnings} onSelectCell={onSelectCell} />
      )}
    </section>
  );
}
