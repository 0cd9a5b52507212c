import { plainButton } from './plain-button';
import {
  Button,
  Caption1,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Select,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { IndicatorKind } from '../../core/binding/types';
import { useStrings } from '../i18n';
import type { PaneTable } from '../session';
import { cellPosition, spanningRange } from '../state/addresses';
import { CellBindingRow } from './CellBindingRow';

type Binding = PaneTable['bindings'][number];
type Indicator = PaneTable['indicators'][number];

export const KINDS: readonly IndicatorKind[] = ['positive', 'reverse', 'equal', 'qualitative'];

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  name: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    ...plainButton,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  nameText: { maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  detail: { maxWidth: '100%', color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  kind: { width: 'auto', minWidth: '76px' },
  overridden: { fontWeight: tokens.fontWeightSemibold },
  cells: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, width: '260px' },
  cellsTitle: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** Workbook text on one line: line breaks and runs of spaces folded. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export interface IndicatorRowProps {
  table: PaneTable;
  binding: Binding;
  indicator: Indicator | undefined;
  onSelect: (address: string) => void;
  onKind: (kind: IndicatorKind | null) => void;
  onRebind: (role: string, address: string) => Promise<unknown> | void;
}

/** One indicator row: its name (selects the row's cells), target → actual, its kind and its cells. */
export function IndicatorRow({ binding, indicator, onSelect, onKind, onRebind }: IndicatorRowProps) {
  const s = useStrings();
  const styles = useStyles();
  const name = oneLine(binding.name) || s.recognise.row(binding.row);
  const addresses = binding.cells.map((c) => c.address);
  const rowRange = spanningRange(addresses);
  const sheetRow = addresses.map(cellPosition).find((p) => p !== null)?.row ?? binding.row;
  const values = indicator ? [oneLine(indicator.target), oneLine(indicator.actual)].filter(Boolean).join(' → ') : '';
  const detail = [s.recognise.row(sheetRow), values].filter(Boolean).join(' · ');
  return (
    <li className={styles.row} data-indicator-row={sheetRow}>
      <button
        type="button"
        className={styles.name}
        disabled={!rowRange}
        aria-label={s.recognise.selectRow(name, sheetRow)}
        onClick={() => rowRange && onSelect(rowRange)}
      >
        <span className={styles.nameText} title={name}>
          {name}
        </span>
        <Caption1 className={styles.detail} title={detail}>
          {detail}
        </Caption1>
      </button>
      <Tooltip content={binding.kindOverridden ? s.recognise.kindOverridden : s.kindHints[binding.kind]} relationship="description">
        <Select
          size="small"
          appearance="underline"
          className={mergeClasses(styles.kind, binding.kindOverridden && styles.overridden)}
          aria-label={s.recognise.kindLabel(name)}
          value={binding.kind}
          onChange={(_e, data) => onKind(data.value as IndicatorKind)}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind} title={s.kindHints[kind]}>
              {s.kinds[kind]}
            </option>
          ))}
        </Select>
      </Tooltip>
      <Popover withArrow positioning="below-end" trapFocus>
        <PopoverTrigger disableButtonEnhancement>
          <Tooltip content={s.recognise.cellsOf(name)} relationship="label">
            <Button size="small" appearance="subtle" icon={<EditRegular />} />
          </Tooltip>
        </PopoverTrigger>
        <PopoverSurface aria-label={s.recognise.cellsOf(name)}>
          <div className={styles.cells}>
            <Caption1 className={styles.cellsTitle}>{s.recognise.cellsOf(name)}</Caption1>
            {binding.cells.map((cell) => (
              <CellBindingRow
                key={cell.role}
                label={s.roles[cell.role] ?? cell.role}
                cell={cell.address}
                onSelect={onSelect}
                onRebind={(address) => onRebind(cell.role, address)}
              />
            ))}
            {binding.kindOverridden && (
              <Button size="small" appearance="subtle" onClick={() => onKind(null)}>
                {s.recognise.kindAuto}
              </Button>
            )}
          </div>
        </PopoverSurface>
      </Popover>
    </li>
  );
}
