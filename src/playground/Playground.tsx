import type { ReactNode } from 'react';
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

/** Width of the Excel task pane the right-hand column imitates. */
export const PANE_WIDTH_PX = 350;

const useStyles = makeStyles({
  layout: {
    display: 'flex',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  sheet: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  sheetArea: {
    flexGrow: 1,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
  },
  pane: {
    flexShrink: 0,
    width: `${PANE_WIDTH_PX}px`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: 'auto',
  },
});

/** Browser playground: a sheet preview on the left, the task pane in a 350 px column on the right. */
export function Playground({ pane }: { pane: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <section className={styles.sheet} aria-label="工作表预览">
        <Subtitle2 as="h2">工作表预览</Subtitle2>
        <div className={styles.sheetArea}>
          <Body1>工作表模拟将在后续版本接入。</Body1>
        </div>
      </section>
      <aside className={styles.pane} aria-label="任务窗格">
        {pane}
      </aside>
    </div>
  );
}
