import { Suspense, lazy, useState } from 'react';
import { Body1, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { PaneTable } from '../session';
import { ScoreStats } from './ScoreStats';
import { SectionTable } from './SectionTable';

const ScoreChart = lazy(() => import(/* webpackChunkName: "score-chart" */ './ScoreChart'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  chart: { minHeight: '120px' },
});

/** Tables that have something to score: a total, a grade, sections or an execution rate. */
export function scoredTables(tables: readonly PaneTable[]): PaneTable[] {
  return tables.filter((t) => t.total !== null || t.grade !== null || t.sections.length > 0 || Boolean(t.executionRate));
}

/** 评分: 执行率, reported vs computed vs rescored total, grade and score by 一级指标 of one table. */
export function ScoresView({ tables, chart = true }: { tables: PaneTable[]; chart?: boolean }) {
  const s = useStrings();
  const styles = useStyles();
  const scored = scoredTables(tables);
  const [chosen, setChosen] = useState<string | null>(null);
  const table = scored.find((t) => t.id === chosen) ?? scored[0];
  if (!table) return <Body1 className={styles.muted}>{s.scores.noScores}</Body1>;
  const templateName = (t: PaneTable) => s.templates[t.template] ?? t.templateName;
  return (
    <div className={styles.root}>
      {scored.length > 1 ? (
        <Field label={s.scores.tableLabel} size="small">
          <Select size="small" value={table.id} onChange={(_e, data) => setChosen(data.value)}>
            {scored.map((t) => (
              <option key={t.id} value={t.id}>{`${t.sheet} · ${templateName(t)}`}</option>
            ))}
          </Select>
        </Field>
      ) : (
        <Caption1 className={styles.muted}>{`${table.sheet} · ${templateName(table)}`}</Caption1>
      )}
      <ScoreStats table={table} />
      {table.sections.length > 0 && (
        <section className={styles.root} aria-label={s.scores.sections}>
          <Subtitle2 as="h2" className={styles.heading}>
            {s.scores.sections}
          </Subtitle2>
          {chart && (
            <div className={styles.chart}>
              <Suspense fallback={<Caption1 className={styles.muted}>{s.scores.chartLoading}</Caption1>}>
                <ScoreChart sections={table.sections} />
              </Suspense>
            </div>
          )}
          <SectionTable sections={table.sections} />
        </section>
      )}
    </div>
  );
}
