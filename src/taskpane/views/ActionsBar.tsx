import { Label, Radio, RadioGroup, Select, Toolbar, ToolbarButton, Tooltip, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowSyncRegular, EraserRegular, HighlightRegular, TableAddRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { Mode, PaneState } from '../session';

export interface PaneCommands {
  recalculate: () => void;
  toggleHighlights: () => void;
  insertSummary: () => void;
  fillComputed: () => void;
  undo: () => void;
  setMode: (mode: Mode) => void;
  setProfile: (id: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  toolbar: { padding: 0, gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  button: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  settings: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  setting: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  radios: { flexWrap: 'nowrap' },
  radio: { '& > label': { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalS } },
  profile: { width: 'auto', minWidth: '72px', maxWidth: '120px' },
});

/** A profile's short name for the closed list ("全国通用（财预〔2020〕10号）" → "全国通用"). */
export function shortProfileName(name: string): string {
  return name.split(/[（(]/)[0].trim() || name;
}

/** The pane's commands: recalculate, mark / clear findings, insert the summary; then the mode and the scoring profile. */
export function ActionsBar({ state, busy, commands }: { state: PaneState; busy: string | null; commands: PaneCommands }) {
  const s = useStrings().actions;
  const styles = useStyles();
  const modeId = useId('mode');
  const profileId = useId('profile');
  const scanning = state.status === 'scanning';
  const noTables = state.tables.length === 0;
  const current = state.profiles.find((p) => p.id === state.profileId);
  return (
    <div className={styles.root}>
      <Toolbar aria-label={s.toolbarLabel} size="small" className={styles.toolbar}>
        <Tooltip content={s.recalculateHint} relationship="description">
          <ToolbarButton className={styles.button} icon={<ArrowSyncRegular />} disabled={scanning} onClick={commands.recalculate}>
            {s.recalculate}
          </ToolbarButton>
        </Tooltip>
        <Tooltip content={s.highlightsHint} relationship="description">
          <ToolbarButton
            className={styles.button}
            icon={state.highlightsOn ? <EraserRegular /> : <HighlightRegular />}
            aria-pressed={state.highlightsOn}
            disabled={scanning || noTables || busy === 'highlights'}
            onClick={commands.toggleHighlights}
          >
            {state.highlightsOn ? s.clearHighlights : s.showHighlights}
          </ToolbarButton>
        </Tooltip>
        <Tooltip content={s.insertSummaryHint} relationship="description">
          <ToolbarButton
            className={styles.button}
            icon={<TableAddRegular />}
            disabled={scanning || noTables || busy === 'summary'}
            onClick={commands.insertSummary}
          >
            {s.insertSummary}
          </ToolbarButton>
        </Tooltip>
      </Toolbar>
      <div className={styles.settings}>
        <div className={styles.setting}>
          <Label id={modeId} size="small" className={styles.label}>
            {s.modeLabel}
          </Label>
          <RadioGroup
            aria-labelledby={modeId}
            layout="horizontal"
            className={styles.radios}
            value={state.mode}
            onChange={(_e, data) => commands.setMode(data.value as Mode)}
          >
            <Radio className={styles.radio} value="fill" label={s.modes.fill} title={s.modeHints.fill} />
            <Radio className={styles.radio} value="review" label={s.modes.review} title={s.modeHints.review} />
          </RadioGroup>
        </div>
        {state.profiles.length > 0 && (
          <div className={styles.setting}>
            <Label htmlFor={profileId} size="small" className={styles.label}>
              {s.profileLabel}
            </Label>
            <Select
              id={profileId}
              size="small"
              appearance="underline"
              className={styles.profile}
              title={current?.name}
              value={state.profileId}
              disabled={scanning}
              onChange={(_e, data) => commands.setProfile(data.value)}
            >
              {state.profiles.map((p) => (
                <option key={p.id} value={p.id} title={p.name}>
                  {shortProfileName(p.name)}
                </option>
              ))}
            </Select>
          </div>
        )}
      </div>
    </div>
  );
}
