import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { PaneState } from '../session';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

/** Progress of a long scan with its cancel button; shown only while scanning. */
export function ScanProgress({ progress, onCancel }: { progress: PaneState['progress']; onCancel: () => void }) {
  const s = useStrings().progress;
  const styles = useStyles();
  const determinate = progress !== null && progress.total > 0;
  const label = progress?.label || s.scanning;
  const hint = determinate ? `${s.step(progress.done, progress.total)} · ${label}` : label;
  return (
    <div className={styles.root} role="group" aria-label={s.scanning}>
      <Field className={styles.field} validationMessage={hint} validationState="none">
        <ProgressBar
          aria-label={s.scanning}
          value={determinate ? progress.done : undefined}
          max={determinate ? progress.total : undefined}
          thickness="large"
        />
      </Field>
      <Button size="small" onClick={onCancel}>
        {s.cancel}
      </Button>
    </div>
  );
}
