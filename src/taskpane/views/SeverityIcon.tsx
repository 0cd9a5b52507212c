import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Severity } from '../../core/model/finding';

const useStyles = makeStyles({
  icon: { fontSize: '16px', flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

/** The severity's icon in its colour; decorative (the severity is always written next to it). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, styles[severity]);
  if (severity === 'error') return <ErrorCircleFilled className={className} aria-hidden />;
  if (severity === 'warning') return <WarningFilled className={className} aria-hidden />;
  return <InfoFilled className={className} aria-hidden />;
}
