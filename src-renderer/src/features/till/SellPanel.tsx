import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { TenderInput } from '@shared/ipc/schemas/till';
import { useSellVouchers, useTillPlans } from '../../api/till';
import { useCall } from '../../api/useCall';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { addCard, addPlan, cartTotal, sellItems, type CartLine } from './cart';
import { CartTable } from './CartTable';
import type { LastReceipt } from './lastReceipt';
import { PaymentDialog } from './PaymentDialog';
import { PlanKeys, PLAN_KEYS } from './PlanKeys';
import { dialogOpen, useTillKeys, type TillKeyHandlers } from './useTillKeys';

interface SellPanelProps {
  /** The visible tab: only then do its keys and the scan field's focus apply. */
  active: boolean;
  onSold: (receipt: LastReceipt) => void;
}

interface ScanFailure {
  text: string;
  error: unknown;
}

function isTypingTarget(element: Element | null): boolean {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}

/**
 * Selling vouchers: a code field that has the focus whenever the till is idle (a scanner types the
 * code and Enter), plan keys F1..F8, the cart, and payment. Scan, Enter (pay), Enter (exact cash) is
 * a whole sale; the receipt panel then offers print (Alt+P).
 */
export function SellPanel({ active, onSold }: SellPanelProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const notify = useNotify();
  const call = useCall();
  const plans = useTillPlans();
  const sell = useSellVouchers();
  const [lines, setLines] = useState<CartLine[]>([]);
  const [text, setText] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [warning, setWarning] = useState<string | null>(null);
  const [failure, setFailure] = useState<ScanFailure | null>(null);
  const [scanning, setScanning] = useState(0);
  const [paying, setPaying] = useState(false);
  const scanRef = useRef<HTMLInputElement>(null);
  // The cart as of the last change, for scans resolving one after another (a scanner is fast).
  const cartRef = useRef<CartLine[]>([]);
  const queueRef = useRef<Promise<void>>(Promise.resolve());

  const changeLines = useCallback((next: CartLine[]) => {
    cartRef.current = next;
    setLines(next);
  }, []);
  // After the Page heading takes focus on arrival, and after dialogs: the code field is where input goes.
  const focusScan = useCallback(() => window.setTimeout(() => scanRef.current?.focus(), 0), []);

  useEffect(() => {
    if (active) focusScan();
  }, [active, focusScan]);

  // Typing while focus is on nothing that takes text (a button, the page) goes to the code field.
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1 || event.key === ' ') return;
      if (dialogOpen() || isTypingTarget(document.activeElement)) return;
      event.preventDefault();
      setText((current) => current + event.key);
      scanRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  const lookUp = useCallback(
    async (value: string) => {
      setScanning((n) => n + 1);
      try {
        const card = await call('till.scan', { text: value });
        const next = addCard(cartRef.current, card);
        if (next === 'duplicate') setWarning(t('till.sell.alreadyInCart', { code: card.code }));
        else changeLines(next);
      } catch (error) {
        setFailure({ text: value, error });
      } finally {
        setScanning((n) => n - 1);
      }
    },
    [call, changeLines, t],
  );

  const openPayment = useCallback(async () => {
    await queueRef.current;
    if (cartRef.current.length === 0) return;
    sell.reset();
    setPaying(true);
  }, [sell]);

  const submitScan = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    setText('');
    if (value === '') {
      void openPayment();
      return;
    }
    setWarning(null);
    setFailure(null);
    // One lookup at a time, in the order scanned.
    queueRef.current = queueRef.current.then(() => lookUp(value));
  };

  const addPlanKey = (index: number) => {
    const plan = plans.data?.[index];
    if (!plan) return;
    const count = Number(quantity);
    setFailure(null);
    if (!Number.isInteger(count) || count < 1 || count > 100) {
      setWarning(t('till.invalidAmount'));
      return;
    }
    const next = addPlan(cartRef.current, plan, count);
    if ('available' in next) {
      setWarning(t('till.sell.notEnough', { available: next.available, name: plan.name }));
    } else {
      setWarning(null);
      changeLines(next);
    }
    setQuantity('1');
    focusScan();
  };

  const clear = () => {
    if (text !== '') setText('');
    else changeLines([]);
    setWarning(null);
    setFailure(null);
    focusScan();
  };

  const keys: TillKeyHandlers = { F12: () => void openPayment(), Escape: clear };
  PLAN_KEYS.forEach((key, index) => {
    keys[key] = () => addPlanKey(index);
  });
  useTillKeys(keys, active && !paying);

  const pay = (payments: TenderInput[]) => {
    sell.mutate(
      { items: sellItems(cartRef.current), payments },
      {
        onSuccess: (sale) => {
          onSold({
            receiptId: sale.receiptId,
            kind: 'sale',
            totalMinor: sale.totalMinor,
            tenderedMinor: sale.tenderedMinor,
            changeMinor: sale.changeMinor,
            vouchers: sale.vouchers.map(({ code, password, planName }) => ({ code, password, planName })),
            customerName: null,
            balanceMinor: null,
            reactivated: [],
          });
          notify(t('till.sell.sold', { count: sale.vouchers.length, total: format.money(sale.totalMinor) }));
          changeLines([]);
          setPaying(false);
          focusScan();
        },
      },
    );
  };

  const total = cartTotal(lines);
  return (
    <Stack spacing={2}>
      <form onSubmit={submitScan} noValidate>
        <TextField
          inputRef={scanRef}
          label={t('till.sell.scan')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          helperText={scanning > 0 ? t('till.sell.scanning') : t('till.sell.scanHelp')}
          autoComplete="off"
          fullWidth
          slotProps={{ htmlInput: { maxLength: 64, spellCheck: false, autoCapitalize: 'off' } }}
        />
      </form>
      {warning && <Alert severity="warning">{warning}</Alert>}
      {failure && (
        <ErrorAlert
          error={failure.error}
          messages={{ NOT_FOUND: t('till.sell.scanNotFound', { text: failure.text }), CONFLICT: t('till.sell.scanRefused', { text: failure.text }) }}
        />
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <PlanKeys plans={plans.data} error={plans.error} onPick={addPlanKey} />
        <TextField
          label={t('till.sell.quantity')}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
          helperText={t('till.sell.quantityHelp')}
          autoComplete="off"
          size="small"
          sx={{ width: 140, flexShrink: 0 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
        />
      </Stack>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <CartTable lines={lines} onRemove={(key) => changeLines(cartRef.current.filter((line) => line.key !== key))} />
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
          <Typography variant="h3" component="p" role="status" aria-label={t('till.sell.total')} sx={{ flexGrow: 1 }}>
            {t('till.sell.total')}: {format.money(total)}
          </Typography>
          <Button onClick={clear} disabled={lines.length === 0}>
            {t('till.sell.clear')}
          </Button>
          <Button variant="contained" size="large" onClick={() => void openPayment()} disabled={lines.length === 0}>
            {t('till.sell.pay')}
          </Button>
        </Stack>
      </Paper>
      {paying && (
        <PaymentDialog
          mode="sale"
          title={t('till.pay.saleTitle', { total: format.money(total) })}
          amountMinor={total}
          pending={sell.isPending}
          error={sell.error}
          onSubmit={pay}
          onClose={() => {
            sell.reset();
            setPaying(false);
            focusScan();
          }}
        />
      )}
    </Stack>
  );
}
