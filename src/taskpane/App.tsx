import { useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SelectTabData, SelectTabEvent } from '@fluentui/react-components';

/**
 * What the pane can ask of its host. The task pane passes functions that talk
 * to Excel; the playground and tests pass plain stand-ins. The App itself never
 * touches Office.
 */
export interface PaneActions {
  /** Looks at the active sheet and returns one line describing what it found. */
  recognise: () => Promise<string>;
}

export interface AppProps {
  actions: PaneActions;
}

export type PaneTab = 'recognise' | 'findings' | 'scores';

export const PANE_TABS: ReadonlyArray<{ value: PaneTab; label: string; empty: string }> = [
  { value: 'recognise', label: '识别', empty: '尚未识别表格。打开一张绩效评价表，然后点击“识别当前工作表”。' },
  { value: 'findings', label: '问题', empty: '还没有检查结果。识别表格后，这里会列出需要处理的单元格。' },
  { value: 'scores', label: '评分', empty: '还没有评分。识别表格后，这里会显示各级指标的得分和等次。' },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  subtitle: {
    color: tokens.colorNeutralForeground3,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} 0`,
  },
  empty: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  status: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

export function App({ actions }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<PaneTab>('recognise');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | undefined>(undefined);

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData) => setTab(data.value as PaneTab);

  const recognise = async () => {
    setBusy(true);
    try {
      setStatus(await actions.recognise());
    } catch (error) {
      setStatus(`识别失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const current = PANE_TABS.find((entry) => entry.value === tab) ?? PANE_TABS[0];

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">绩效表格助手</Title3>
        <Caption1 className={styles.subtitle}>识别并检查预算绩效评价表，重算得分，标出问题单元格</Caption1>
      </header>
      <TabList selectedValue={tab} onTabSelect={onTabSelect} aria-label="助手视图">
        {PANE_TABS.map((entry) => (
          <Tab key={entry.value} value={entry.value}>
            {entry.label}
          </Tab>
        ))}
      </TabList>
      <section className={styles.panel} role="tabpanel" aria-label={current.label}>
        <Body1 className={styles.empty}>{current.empty}</Body1>
        {tab === 'recognise' && (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => void recognise()}>
              识别当前工作表
            </Button>
            {status !== undefined && (
              <Text role="status" className={styles.status}>
                {status}
              </Text>
            )}
          </>
        )}
      </section>
    </main>
  );
}
