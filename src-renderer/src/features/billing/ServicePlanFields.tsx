import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Cycle } from '@shared/ipc/schemas/billing';
import { useOffice } from '../../shell/SessionContext';
import type { ServicePlanField, ServicePlanFormValues } from './servicePlanForm';

interface ServicePlanFieldsProps {
  values: ServicePlanFormValues;
  onChange: (values: ServicePlanFormValues) => void;
  invalid: ReadonlySet<ServicePlanField>;
  editing: boolean;
  routers: readonly { id: string; name: string }[];
}

/** Every setting of a service plan; router, PPP profile and cycle are fixed once the plan exists. */
export function ServicePlanFields({ values, onChange, invalid, editing, routers }: ServicePlanFieldsProps) {
  const { t } = useTranslation();
  const office = useOffice();
  const set = <K extends keyof ServicePlanFormValues>(key: K, value: ServicePlanFormValues[K]) => onChange({ ...values, [key]: value });
  const help = (field: ServicePlanField, text?: string) => (invalid.has(field) ? t(`billing.planForm.invalid.${field}`) : text);
  const text = (field: ServicePlanField, label: string, helperText?: string, numeric?: 'numeric' | 'decimal') => (
    <TextField
      label={label}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={invalid.has(field)}
      helperText={help(field, helperText)}
      autoComplete="off"
      slotProps={numeric ? { htmlInput: { inputMode: numeric } } : undefined}
      sx={{ flex: 1 }}
    />
  );

  const changeName = (name: string) => {
    // A new plan's profile follows its name until the operator types one of their own.
    const follows = !editing && (values.pppProfile === '' || values.pppProfile === profileFor(values.name));
    onChange({ ...values, name, pppProfile: follows ? profileFor(name) : values.pppProfile });
  };

  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('billing.planForm.router')}
          value={values.routerId}
          onChange={(event) => set('routerId', event.target.value)}
          disabled={editing}
          error={invalid.has('routerId')}
          helperText={help('routerId')}
          sx={{ flex: 1 }}
        >
          {routers.map((router) => (
            <MenuItem key={router.id} value={router.id}>
              {router.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('billing.planForm.name')}
          value={values.name}
          onChange={(event) => changeName(event.target.value)}
          error={invalid.has('name')}
          helperText={help('name')}
          autoComplete="off"
          autoFocus
          sx={{ flex: 1 }}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('billing.planForm.pppProfile')}
          value={values.pppProfile}
          onChange={(event) => set('pppProfile', event.target.value)}
          disabled={editing}
          error={invalid.has('pppProfile')}
          helperText={help('pppProfile', t('billing.planForm.pppProfileHelp'))}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
        {text('price', t('billing.planForm.price', { currency: office.currency.code }), t('billing.planForm.priceHelp'), 'decimal')}
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('billing.planForm.cycle')}
          value={values.cycleKind}
          onChange={(event) => set('cycleKind', event.target.value as Cycle['kind'])}
          disabled={editing}
          sx={{ flex: 1 }}
        >
          <MenuItem value="monthly">{t('billing.cycles.monthlyOption')}</MenuItem>
          <MenuItem value="days">{t('billing.cycles.daysOption')}</MenuItem>
        </TextField>
        {values.cycleKind === 'monthly' ? (
          <TextField
            label={t('billing.planForm.billingDay')}
            value={values.billingDay}
            onChange={(event) => set('billingDay', event.target.value)}
            disabled={editing}
            error={invalid.has('billingDay')}
            helperText={help('billingDay', t('billing.planForm.billingDayHelp'))}
            autoComplete="off"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ flex: 1 }}
          />
        ) : (
          <TextField
            label={t('billing.planForm.days')}
            value={values.days}
            onChange={(event) => set('days', event.target.value)}
            disabled={editing}
            error={invalid.has('days')}
            helperText={help('days', t('billing.planForm.daysHelp'))}
            autoComplete="off"
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ flex: 1 }}
          />
        )}
      </Stack>
      <Stack direction="row" spacing={2}>
        {text('rateLimit', t('billing.planForm.rateLimit'), t('billing.planForm.rateLimitHelp'))}
        {text('addressPool', t('billing.planForm.addressPool'), t('billing.planForm.addressPoolHelp'))}
        {text('localAddress', t('billing.planForm.localAddress'), t('billing.planForm.localAddressHelp'))}
      </Stack>
      <Stack direction="row" spacing={2}>
        {text('setupFee', t('billing.planForm.setupFee', { currency: office.currency.code }), undefined, 'decimal')}
        {text('taxPercent', t('billing.planForm.tax'), t('billing.planForm.taxHelp'), 'decimal')}
        {text('graceDays', t('billing.planForm.graceDays'), t('billing.planForm.graceDaysHelp'), 'numeric')}
      </Stack>
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
