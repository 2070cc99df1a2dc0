import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { VoucherStatus } from '../../../api/vouchers';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { PrintTargetFields, type PrintTarget } from './PrintTargetFields';
import { allChoices, choiceKey, type TemplateCatalogue, type TemplateChoice } from './templateChoice';

export type Selection = 'all' | 'unprinted' | 'unsold';
const SELECTIONS: readonly Selection[] = ['all', 'unprinted', 'unsold'];

/** How many vouchers each selection prints (removed ones are never printed). */
function selectionCount(selection: Selection, counts: Readonly<Record<VoucherStatus, number>>): number {
  const unprinted = counts.generated + counts.on_router;
  if (selection === 'unprinted') return unprinted;
  if (selection === 'unsold') return unprinted + counts.printed;
  return unprinted + counts.printed + counts.sold + counts.used + counts.expired;
}

interface PrintOptionsProps {
  catalogue: TemplateCatalogue;
  choiceKey: string;
  onChoice: (choice: TemplateChoice) => void;
  /** The chosen template was changed in the editor and not saved. */
  modified: boolean;
  counts: Readonly<Record<VoucherStatus, number>>;
  selection: Selection;
  onSelection: (selection: Selection) => void;
  target: PrintTarget;
  onTarget: (target: PrintTarget) => void;
  copiesOk: boolean;
}

/** Template, which vouchers, and where to: the left half of the print dialog. */
export function PrintOptions(props: PrintOptionsProps) {
  const { catalogue, onChoice, modified, counts, selection, onSelection, target, onTarget, copiesOk } = props;
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const choices = allChoices(catalogue);
  return (
    <Stack spacing={2}>
      <TextField
        select
        size="small"
        label={t('vouchers.print.template')}
        value={props.choiceKey}
        onChange={(event) => {
          const next = choices.find((item) => choiceKey(item) === event.target.value);
          if (next) onChoice(next);
        }}
        helperText={modified ? t('vouchers.print.modified') : undefined}
      >
        {choices.map((item) => (
          <MenuItem key={choiceKey(item)} value={choiceKey(item)}>
            {item.kind === 'saved' ? item.template.name : t(`vouchers.print.defaults.${item.which}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label={t('vouchers.print.selection')} value={selection} onChange={(event) => onSelection(event.target.value as Selection)}>
        {SELECTIONS.map((item) => (
          <MenuItem key={item} value={item}>
            {t(`vouchers.print.selections.${item}`, { formatted: format.count(selectionCount(item, counts)) })}
          </MenuItem>
        ))}
      </TextField>
      <PrintTargetFields value={target} onChange={onTarget} />
      {!copiesOk && <Alert severity="error">{t('vouchers.print.copiesInvalid')}</Alert>}
    </Stack>
  );
}
