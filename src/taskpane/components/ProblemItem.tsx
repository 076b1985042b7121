import * as React from 'react';
import { FontIcon, getTheme, hiddenContentStyle, Link, mergeStyleSets, Text } from '@fluentui/react';
import { pick } from '../../engine/i18n';
import { Problem } from '../../engine/problems';
import { problemPlace } from '../format';
import { useLocale } from './Locale';

const theme = getTheme();
const classes = mergeStyleSets({
  item: {
    display: 'flex',
    gap: 8,
    padding: '8px 10px',
    margin: 0,
    borderLeft: '3px solid transparent',
    overflowWrap: 'anywhere',
  },
  error: { background: theme.semanticColors.errorBackground, borderLeftColor: theme.palette.redDark },
  warning: { background: theme.semanticColors.warningBackground, borderLeftColor: theme.palette.yellowDark },
  icon: { fontSize: 14, paddingTop: 2, flexShrink: 0 },
  errorIcon: { color: theme.palette.redDark },
  warningIcon: { color: theme.palette.orangeLighter },
  body: { minWidth: 0 },
  // Darker than the default link colour: readable (WCAG AA) on the red and yellow backgrounds.
  place: {
    display: 'block',
    fontWeight: 600,
    textAlign: 'left',
    color: theme.palette.themeDarker,
    selectors: { ':hover, :active, :focus': { color: theme.palette.themeDarker } },
  },
  hidden: hiddenContentStyle,
});

export interface ProblemItemProps {
  problem: Problem;
  onSelectCell: (sheet: string, address: string) => void;
}

/** One problem: where (a link to the cell when it has one) and what to do. */
export function ProblemItem({ problem, onSelectCell }: ProblemItemProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const isError = problem.severity === 'error';
  const place = problemPlace(problem, strings);
  const address = problem.address;
  return (
    <li className={`${classes.item} ${isError ? classes.error : classes.warning}`} data-severity={problem.severity}>
      <FontIcon
        iconName={isError ? 'ErrorBadge' : 'Warning'}
        className={`${classes.icon} ${isError ? classes.errorIcon : classes.warningIcon}`}
        aria-hidden="true"
      />
      <div className={classes.body}>
        <span className={classes.hidden}>
          {isError ? strings.check.error : strings.check.warning}:{' '}
        </span>
        {address ? (
          <Link
            className={classes.place}
            onClick={() => onSelectCell(problem.sheet, address)}
            title={strings.check.goToCell(problem.sheet, address)}
            aria-label={`${place}. ${strings.check.goToCell(problem.sheet, address)}`}
            data-address={address}
          >
            {place}
          </Link>
        ) : (
          <Text className={classes.place}>{place}</Text>
        )}
        <Text>{pick(problem.message, lang)}</Text>
      </div>
    </li>
  );
}
