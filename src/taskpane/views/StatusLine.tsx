import { Caption1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    bottom: 0,
    marginTop: 'auto',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginBottom: `calc(-1 * ${tokens.spacingVerticalM})`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  empty: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

/**
 * The last thing the add-in did ("已重新计算：附件4!J22"), kept in view at the
 * bottom of the pane and announced politely to screen readers.
 */
export function StatusLine({ message }: { message: string | null }) {
  const styles = useStyles();
  return (
    <div className={message ? styles.root : styles.empty} role="status" aria-live="polite" data-testid="pane-status">
      {message ? <Caption1>{message}</Caption1> : null}
    </div>
  );
}
