import { useRef } from 'react';
import { Button, Caption1, Select, Subtitle2, Switch, makeStyles, tokens, useId } from '@fluentui/react-components';
import { DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { LANGUAGES, useStrings } from '../taskpane/i18n';
import type { Language } from '../taskpane/i18n';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  title: { marginRight: 'auto' },
  group: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  file: { display: 'none' },
  source: { color: tokens.colorNeutralForeground3 },
});

export interface PlaygroundBarProps {
  source: string;
  language: Language;
  dark: boolean;
  onSample: () => void;
  onFile: (file: File) => void;
  onLanguage: (language: Language) => void;
  onDark: (dark: boolean) => void;
}

/** The playground's own controls: sample or file, language and theme. */
export function PlaygroundBar({ source, language, dark, onSample, onFile, onLanguage, onDark }: PlaygroundBarProps) {
  const strings = useStrings();
  const s = strings.playground;
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const languageId = useId('language');
  return (
    <div className={styles.root}>
      <div className={styles.title}>
        <Subtitle2 as="h1">{`${strings.appTitle} · ${s.title}`}</Subtitle2>
        <Caption1 className={styles.source} data-testid="workbook-source">
          {` ${source}`}
        </Caption1>
      </div>
      <Button size="small" icon={<DocumentTableRegular />} onClick={onSample}>
        {s.sampleButton}
      </Button>
      <Button size="small" icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
        {s.openButton}
      </Button>
      <input
        ref={fileInput}
        className={styles.file}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <div className={styles.group}>
        <label htmlFor={languageId}>
          <Caption1>{s.language}</Caption1>
        </label>
        <Select id={languageId} size="small" value={language} data-testid="language" onChange={(_e, data) => onLanguage(data.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </div>
      <Switch label={s.theme} checked={dark} onChange={(_e, data) => onDark(data.checked)} />
    </div>
  );
}
