import { useMemo, useState } from 'react';
import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/model/finding';
import { useStrings } from '../i18n';
import type { PaneTable } from '../session';
import { NO_FILTER, allFindings, applyFilter, countBySeverity, filterChoices, groupFindings, reconcileFilter } from '../state/findings';
import type { FindingFilter } from '../state/findings';
import { FindingFilters } from './FindingFilters';
import { FindingItem } from './FindingItem';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  severity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  severityHeading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  code: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  codeHeading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** 问题: findings grouped by severity then type, with counts and filters; each one selects its cell. */
export function FindingsView({ tables, onSelect }: { tables: PaneTable[]; onSelect: (finding: Finding) => void }) {
  const s = useStrings();
  const styles = useStyles();
  const [chosen, setFilter] = useState<FindingFilter>(NO_FILTER);
  const findings = useMemo(() => allFindings(tables), [tables]);
  const filter = reconcileFilter(chosen, findings);
  const shown = useMemo(() => applyFilter(findings, filter), [findings, filter.severity, filter.code, filter.sheet]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  // Counts on the severity toggles follow the type and sheet filters, not the severity one.
  const counts = countBySeverity(applyFilter(findings, { ...filter, severity: null }));
  const { codes, sheets } = filterChoices(findings);
  const filtered = filter.severity !== null || filter.code !== null || filter.sheet !== null;

  if (findings.length === 0) {
    return (
      <Body1 className={styles.muted} data-testid="findings-empty">
        {s.findings.none}
      </Body1>
    );
  }

  return (
    <div className={styles.root}>
      <FindingFilters
        filter={filter}
        counts={counts}
        total={counts.error + counts.warning + counts.info}
        codes={codes}
        sheets={sheets}
        onChange={setFilter}
      />
      <Caption1 className={styles.muted} aria-live="polite" data-testid="findings-count">
        {filtered ? s.findings.shown(shown.length, findings.length) : s.findings.total(findings.length)}
      </Caption1>
      {groups.length === 0 && (
        <div className={styles.empty}>
          <Body1 className={styles.muted}>{s.findings.noneFiltered}</Body1>
          <Button size="small" onClick={() => setFilter(NO_FILTER)}>
            {s.findings.clearFilters}
          </Button>
        </div>
      )}
      {groups.map((group) => (
        <section key={group.severity} className={styles.severity} data-severity-group={group.severity}>
          <h2 className={styles.severityHeading}>
            <SeverityIcon severity={group.severity} />
            <span>{s.severity[group.severity]}</span>
            <Badge size="small" appearance="tint" color={group.severity === 'error' ? 'danger' : group.severity === 'warning' ? 'warning' : 'informative'}>
              {group.count}
            </Badge>
          </h2>
          {group.codes.map((codeGroup) => (
            <div key={codeGroup.code} className={styles.code}>
              <h3 className={styles.codeHeading}>
                <span>{s.codes[codeGroup.code]}</span>
                <Badge size="small" appearance="ghost" color="informative">
                  {codeGroup.findings.length}
                </Badge>
              </h3>
              <ul className={styles.list}>
                {codeGroup.findings.map((finding) => (
                  <li key={`${finding.sheet}!${finding.cell}:${finding.code}:${finding.message}`}>
                    <FindingItem finding={finding} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
