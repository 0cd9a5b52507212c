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

/** Severity toggles with counts, then type and sheet choices (the sheet only when there are several). */
export function FindingFilters({ filter, counts, total, codes, sheets, onChange }: FindingFiltersProps) {
  const s = useStrings();
  const styles = useStyles();
  const codeId = useId('code-filter');
  const sheetId = useId('sheet-filter');
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
            <>
              <label htmlFor={codeId} className={styles.hidden}>
                {s.findings.codeFilter}
              </label>
              <Select
                id={codeId}
                size="small"
                className={styles.select}
                value={filter.code ?? ''}
                onChange={(_e, data) => onChange({ ...filter, code: (data.value || null) as FindingCode | null })}
              >
                <option value="">{s.findings.allCodes}</option>
                {codes.map((code) => (
                  <option key={code} value={code}>
                    {s.codes[code]}
                  </option>
                ))}
              </Select>
            </>
          )}
          {sheets.length > 1 && (
            <>
              <label htmlFor={sheetId} className={styles.hidden}>
                {s.findings.sheetFilter}
              </label>
              <Select
                id={sheetId}
                size="small"
                className={styles.select}
                value={filter.sheet ?? ''}
                onChange={(_e, data) => onChange({ ...filter, sheet: data.value || null })}
              >
                <option value="">{s.findings.allSheets}</option>
                {sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </Select>
            </>
          )}
        </div>
      )}
    </div>
  );
}
