import * as React from 'react';
import { MessageBar, MessageBarType, mergeStyleSets } from '@fluentui/react';
import { Features } from '../ops';
import { useLocale } from './Locale';

/** The features a step's sheets use, in the order they are explained. */
export type FeatureKey = 'dataValidation' | 'pageLayout' | 'chartLabels' | 'chartSeries';

const classes = mergeStyleSets({
  list: { margin: '4px 0 0', paddingLeft: 18 },
});

export interface FeatureNoticeProps {
  features: Features | null;
  /** What this step's sheets use. */
  uses: FeatureKey[];
  /** For tests and for the step's own id. */
  id: string;
  /** Leaves room below it (when it stands above a step's own content). */
  spaced?: boolean;
}

/**
 * What this Excel cannot do for the step (an older ExcelApi requirement set), so Kring leaves it
 * out; nothing when every feature is there or the gateway cannot tell.
 */
export function FeatureNotice({ features, uses, id, spaced }: FeatureNoticeProps): React.ReactElement | null {
  const { strings } = useLocale();
  if (!features) return null;
  const missing = uses.filter((key) => !features[key]);
  if (!missing.length) return null;
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="feature-notice" data-missing={missing.join(' ')} id={id} styles={spaced ? { root: { marginBottom: 12 } } : undefined}>
      {strings.features.intro}
      <ul className={classes.list}>
        {missing.map((key) => (
          <li key={key}>{strings.features[key]}</li>
        ))}
      </ul>
    </MessageBar>
  );
}
