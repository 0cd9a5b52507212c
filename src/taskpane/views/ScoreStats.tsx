import { Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { PaneTable } from '../session';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  wide: { gridColumn: '1 / -1' },
  label: { color: tokens.colorNeutralForeground3 },
  big: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  totals: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS },
  total: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  differs: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** 执行率, 总分 (reported / sum of parts / by the rules) and 等次 of one table. */
export function ScoreStats({ table }: { table: PaneTable }) {
  const s = useStrings().scores;
  const styles = useStyles();
  const total = table.total;
  const grade = table.grade;
  const same = (a: string | null | undefined, b: string | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined || Number(a) === Number(b);
  return (
    <div className={styles.grid} data-testid="score-stats">
      {table.executionRate && (
        <div className={styles.tile}>
          <Caption1 className={styles.label}>{s.executionRate}</Caption1>
          <Text className={styles.big}>{table.executionRate}</Text>
        </div>
      )}
      {grade && (
        <div className={styles.tile}>
          <Caption1 className={styles.label}>{s.grade}</Caption1>
          <Text className={mergeClasses(styles.big, grade.reported !== null && grade.reported !== grade.computed && styles.differs)}>
            {grade.computed}
          </Text>
          <Caption1 className={styles.note}>{`${s.gradeReported} ${grade.reported ?? s.notStated}`}</Caption1>
        </div>
      )}
      {total && (
        <div className={mergeClasses(styles.tile, styles.wide)}>
          <Caption1 className={styles.label}>{`${s.total} · ${s.max(total.max)}`}</Caption1>
          <div className={styles.totals}>
            <div className={styles.total}>
              <Text className={styles.big} data-testid="total-reported">
                {total.reported ?? '—'}
              </Text>
              <Caption1 className={styles.note}>{s.reported}</Caption1>
            </div>
            <div className={styles.total}>
              <Text className={mergeClasses(styles.big, !same(total.reported, total.computed) && styles.differs)} data-testid="total-computed">
                {total.computed}
              </Text>
              <Caption1 className={styles.note}>{s.computed}</Caption1>
            </div>
            <div className={styles.total}>
              <Text className={styles.big} data-testid="total-rescored">
                {total.rescored}
              </Text>
              <Caption1 className={styles.note}>{s.rescored}</Caption1>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
