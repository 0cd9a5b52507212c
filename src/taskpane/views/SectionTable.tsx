import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { SectionScore } from '../../core/summary/table-summary';
import { useStrings } from '../i18n';
import { oneLine } from './IndicatorRow';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed' },
  name: { width: '40%' },
  number: { textAlign: 'end' },
  numberHead: { '& > button, & > div': { justifyContent: 'flex-end' } },
  low: { color: tokens.colorPaletteRedForeground1 },
});

/** Score by 一级指标 as a table: the chart's figures for everyone, screen readers included. */
export function SectionTable({ sections }: { sections: SectionScore[] }) {
  const s = useStrings().scores;
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={s.sections}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.name}>{s.sectionName}</TableHeaderCell>
          <TableHeaderCell className={styles.numberHead}>{s.sectionWeight}</TableHeaderCell>
          <TableHeaderCell className={styles.numberHead}>{s.sectionScore}</TableHeaderCell>
          <TableHeaderCell className={styles.numberHead}>{s.sectionRate}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sections.map((section, i) => (
          <TableRow key={`${i}:${section.name}`}>
            <TableCell title={oneLine(section.name)}>{oneLine(section.name)}</TableCell>
            <TableCell className={styles.number}>{section.weight ?? '—'}</TableCell>
            <TableCell className={styles.number}>{section.score ?? '—'}</TableCell>
            <TableCell className={styles.number}>{section.rate ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
