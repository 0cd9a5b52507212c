import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Link,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { IndicatorKind } from '../../core/binding/types';
import { useStrings } from '../i18n';
import type { PaneTable } from '../session';
import { cellPosition } from '../state/addresses';
import { CellBindingRow } from './CellBindingRow';
import { IndicatorRow, oneLine } from './IndicatorRow';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  panel: { margin: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  fields: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  accordion: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

export interface TableCardProps {
  table: PaneTable;
  defaultOpen: boolean;
  onSelect: (sheet: string, address: string) => void;
  onKind: (table: PaneTable, row: number, kind: IndicatorKind | null) => void;
  onRebind: (table: PaneTable, role: string, row: number | null, address: string) => Promise<unknown> | void;
}

/** A recognised table: template, range, project, counts, then its bound fields and indicator rows. */
export function TableCard({ table, defaultOpen, onSelect, onKind, onRebind }: TableCardProps) {
  const s = useStrings();
  const styles = useStyles();
  const templateName = s.templates[table.template] ?? table.templateName;
  const subtitle = [oneLine(table.project), oneLine(table.unit)].filter(Boolean).join(' · ');
  const indicatorAt = (binding: PaneTable['bindings'][number]) => {
    const row = binding.cells.map((c) => cellPosition(c.address)).find((p) => p !== null)?.row;
    return table.indicators.find((i) => i.row === row) ?? table.indicators.find((i) => i.row === binding.row);
  };
  return (
    <article className={styles.card} aria-label={`${templateName} ${table.sheet}!${table.range}`} data-table-id={table.id}>
      <div className={styles.head}>
        <Text className={styles.title}>{templateName}</Text>
        <Link as="button" onClick={() => onSelect(table.sheet, table.range)} aria-label={s.recognise.selectTable(table.range)}>
          {table.range}
        </Link>
      </div>
      {subtitle && <Caption1 className={styles.subtitle}>{subtitle}</Caption1>}
      {(table.counts.error > 0 || table.counts.warning > 0) && (
        <div className={styles.badges}>
          {table.counts.error > 0 && (
            <Badge appearance="tint" color="danger" size="small">{`${s.severity.error} ${table.counts.error}`}</Badge>
          )}
          {table.counts.warning > 0 && (
            <Badge appearance="tint" color="warning" size="small">{`${s.severity.warning} ${table.counts.warning}`}</Badge>
          )}
        </div>
      )}
      <Accordion multiple collapsible defaultOpenItems={defaultOpen ? ['indicators'] : []} className={styles.accordion}>
        <AccordionItem value="fields">
          <AccordionHeader size="small">{`${s.recognise.fields} (${table.fields.length})`}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {table.fields.length === 0 ? (
              <Caption1 className={styles.muted}>{s.recognise.noFields}</Caption1>
            ) : (
              <div className={styles.fields}>
                {table.fields.map((field) => (
                  <CellBindingRow
                    key={field.label}
                    label={oneLine(field.label)}
                    value={oneLine(field.value)}
                    cell={field.cell}
                    onSelect={(cell) => onSelect(table.sheet, cell)}
                    onRebind={(address) => onRebind(table, field.label, null, address)}
                  />
                ))}
              </div>
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="indicators">
          <AccordionHeader size="small">{`${s.recognise.indicators} (${table.bindings.length})`}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {table.bindings.length === 0 ? (
              <Caption1 className={styles.muted}>{s.recognise.noIndicators}</Caption1>
            ) : (
              <ul className={styles.list}>
                {table.bindings.map((binding) => (
                  <IndicatorRow
                    key={binding.row}
                    table={table}
                    binding={binding}
                    indicator={indicatorAt(binding)}
                    onSelect={(address) => onSelect(table.sheet, address)}
                    onKind={(kind) => onKind(table, binding.row, kind)}
                    onRebind={(role, address) => onRebind(table, role, binding.row, address)}
                  />
                ))}
              </ul>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </article>
  );
}
