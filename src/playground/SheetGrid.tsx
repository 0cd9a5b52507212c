import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Input, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { StandinHost } from '../standin';
import { useStrings } from '../taskpane/i18n';
import { cellAddress, columnLetters, gridModel } from './sheet-view-model';
import type { GridCell } from './sheet-view-model';

const DEFAULT_WIDTH = 8.43;
/** Excel column width (characters of the default font) in CSS pixels. */
const pixels = (width: number) => Math.round(width * 7 + 5);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1, gap: tokens.spacingVerticalXS },
  formulaBar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  nameBox: {
    width: '72px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  formula: { flexGrow: 1 },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: '#ffffff',
    outline: 'none',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: '12px', color: '#1f1f1f', fontFamily: tokens.fontFamilyBase },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: '20px',
    backgroundColor: '#f3f3f3',
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #d4d4d4',
    color: '#616161',
    fontWeight: 'normal',
    textAlign: 'center',
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#f3f3f3',
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #d4d4d4',
    color: '#616161',
    textAlign: 'center',
    padding: '0 4px',
  },
  cell: {
    position: 'relative',
    height: '20px',
    padding: '1px 3px',
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    verticalAlign: 'middle',
    overflow: 'hidden',
    cursor: 'cell',
  },
  content: { maxHeight: '48px', overflow: 'hidden', whiteSpace: 'pre-line', overflowWrap: 'anywhere', lineHeight: '16px' },
  numeric: { textAlign: 'right' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px', zIndex: 1 },
  inRange: { backgroundColor: 'rgba(16, 124, 65, 0.08)' },
  note: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      borderTop: '6px solid #c50f1f',
      borderLeft: '6px solid transparent',
    },
  },
  editor: { width: '100%', boxSizing: 'border-box', border: 'none', outline: 'none', font: 'inherit', padding: 0, backgroundColor: '#ffffff' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tabs: { flexShrink: 0 },
});

export interface SheetGridProps {
  host: StandinHost;
  /** Column widths in Excel character units, by sheet then column letters. */
  columnWidths?: Record<string, Record<string, number>>;
}

/**
 * The stand-in's workbook drawn as a spreadsheet: sheet tabs, a formula bar
 * and a grid with values, fills, notes and merged areas. Edits go through
 * host.userEdit, exactly like a person typing in Excel, so the add-in's live
 * path runs; the pane's selections (host.selection) are outlined and
 * scrolled into view.
 */
