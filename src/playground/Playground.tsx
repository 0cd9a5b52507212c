import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

/** Width of the Excel task pane the right-hand column imitates. */
export const PANE_WIDTH_PX = 350;

const useStyles = makeStyles({
  layout: {
    display: 'flex',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  sheet: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  pane: {
    flexShrink: 0,
    width: `${PANE_WIDTH_PX}px`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: 'auto',
  },
});

/** Browser playground: the sheet on the left, the task pane in a 350 px column on the right. */
export function Playground({ bar, sheet, pane, sheetLabel, paneLabel }: { bar: ReactNode; sheet: ReactNode; pane: ReactNode; sheetLabel: string; paneLabel: string }) {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <section className={styles.sheet} aria-label={sheetLabel}>
        {bar}
        {sheet}
      </section>
      <aside className={styles.pane} aria-label={paneLabel} data-testid="pane-column">
        {pane}
      </aside>
    </div>
  );
}
