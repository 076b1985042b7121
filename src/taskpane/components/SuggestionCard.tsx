import * as React from 'react';
import { ActionButton, DefaultButton, FontIcon, getTheme, hiddenContentStyle, IButtonStyles, mergeStyleSets, Text } from '@fluentui/react';
import { pick } from '../../engine/i18n';
import { Decision } from '../../engine/pairing/readBack';
import { Pair } from '../ops';
import { SuggestionView } from '../state';
import { statusStrings } from '../statusStrings';
import { useLocale } from './Locale';

const theme = getTheme();
const GREEN = '#107C10';
const RED = '#A4262C';

const classes = mergeStyleSets({
  card: {
    listStyle: 'none',
    margin: 0,
    padding: '8px 10px',
    background: theme.palette.neutralLighterAlt,
    borderLeft: `4px solid ${theme.palette.neutralTertiaryAlt}`,
    display: 'flex',
    flexDirection: 'column',
    gap: 6,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  accepted: { borderLeftColor: GREEN },
  rejected: { borderLeftColor: RED },
  top: { display: 'flex', gap: 10, alignItems: 'flex-start', minWidth: 0 },
  score: {
    flex: 'none',
    minWidth: 40,
    padding: '4px 6px',
    textAlign: 'center',
    fontSize: 18,
    fontWeight: 600,
    lineHeight: '24px',
    background: theme.palette.white,
    border: `1px solid #1F7A6D`,
    color: '#145A50',
    borderRadius: 2,
  },
  people: {
    margin: 0,
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: 8,
    rowGap: 2,
  },
  term: {
    margin: 0,
    color: theme.palette.neutralSecondary,
    fontSize: 12,
    lineHeight: '20px',
  },
  value: { margin: 0, fontWeight: 600, lineHeight: '20px', minWidth: 0 },
  id: { fontWeight: 400, color: theme.palette.neutralSecondary },
  line: { margin: 0, fontSize: 13 },
  reasons: { margin: '0 0 0 4px', paddingLeft: 16, fontSize: 13 },
  safety: { display: 'flex', gap: 6, alignItems: 'flex-start', margin: '4px 0', padding: '4px 6px', fontSize: 13, background: '#FDE7E9', borderLeft: '3px solid #A4262C', overflowWrap: 'anywhere' },
  safetyIcon: { color: '#A4262C', marginTop: 2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
  status: { fontSize: 12, color: theme.palette.neutralSecondary },
  hidden: hiddenContentStyle,
});

const toggleStyles = (color: string): IButtonStyles => ({
  root: { minWidth: 0, padding: '0 12px' },
  rootChecked: {
    background: color,
    color: theme.palette.white,
    borderColor: color,
  },
  rootCheckedHovered: {
    background: color,
    color: theme.palette.white,
    borderColor: color,
  },
  rootCheckedPressed: {
    background: color,
    color: theme.palette.white,
    borderColor: color,
  },
  iconChecked: { color: theme.palette.white },
});
const ACCEPT_STYLES = toggleStyles(GREEN);
const REJECT_STYLES = toggleStyles(RED);

export interface SuggestionCardProps {
  suggestion: SuggestionView;
  decision: Decision;
  saving: boolean;
  /** Another operation runs (making suggestions, processing decisions): the buttons wait. */
  disabled: boolean;
  names: Record<string, string>;
  /** The decision was processed (into the register or the rejection list): it is final here; the register's name. */
  processedInto?: string;
  onDecide: (pair: Pair, decision: Decision) => void;
}

/** One pairing suggestion: who with whom, the score and why, a joint activity, and the decision. */
export const SuggestionCard = React.memo(function SuggestionCard({ suggestion: s, decision, saving, disabled, names, processedInto, onDecide }: SuggestionCardProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.pairing;
  const [open, setOpen] = React.useState(false);
  const whyId = `kring-why-${s.networkerId}-${s.clientId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const score = Math.round(s.score);
  const pair = { networkerId: s.networkerId, clientId: s.clientId };
  // Pressing a pressed button takes the decision back to open.
  const toggle = (d: Decision) => onDecide(pair, decision === d ? 'open' : d);
  const cardClass = `${classes.card} ${decision === 'accepted' ? classes.accepted : decision === 'rejected' ? classes.rejected : ''}`;
  return (
    <li className={cardClass} data-testid="suggestion" data-networker={s.networkerId} data-client={s.clientId} data-decision={decision}>
      <div className={classes.top}>
        <div className={classes.score} title={t.scoreOf(score)}>
          <span aria-hidden="true">{score}</span>
          <span className={classes.hidden}>{t.scoreOf(score)}</span>
        </div>
        <dl className={classes.people}>
          <dt className={classes.term}>{t.networker}</dt>
          <dd className={classes.value}>
            {s.networkerName} <span className={classes.id}>({s.networkerId})</span>
          </dd>
          <dt className={classes.term}>{t.client}</dt>
          <dd className={classes.value}>
            {s.clientName} <span className={classes.id}>({s.clientId})</span>
          </dd>
        </dl>
      </div>
      {s.safety.length > 0 && (
        <div className={classes.safety} data-testid="safety-flag" role="note">
          <FontIcon iconName="Shield" aria-hidden="true" className={classes.safetyIcon} />
          <span>
            <strong>{t.safetyFirst}:</strong> {s.safety.map((f) => pick(f, lang)).join('; ')}
          </span>
        </div>
      )}
      {s.location && (
        <Text as="p" className={classes.line}>
          {t.locationOf(s.location)}
        </Text>
      )}
      <Text as="p" className={classes.line}>
        <strong>{t.activity}:</strong> {s.activity ?? t.noActivity}
      </Text>
      <div>
        <ActionButton
          iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }}
          aria-expanded={open}
          aria-controls={whyId}
          onClick={() => setOpen(!open)}
          styles={{ root: { height: 28, padding: 0, margin: 0 } }}
        >
          {t.why}
        </ActionButton>
        <div id={whyId} hidden={!open}>
          {open && (
            <>
              <ul className={classes.reasons}>
                {s.reasons.map((r, i) => (
                  <li key={i}>{pick(r, lang)}</li>
                ))}
              </ul>
              {s.alternatives.length > 0 && (
                <Text as="p" className={classes.line} styles={{ root: { marginTop: 4 } }}>
                  <strong>{t.alternatives}:</strong> {s.alternatives.map((a) => `${names[a.networkerId] ?? a.networkerId} (${a.networkerId}) ${Math.round(a.score)}`).join('; ')}
                </Text>
              )}
            </>
          )}
        </div>
      </div>
      {processedInto !== undefined && decision !== 'open' ? (
        <Text as="p" className={classes.line} data-testid="decision" data-processed="true">
          <strong>{decision === 'accepted' ? statusStrings(lang).processedAccepted(processedInto) : statusStrings(lang).processedRejected}</strong>
        </Text>
      ) : (
        <div className={classes.actions}>
          <DefaultButton
            toggle
            checked={decision === 'accepted'}
            text={t.accept}
            iconProps={{ iconName: 'CheckMark' }}
            ariaLabel={t.acceptLabel(s.networkerName, s.clientName)}
            onClick={() => toggle('accepted')}
            disabled={disabled}
            allowDisabledFocus
            styles={ACCEPT_STYLES}
            data-testid="accept"
          />
          <DefaultButton
            toggle
            checked={decision === 'rejected'}
            text={t.reject}
            iconProps={{ iconName: 'Cancel' }}
            ariaLabel={t.rejectLabel(s.networkerName, s.clientName)}
            onClick={() => toggle('rejected')}
            disabled={disabled}
            allowDisabledFocus
            styles={REJECT_STYLES}
            data-testid="reject"
          />
          <span className={classes.status} data-testid="decision">
            {saving ? t.saving : t.decision[decision]}
          </span>
        </div>
      )}
    </li>
  );
});
