import { useState } from 'react';
import { Button, Caption1, Input, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { normaliseCellAddress } from '../state/addresses';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '28px',
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  edit: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} 0` },
  editRow: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  input: { flexGrow: 1, minWidth: 0 },
  invalid: { color: tokens.colorPaletteRedForeground1 },
  unbound: { color: tokens.colorNeutralForeground4 },
});

export interface CellBindingRowProps {
  label: string;
  value?: string | null;
  cell: string | null;
  onSelect: (cell: string) => void;
  onRebind: (cell: string) => Promise<unknown> | void;
}

/**
 * A bound field or cell: its label and value, its address (a link that
 * selects it) and a 更正 button that lets a person type the right address.
 */
export function CellBindingRow({ label, value, cell, onSelect, onRebind }: CellBindingRowProps) {
  const s = useStrings().recognise;
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(cell ?? '');
  const [invalid, setInvalid] = useState(false);

  const apply = () => {
    const address = normaliseCellAddress(text);
    if (!address) {
      setInvalid(true);
      return;
    }
    setEditing(false);
    setInvalid(false);
    void onRebind(address);
  };

  if (editing) {
    return (
      <div className={styles.edit} role="group" aria-label={s.rebindTitle(label)}>
        <Caption1>{s.rebindTitle(label)}</Caption1>
        <div className={styles.editRow}>
          <Input
            size="small"
            className={styles.input}
            value={text}
            autoFocus
            aria-label={s.rebindAddress}
            placeholder={s.rebindAddress}
            aria-invalid={invalid}
            onChange={(_e, data) => setText(data.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') apply();
              if (e.key === 'Escape') setEditing(false);
            }}
          />
          <Button size="small" appearance="primary" onClick={apply}>
            {s.rebindApply}
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            {s.rebindCancel}
          </Button>
        </div>
        {invalid && (
          <Caption1 className={styles.invalid} role="alert">
            {s.rebindInvalid}
          </Caption1>
        )}
      </div>
    );
  }

  return (
    <div className={styles.row}>
      <div className={styles.text}>
        <Caption1 className={styles.label}>{label}</Caption1>
        {value !== undefined && cell !== null && (
          <span className={styles.value} title={value ?? undefined}>
            {value ? value : s.emptyValue}
          </span>
        )}
      </div>
      {cell ? (
        <Link as="button" onClick={() => onSelect(cell)} aria-label={s.selectCell(label, cell)}>
          {cell}
        </Link>
      ) : (
        <Caption1 className={styles.unbound}>{s.unbound}</Caption1>
      )}
      <Button
        size="small"
        appearance="subtle"
        aria-label={s.rebindLabel(label)}
        onClick={() => {
          setText(cell ?? '');
          setInvalid(false);
          setEditing(true);
        }}
      >
        {s.rebind}
      </Button>
    </div>
  );
}
