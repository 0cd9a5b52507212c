import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { IndicatorKind } from '../../core/binding/types';
import { useStrings } from '../i18n';
import type { PaneTable } from '../session';
import { TableCard } from './TableCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RecogniseViewProps {
  tables: PaneTable[];
  onSelect: (sheet: string, address: string) => void;
  onKind: (table: PaneTable, row: number, kind: IndicatorKind | null) => void;
  onRebind: (table: PaneTable, role: string, row: number | null, address: string) => Promise<unknown> | void;
}

/** 识别: the tables found, per sheet, with their bindings. */
export function RecogniseView({ tables, onSelect, onKind, onRebind }: RecogniseViewProps) {
  const s = useStrings();
  const styles = useStyles();
  if (tables.length === 0) return <Body1 className={styles.muted}>{s.status.noTables}</Body1>;
  const sheets = [...new Set(tables.map((t) => t.sheet))];
  return (
    <div className={styles.root}>
      {sheets.map((sheet) => (
        <section key={sheet} className={styles.sheet} aria-label={sheet}>
          <h2 className={styles.sheetHeading}>{sheet}</h2>
          {tables
            .filter((t) => t.sheet === sheet)
            .map((table) => (
              <TableCard
                key={table.id}
                table={table}
                defaultOpen={tables.length === 1}
                onSelect={onSelect}
                onKind={onKind}
                onRebind={onRebind}
              />
            ))}
        </section>
      ))}
    </div>
  );
}
