import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useOffice } from '../../../shell/SessionContext';
import { DATA_UNITS, DURATION_UNITS, type DataUnit, type DurationUnit } from '../units';
import { AmountField } from './AmountField';
import type { ExpiryMode, PlanFormField, PlanFormValues } from './planForm';

const EXPIRY_MODES: readonly ExpiryMode[] = ['remove', 'disable', 'none'];

interface PlanFormFieldsProps {
  values: PlanFormValues;
  onChange: (values: PlanFormValues) => void;
  invalid: ReadonlySet<PlanFormField>;
  editing: boolean;
  routers: readonly { id: string; name: string }[];
}

/** Every setting of a plan; router and hotspot profile are fixed once the plan exists. */
export function PlanFormFields({ values, onChange, invalid, editing, routers }: PlanFormFieldsProps) {
  const { t } = useTranslation();
  const office = useOffice();
  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) => onChange({ ...values, [key]: value });
  const help = (field: PlanFormField, text: string) => (invalid.has(field) ? t(`vouchers.planForm.invalid.${field}`) : text);
  const durationUnits = (Object.keys(DURATION_UNITS) as DurationUnit[]).map((unit) => ({ value: unit, label: t(`vouchers.units.${unit}`) }));
  const dataUnits = (Object.keys(DATA_UNITS) as DataUnit[]).map((unit) => ({ value: unit, label: unit }));

  const changeName = (name: string) => {
    // A new plan's profile follows its name until the operator types one of their own.
    const follows = !editing && (values.hotspotProfile === '' || values.hotspotProfile === profileFor(values.name));
    onChange({ ...values, name, hotspotProfile: follows ? profileFor(name) : values.hotspotProfile });
  };

  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('vouchers.planForm.router')}
          value={values.routerId}
          onChange={(event) => set('routerId', event.target.value)}
          disabled={editing}
          error={invalid.has('routerId')}
          helperText={invalid.has('routerId') ? t('vouchers.planForm.invalid.routerId') : undefined}
          sx={{ flex: 1 }}
        >
          {routers.map((router) => (
            <MenuItem key={router.id} value={router.id}>
              {router.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('vouchers.planForm.name')}
          value={values.name}
          onChange={(event) => changeName(event.target.value)}
          error={invalid.has('name')}
          helperText={help('name', '')}
          autoComplete="off"
          autoFocus
          sx={{ flex: 1 }}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('vouchers.planForm.profile')}
          value={values.hotspotProfile}
          onChange={(event) => set('hotspotProfile', event.target.value)}
          disabled={editing}
          error={invalid.has('hotspotProfile')}
          helperText={help('hotspotProfile', t('vouchers.planForm.profileHelp'))}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
        <TextField
          label={t('vouchers.planForm.price', { currency: office.currency.code })}
          value={values.price}
          onChange={(event) => set('price', event.target.value)}
          error={invalid.has('price')}
          helperText={help('price', t('vouchers.planForm.priceHelp'))}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ flex: 1 }}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <AmountField
          label={t('vouchers.planForm.validity')}
          unitLabel={t('vouchers.planForm.validityUnit')}
          value={values.validity}
          units={durationUnits}
          onChange={(value) => set('validity', value)}
          error={invalid.has('validity')}
          helperText={help('validity', t('vouchers.planForm.validityHelp'))}
        />
        <AmountField
          label={t('vouchers.planForm.timeLimit')}
          unitLabel={t('vouchers.planForm.timeLimitUnit')}
          value={values.timeLimit}
          units={durationUnits}
          onChange={(value) => set('timeLimit', value)}
          error={invalid.has('timeLimit')}
          helperText={help('timeLimit', t('vouchers.planForm.emptyNoLimit'))}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <AmountField
          label={t('vouchers.planForm.dataLimit')}
          unitLabel={t('vouchers.planForm.dataLimitUnit')}
          value={values.dataLimit}
          units={dataUnits}
          onChange={(value) => set('dataLimit', value)}
          error={invalid.has('dataLimit')}
          helperText={help('dataLimit', t('vouchers.planForm.emptyNoLimit'))}
        />
        <TextField
          label={t('vouchers.planForm.rateLimit')}
          value={values.rateLimit}
          onChange={(event) => set('rateLimit', event.target.value)}
          error={invalid.has('rateLimit')}
          helperText={help('rateLimit', t('vouchers.planForm.rateLimitHelp'))}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('vouchers.planForm.sharedUsers')}
          value={values.sharedUsers}
          onChange={(event) => set('sharedUsers', event.target.value)}
          error={invalid.has('sharedUsers')}
          helperText={help('sharedUsers', t('vouchers.planForm.sharedUsersHelp'))}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ flex: 1 }}
        />
        <TextField
          select
          label={t('vouchers.planForm.expiryMode')}
          value={values.expiryMode}
          onChange={(event) => set('expiryMode', event.target.value as ExpiryMode)}
          sx={{ flex: 1 }}
        >
          {EXPIRY_MODES.map((mode) => (
            <MenuItem key={mode} value={mode}>
              {t(`vouchers.expiryModes.${mode}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <FormControlLabel
        control={<Checkbox checked={values.macLock} onChange={(event) => set('macLock', event.target.checked)} />}
        label={t('vouchers.planForm.macLock')}
      />
      <FormControlLabel
        control={<Checkbox checked={values.tillOnTheSpot} onChange={(event) => set('tillOnTheSpot', event.target.checked)} />}
        label={t('vouchers.planForm.tillOnTheSpot')}
      />
    </Stack>
  );
}

/** A RouterOS-safe profile name from the plan name: printable ASCII, no spaces at the ends. */
function profileFor(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^\x21-\x7e]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
