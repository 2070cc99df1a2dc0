/**
 * How many SMS parts a text takes, so the template editor can show what an office pays per message.
 * GSM 03.38 7-bit: 160 characters in one part, 153 per part when split (the rest is the joining
 * header); the extension characters take two. Any other character (emoji, most accents) switches the
 * whole text to UCS-2: 70, or 67 per part.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

export interface SmsParts {
  encoding: 'gsm7' | 'ucs2';
  /** Characters as the user sees them (code points). */
  characters: number;
  parts: number;
}

export function smsParts(text: string): SmsParts {
  const chars = [...text];
  let septets = 0;
  for (const char of chars) {
    if (basic.has(char)) septets += 1;
    else if (extended.has(char)) septets += 2;
    else return ucs2Parts(text, chars.length);
  }
  return { encoding: 'gsm7', characters: chars.length, parts: partsFor(septets, 160, 153) };
}

function ucs2Parts(text: string, characters: number): SmsParts {
  // UCS-2 counts 16-bit units: an emoji outside the BMP takes two.
  return { encoding: 'ucs2', characters, parts: partsFor(text.length, 70, 67) };
}

function partsFor(units: number, single: number, each: number): number {
  if (units === 0) return 0;
  return units <= single ? 1 : Math.ceil(units / each);
}
