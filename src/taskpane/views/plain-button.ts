import { tokens } from '@fluentui/react-components';

/**
 * A button that reads as text in a list (a finding, an indicator row): no
 * chrome, the pane's font, the subtle hover of Office lists, a focus ring.
 * Shared by FindingItem and IndicatorRow; spread into their makeStyles.
 */
export const plainButton = {
  border: 'none',
  borderRadius: tokens.borderRadiusMedium,
  background: 'none',
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  textAlign: 'start',
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
} as const;
