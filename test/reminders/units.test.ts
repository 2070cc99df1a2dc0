import { describe, expect, it } from 'vitest';
import { smsParts } from '../../src-main/reminders/sms-parts';
import { MessageRenderer, normalizeRecipient } from '../../src-main/reminders/render';
import { withinSendWindow } from '../../src-main/reminders/send-window';
import { gatewayBody } from '../../src-main/reminders/gateway';
import { fillPlaceholders, placeholdersIn, unknownPlaceholders, MESSAGE_PLACEHOLDERS } from '../../src-shared/ipc/schemas/reminders';

describe('reminder building blocks', () => {
  it('counts SMS parts: GSM 7-bit 160/153 with extension characters counted twice, UCS-2 70/67', () => {
    expect(smsParts('')).toEqual({ encoding: 'gsm7', characters: 0, parts: 0 });
    expect(smsParts('a'.repeat(160))).toEqual({ encoding: 'gsm7', characters: 160, parts: 1 });
    expect(smsParts('a'.repeat(161))).toEqual({ encoding: 'gsm7', characters: 161, parts: 2 });
    expect(smsParts('a'.repeat(306))).toMatchObject({ parts: 2 });
    expect(smsParts('a'.repeat(307))).toMatchObject({ parts: 3 });
    expect(smsParts('{'.repeat(80))).toMatchObject({ encoding: 'gsm7', parts: 1 });
    expect(smsParts('{'.repeat(81))).toMatchObject({ encoding: 'gsm7', parts: 2 });
    expect(smsParts('é'.repeat(160))).toMatchObject({ encoding: 'gsm7', parts: 1 });
    expect(smsParts('ê'.repeat(70))).toEqual({ encoding: 'ucs2', characters: 70, parts: 1 });
    expect(smsParts('ê'.repeat(71))).toMatchObject({ encoding: 'ucs2', parts: 2 });
    // An emoji is two UTF-16 units.
    expect(smsParts('🙂'.repeat(35))).toEqual({ encoding: 'ucs2', characters: 35, parts: 1 });
    expect(smsParts('🙂'.repeat(36))).toMatchObject({ parts: 2 });
  });

  it('finds placeholders and leaves other braces alone', () => {
    expect(placeholdersIn('{a} {b_2} {a} { c } {1x} {}')).toEqual(['a', 'b_2']);
    expect(unknownPlaceholders('{customerName} {total}', MESSAGE_PLACEHOLDERS)).toEqual(['total']);
    expect(fillPlaceholders('{x} {y} {z}', { x: '1', y: '$&' })).toBe('1 $& {z}');
  });

  it('escapes values for the gateway body: JSON strings stay valid, form values are URL-encoded', () => {
    const message = { to: '62812', message: 'Line 1\n"quoted" \\ & = ü', channel: 'sms' as const };
    const json = gatewayBody('{"to":"{to}","text":"{message}","c":"{channel}"}', 'json', message);
    expect(JSON.parse(json)).toEqual({ to: '62812', text: message.message, c: 'sms' });
    const form = new URLSearchParams(gatewayBody('to={to}&text={message}', 'form', message));
    expect(form.get('text')).toBe(message.message);
    expect(form.get('to')).toBe('62812');
  });

  it('normalizes recipients with and without a country code', () => {
    expect(normalizeRecipient('0812-3456 (789)', '')).toBe('08123456789');
    expect(normalizeRecipient('0812-3456-789', '62')).toBe('628123456789');
    expect(normalizeRecipient('+62 812 3456', '62')).toBe('628123456');
    expect(normalizeRecipient('0062 812 3456', '62')).toBe('628123456');
    expect(normalizeRecipient('+1 555 0100', '')).toBe('+15550100');
    expect(normalizeRecipient('62812', '62')).toBe('62812');
  });

  it('decides the send window in the office zone, including windows over midnight', () => {
    const at = (local: string) => Date.parse(`${local}+07:00`);
    const zone = 'Asia/Jakarta';
    expect(withinSendWindow(at('2026-01-15T07:59:00'), zone, '08:00', '20:00')).toBe(false);
    expect(withinSendWindow(at('2026-01-15T08:00:00'), zone, '08:00', '20:00')).toBe(true);
    expect(withinSendWindow(at('2026-01-15T19:59:59'), zone, '08:00', '20:00')).toBe(true);
    expect(withinSendWindow(at('2026-01-15T20:00:00'), zone, '08:00', '20:00')).toBe(false);
    expect(withinSendWindow(at('2026-01-15T23:00:00'), zone, '20:00', '06:00')).toBe(true);
    expect(withinSendWindow(at('2026-01-15T05:00:00'), zone, '20:00', '06:00')).toBe(true);
    expect(withinSendWindow(at('2026-01-15T12:00:00'), zone, '20:00', '06:00')).toBe(false);
    expect(withinSendWindow(at('2026-01-15T03:00:00'), zone, '00:00', '00:00')).toBe(true);
  });

  it('formats amounts in the office currency without floats and without no-break spaces', () => {
    const idr = new MessageRenderer({ name: 'X', phone: '', currency: { code: 'IDR', exponent: 0 }, locale: 'id-ID' });
    expect(idr.formatMoney(150_000)).toBe('Rp 150.000');
    expect(idr.formatMoney(-5)).toBe('-Rp 5');
    const usd = new MessageRenderer({ name: 'X', phone: '', currency: { code: 'USD', exponent: 2 }, locale: 'en-US' });
    expect(usd.formatMoney(123_456_789_012_345)).toBe('$1,234,567,890,123.45');
    expect(usd.formatMoney(5)).toBe('$0.05');
    expect(usd.formatDate('2026-01-22')).toBe('Jan 22, 2026');
    expect(idr.formatDate('2026-01-22')).toBe('22 Jan 2026');
  });
});
