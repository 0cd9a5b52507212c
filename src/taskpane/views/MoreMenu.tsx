import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Button, Tooltip } from '@fluentui/react-components';
import { ArrowUndoRegular, MoreHorizontalRegular, TextNumberFormatRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { PaneState } from '../session';

/** The less frequent commands: write computed values (填报 mode only) and undo the add-in's last write. */
export function MoreMenu({ state, onFill, onUndo }: { state: PaneState; onFill: () => void; onUndo: () => void }) {
  const s = useStrings().actions;
  const scanning = state.status === 'scanning';
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={s.more} relationship="label">
          <Button size="small" appearance="subtle" icon={<MoreHorizontalRegular />} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem
            icon={<TextNumberFormatRegular />}
            disabled={state.mode !== 'fill' || scanning || state.tables.length === 0}
            onClick={onFill}
          >
            {s.fillComputed}
          </MenuItem>
          <MenuItem icon={<ArrowUndoRegular />} disabled={!state.canUndo} onClick={onUndo}>
            {s.undo}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
