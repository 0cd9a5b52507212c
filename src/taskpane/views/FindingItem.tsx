import { plainButton } from './plain-button';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/model/finding';
import { useStrings } from '../i18n';
import { qualifiedCell } from '../state/findings';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    ...plainButton,
    borderLeft: `3px solid transparent`,
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  headline: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/**
 * One finding: a button that selects its cell. Every piece of workbook text
 * (message, values, sheet name) is a React text node, never markup.
 */
export function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: (finding: Finding) => void }) {
  const strings = useStrings();
  const s = strings.findings;
  // The engine writes messages in Chinese: in another language the finding's type leads, the message follows.
  const headline = s.headlineByType ? strings.codes[finding.code] : null;
  const styles = useStyles();
  const where = qualifiedCell(finding.sheet, finding.cell);
  const details = [
    finding.expected !== undefined ? `${s.expected} ${finding.expected}` : null,
    finding.actual !== undefined ? `${s.actual} ${finding.actual}` : null,
  ].filter((d): d is string => d !== null);
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles[finding.severity])}
      aria-label={s.select(where, headline ? `${headline}. ${finding.message}` : finding.message)}
      data-finding-code={finding.code}
      data-finding-cell={where}
      onClick={() => onSelect(finding)}
    >
      <span className={styles.cell}>{where}</span>
      {headline && <span className={styles.headline}>{headline}</span>}
      <span className={styles.message} lang="zh-CN">
        {finding.message}
      </span>
      {details.length > 0 && <Caption1 className={styles.detail}>{details.join(' · ')}</Caption1>}
    </button>
  );
}
