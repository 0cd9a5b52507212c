import type { ReactNode } from 'react';
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { PaneState } from '../session';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  summary: { color: tokens.colorNeutralForeground3 },
});

/** The pane's title, one line saying what was found, and the overflow menu. */
export function PaneHeader({ state, findingCount, menu }: { state: PaneState; findingCount: number; menu?: ReactNode }) {
  const s = useStrings();
  const styles = useStyles();
  const summary =
    state.status === 'ready'
      ? state.tables.length > 0
        ? s.status.tablesFound(state.tables.length, findingCount)
        : s.status.noTables
      : state.status === 'idle'
        ? s.status.idle
        : s.appSubtitle;
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Subtitle2 as="h1">{s.appTitle}</Subtitle2>
        <Caption1 className={styles.summary} data-testid="pane-summary">
          {summary}
        </Caption1>
      </div>
      {menu}
    </header>
  );
}
