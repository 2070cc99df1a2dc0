import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CustomerMatch, TenderInput } from '@shared/ipc/schemas/till';
import { useStatement, useSubscriptions } from '../../api/billing';
import { useCollectPayment, useFindCustomers } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { CustomerToPay } from './CustomerToPay';
import type { LastReceipt } from './lastReceipt';
import { PaymentDialog } from './PaymentDialog';
import { useDebounced } from './useDebounced';
import { useTillKeys } from './useTillKeys';

interface CollectPanelProps {
  active: boolean;
  onPaid: (receipt: LastReceipt) => void;
}

/** The chosen customer's balance and subscriptions, the F12 payment and its receipt. */
function PayingCustomer({ match, active, onPaid, onDone }: { match: CustomerMatch; active: boolean; onPaid: (receipt: LastReceipt) => void; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const notify = useNotify();
  const { customer } = match;
  const statement = useStatement(customer.id);
  const subscriptions = useSubscriptions(customer.id);
  const collect = useCollectPayment();
  const [paying, setPaying] = useState(false);
  const payRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (active) window.setTimeout(() => payRef.current?.focus(), 0);
  }, [active]);

  const openPayment = () => {
    collect.reset();
    setPaying(true);
  };
  useTillKeys({ F12: openPayment, Escape: onDone }, active && !paying);

  const pay = (payments: TenderInput[], memo: string) => {
    // Usernames are read before the payment: the list refreshes to "active" right after it.
    const usernames = new Map((subscriptions.data ?? []).map((subscription) => [subscription.id, subscription.pppUsername]));
    collect.mutate(
      { customerId: customer.id, payments, memo },
      {
        onSuccess: (outcome) => {
          onPaid({
            receiptId: outcome.receiptId,
            kind: 'payment',
            totalMinor: outcome.totalMinor,
            tenderedMinor: outcome.totalMinor,
            changeMinor: 0,
            vouchers: [],
            customerName: customer.name,
            balanceMinor: outcome.balanceMinor,
            reactivated: outcome.reactivatedSubscriptionIds.map((id) => usernames.get(id) ?? id),
          });
          notify(t('till.collect.paid', { amount: format.money(outcome.totalMinor), name: customer.name }));
          setPaying(false);
          window.setTimeout(() => payRef.current?.focus(), 0);
        },
      },
    );
  };

  return (
    <Stack spacing={2}>
      <CustomerToPay customer={customer} statement={statement.data} subscriptions={subscriptions.data} error={statement.error ?? subscriptions.error} />
      <Stack direction="row" spacing={1}>
        <Button ref={payRef} variant="contained" size="large" onClick={openPayment}>
          {t('till.collect.take')}
        </Button>
        <Button onClick={onDone}>{t('till.collect.change')}</Button>
      </Stack>
      {paying && (
        <PaymentDialog
          mode="collect"
          title={t('till.pay.collectTitle', { name: customer.name })}
          amountMinor={Math.max(0, statement.data?.balanceMinor ?? 0)}
          pending={collect.isPending}
          error={collect.error}
          onSubmit={pay}
          onClose={() => {
            setPaying(false);
            window.setTimeout(() => payRef.current?.focus(), 0);
          }}
        />
      )}
    </Stack>
  );
}

/**
 * Collecting a subscriber's payment: find them by name, phone, account number or PPPoE username
 * (Enter takes the first match, ↓ walks the list), see what they owe, take the payment with F12.
 */
export function CollectPanel({ active, onPaid }: CollectPanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<CustomerMatch | null>(null);
  const settled = useDebounced(query.trim(), 200);
  const found = useFindCustomers(settled);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusSearch = useCallback(() => window.setTimeout(() => searchRef.current?.focus(), 0), []);

  useEffect(() => {
    if (active && !chosen) focusSearch();
  }, [active, chosen, focusSearch]);
  useTillKeys({ Escape: () => setQuery('') }, active && !chosen);

  const results = settled === '' ? [] : (found.data ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Enter picks the first match, once the list answers for what was typed.
    if (query.trim() === settled && results[0]) setChosen(results[0]);
  };
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    listRef.current?.querySelector<HTMLElement>('[role="button"], button, a')?.focus();
  };
  const onListKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>('[role="button"], button, a') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowUp' && index <= 0) searchRef.current?.focus();
    else items[Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
  };

  if (chosen) {
    return (
      <PayingCustomer
        key={chosen.customer.id}
        match={chosen}
        active={active}
        onPaid={onPaid}
        onDone={() => {
          setChosen(null);
          focusSearch();
        }}
      />
    );
  }
  return (
    <Stack spacing={2}>
      <form onSubmit={submit} noValidate>
        <TextField
          inputRef={searchRef}
          label={t('till.collect.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
          helperText={t('till.collect.searchHelp')}
          autoComplete="off"
          fullWidth
          slotProps={{ htmlInput: { maxLength: 100, spellCheck: false } }}
        />
      </form>
      <ErrorAlert error={found.error} />
      {settled !== '' && found.data && results.length === 0 && <Typography color="text.secondary">{t('till.collect.none', { query: settled })}</Typography>}
      {results.length > 0 && (
        <Paper variant="outlined">
          <List ref={listRef} aria-label={t('till.collect.results')} onKeyDown={onListKey} dense>
            {results.map((match) => (
              <ListItemButton key={match.customer.id} onClick={() => setChosen(match)}>
                <ListItemText
                  primary={t('till.collect.pick', { name: match.customer.name, account: match.customer.accountNumber })}
                  secondary={[...match.customer.phones, ...match.pppUsernames].join(' · ')}
                />
              </ListItemButton>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}
