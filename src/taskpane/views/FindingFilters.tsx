import { Select, ToggleButton, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { FindingCode, Severity } from '../../core/model/finding';
import { useStrings } from '../i18n';
import { SEVERITIES } from '../state/findings';
import type { FindingFilter } from '../state/findings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  severities: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  selects: { display: 'flex', gap: tokens.spacingHorizontalS },
  select: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

export interface FindingFiltersProps {
  filter: FindingFilter;
  counts: Record<Severity, number>;
  total: number;
  codes: FindingCode[];
  sheets: string[];
  onChange: (filter: FindingFilter) => void;
}

/** A labelled choice with an "all" entry first; null means all. */
function FilterSelect(props: { label: string; allLabel: string; value: string | null; options: { value: string; text: string }[]; onSelect: (value: string | null) => void }) {
  const styles = useStyles();
  const id = useId('filter');
  return (
    <>
      <label htmlFor={id} className={styles.hidden}>
        {props.label}
      </label>
      <Select id={id} size="small" className={styles.select} value={props.value ?? ''} onChange={(_e, data) => props.onSelect(data.value || null)}>
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </>
  );
}

/** Severity toggles with counts, then type and sheet choices (the sheet only when there are several). */
export function FindingFilters({ filter, counts, total, codes, sheets, onChange }: FindingFiltersProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label={s.findings.filtersLabel}>
      <div className={styles.severities} role="group" aria-label={s.findings.severityFilter}>
        <ToggleButton size="small" shape="circular" checked={filter.severity === null} onClick={() => onChange({ ...filter, severity: null })}>
          {`${s.findings.all} ${total}`}
        </ToggleButton>
        {SEVERITIES.filter((sev) => counts[sev] > 0).map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            shape="circular"
            checked={filter.severity === sev}
            data-severity={sev}
            onClick={() => onChange({ ...filter, severity: filter.severity === sev ? null : sev })}
          >
            {`${s.severity[sev]} ${counts[sev]}`}
          </ToggleButton>
        ))}
      </div>
      {(codes.length > 1 || sheets.length > 1) && (
        <div className={styles.selects}>
          {codes.length > 1 && (
            <FilterSelect
              label={s.findings.codeFilter}
              allLabel={s.findings.allCodes}
              value={filter.code}
              options={codes.map((code) => ({ value: code, text: s.codes[code] }))}
              onSelect={(v) => onChange({ ...filter, code: v as FindingCode | null })}
            />
          )}
          {sheets.length > 1 && (
            <FilterSelect
              label={s.findings.sheetFilter}
              allLabel={s.findings.allSheets}
              value={filter.sheet}
              options={sheets.map((sheet) => ({ value: sheet, text: sheet }))}
              onSelect={(v) => onChange({ ...filter, sheet: v })}
            />
          )}
        </div>
      )}
    </div>
  );
}