export function SheetGrid({ host, columnWidths = {} }: SheetGridProps) {
  const s = useStrings().playground;
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  useEffect(() => host.onModelChange(() => setVersion((v) => v + 1)), [host]);
  const snapshotSheets = useMemo(() => host.snapshot(), [host, version]);
  const visibleSheets = snapshotSheets.sheets.filter((sh) => sh.visibility === 'Visible').map((sh) => sh.name);
  const [viewSheet, setViewSheet] = useState(snapshotSheets.activeSheet);
  useEffect(() => setViewSheet(snapshotSheets.activeSheet), [snapshotSheets.activeSheet]);
  const sheet = visibleSheets.includes(viewSheet) ? viewSheet : visibleSheets[0] ?? viewSheet;
  const model = useMemo(() => gridModel(host, sheet), [host, sheet, version]);
  const widths = columnWidths[sheet] ?? {};

  const [editing, setEditing] = useState<{ address: string; text: string } | null>(null);
  const [barText, setBarText] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const active = model.selection ? { row: model.selection.top, col: model.selection.left } : null;
  const activeCell = active ? model.cells[active.row]?.[active.col] : undefined;

  // Scroll the selection into view when it changes (a click on a finding in the pane).
  useEffect(() => {
    if (!active || !scroller.current) return;
    const target = scroller.current.querySelector<HTMLElement>(`[data-address="${cellAddress(active.row, active.col)}"]`);
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [host.selection, sheet]);

  useEffect(() => setBarText(null), [activeCell?.address, version]);

  const select = (row: number, col: number) => {
    const r = Math.max(0, Math.min(model.rows - 1, row));
    const c = Math.max(0, Math.min(model.cols - 1, col));
    host.userSelect(sheet, cellAddress(r, c));
  };

  const commit = (address: string, text: string) => {
    setEditing(null);
    setBarText(null);
    void host.userEdit(sheet, address, [[text]]).then(() => scroller.current?.focus());
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !active || !activeCell) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const span = activeCell.span ?? { rows: 1, cols: 1 };
      select(active.row + (move[0] > 0 ? span.rows : move[0]), active.col + (move[1] > 0 ? span.cols : move[1]));
    } else if (e.key === 'F2') {
      e.preventDefault();
      setEditing({ address: activeCell.address, text: activeCell.input });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      commit(activeCell.address, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ address: activeCell.address, text: e.key });
    }
  };

  const renderCell = (cell: GridCell, row: number, col: number) => {
    if (cell.covered) return null;
    const sel = model.selection;
    const inRange = sel !== null && row >= sel.top && row <= sel.bottom && col >= sel.left && col <= sel.right;
    const isActive = active !== null && active.row === row && active.col === col;
    const isEditing = editing !== null && editing.address === cell.address;
    return (
      <td
        key={col}
        data-address={cell.address}
        rowSpan={cell.span?.rows}
        colSpan={cell.span?.cols}
        title={cell.note ?? undefined}
        aria-selected={isActive || undefined}
        className={mergeClasses(
          styles.cell,
          cell.numeric && styles.numeric,
          inRange && !isActive && styles.inRange,
          isActive && styles.selected,
          cell.note !== null && styles.note,
        )}
        style={{
          backgroundColor: cell.fill ?? undefined,
          color: cell.fontColor ?? undefined,
          fontWeight: cell.bold ? 600 : undefined,
          fontStyle: cell.italic ? 'italic' : undefined,
        }}
        onMouseDown={() => select(row, col)}
        onDoubleClick={() => setEditing({ address: cell.address, text: cell.input })}
      >
        {isEditing ? (
          <input
            className={styles.editor}
            autoFocus
            aria-label={cell.address}
            value={editing.text}
            onChange={(e) => setEditing({ address: cell.address, text: e.target.value })}
            onBlur={() => setEditing(null)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') commit(cell.address, editing.text);
              if (e.key === 'Escape') {
                setEditing(null);
                scroller.current?.focus();
              }
            }}
          />
        ) : (
          <div className={styles.content}>{cell.text}</div>
        )}
      </td>
    );
  };

  return (
    <div className={styles.root}>
      <div className={styles.formulaBar}>
        <div className={styles.nameBox} aria-label="name box" data-testid="name-box">
          {activeCell?.address ?? ''}
        </div>
        <Input
          className={styles.formula}
          size="small"
          aria-label={s.formulaBar}
          data-testid="formula-bar"
          disabled={!activeCell}
          value={barText ?? activeCell?.input ?? ''}
          onChange={(_e, data) => setBarText(data.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && activeCell && barText !== null) commit(activeCell.address, barText);
            if (e.key === 'Escape') setBarText(null);
          }}
        />
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="grid"
        aria-label={s.gridLabel(sheet)}
        aria-rowcount={model.rows}
        aria-colcount={model.cols}
        onKeyDown={onGridKey}
        data-testid="sheet-grid"
        data-sheet={sheet}
      >
        <table className={styles.table} role="presentation">
          <colgroup>
            <col style={{ width: '36px' }} />
            {Array.from({ length: model.cols }, (_, c) => (
              <col key={c} style={{ width: `${pixels(widths[columnLetters(c)] ?? DEFAULT_WIDTH)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} />
              {Array.from({ length: model.cols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.cells.map((cells, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {cells.map((cell, c) => renderCell(cell, r, c))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={s.sheetTabs}
        selectedValue={sheet}
        onTabSelect={(_e, data) => {
          setViewSheet(String(data.value));
          host.userSelect(String(data.value), 'A1');
        }}
      >
        {visibleSheets.map((name) => (
          <Tab key={name} value={name} data-sheet-tab={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <span className={styles.hint}>{s.editHint}</span>
    </div>
  );
}
