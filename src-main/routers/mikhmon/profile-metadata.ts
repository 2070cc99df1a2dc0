/**
 * MikHmon keeps a profile's price and expiry settings in the first line of its on-login script:
 * `:put (",rem,5000,1d,6000,,Disable,");` split on `,` gives [1] mode, [2] price, [3] validity,
 * [4] selling price, [6] MAC lock. "No expiry" profiles are written `:put (",,5000,,,noexp,Disable,")`
 * (empty mode, `noexp` in [5]). The `:put` only prints; the router never acts on it, which is why
 * MikHmon (and this import) can treat it as a data record.
 */
import { parseRouterDuration } from './duration';
import { parseOptionalPrice } from './price';
import { fail, ok, quote, type Parsed } from './result';
import type { MikhmonExpiryMode, MikhmonProfileMetadata } from './types';

const PUT_LINE = /^\s*:put\s*\(\s*"([^"]*)"\s*\)/;
const EXPIRING_MODES: readonly MikhmonExpiryMode[] = ['rem', 'ntf', 'remc', 'ntfc'];

/** `null`: the script carries no MikHmon metadata (a plain profile), which is not a problem. */
export function parseProfileMetadata(onLogin: string | undefined, exponent: number): Parsed<MikhmonProfileMetadata> | null {
  if (onLogin === undefined) return null;
  const put = PUT_LINE.exec(onLogin);
  if (!put) return null;
  const fields = (put[1] ?? '').split(',');
  // A MikHmon record starts with a comma and has at least the lock field; other :put lines are not ours.
  if (fields[0] !== '' || fields.length < 7) return null;
  const [, modeText = '', priceText, validityText = '', sellingText, noExpiry = '', lockText = ''] = fields;

  let mode: MikhmonExpiryMode;
  if ((EXPIRING_MODES as readonly string[]).includes(modeText)) mode = modeText as MikhmonExpiryMode;
  else if (modeText === '0' || (modeText === '' && noExpiry === 'noexp')) mode = '0';
  else return fail(`unknown MikHmon expiry mode ${quote(modeText)}`);

  let validityMs: number | null = null;
  if (mode !== '0') {
    const validity = parseRouterDuration(validityText);
    if (!validity.ok) return fail(`validity: ${validity.reason}`);
    if (validity.value === 0) return fail('validity is zero for an expiring profile');
    validityMs = validity.value;
  }

  const price = parseOptionalPrice(priceText, exponent);
  if (!price.ok) return fail(`price: ${price.reason}`);
  const selling = parseOptionalPrice(sellingText, exponent);
  if (!selling.ok) return fail(`selling price: ${selling.reason}`);

  // MikHmon's generator reads an empty lock field as Disable.
  if (lockText !== 'Enable' && lockText !== 'Disable' && lockText !== '') {
    return fail(`MAC lock ${quote(lockText)} is neither Enable nor Disable`);
  }

  return ok({
    mode,
    priceMinor: price.value,
    sellingPriceMinor: selling.value,
    validityMs,
    validityText: validityText.trim(),
    macLock: lockText === 'Enable',
  });
}
