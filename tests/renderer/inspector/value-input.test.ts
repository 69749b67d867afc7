/** Reading and showing values with 万/亿, and the round trip between them. */
import { describe, expect, it } from 'vitest';
import { formatValue, parseValue } from '../../../renderer/src/inspector/value-input.js';

describe('value input', () => {
  it('reads 万 and 亿 as people write them', () => {
    expect(parseValue('13.9万')).toEqual({ ok: true, value: 139000 });
    expect(parseValue('1.68亿')).toEqual({ ok: true, value: 168000000 });
    expect(parseValue('1,008')).toEqual({ ok: true, value: 1008 });
    expect(parseValue(' 70 ')).toEqual({ ok: true, value: 70 });
    expect(parseValue('１２.５万')).toEqual({ ok: true, value: 125000 });
    expect(parseValue('-3.5')).toEqual({ ok: true, value: -3.5 });
  });

  it('refuses what is not a number', () => {
    for (const input of ['', '万', 'abc', '12亩', '1.2.3', '1e5', '--1']) expect(parseValue(input).ok).toBe(false);
  });

  it('shows large values with 万/亿 when exact, small ones as they are', () => {
    expect(formatValue(139000)).toBe('13.9万');
    expect(formatValue(168000000)).toBe('1.68亿');
    expect(formatValue(22167)).toBe('22167');
    expect(formatValue(70)).toBe('70');
    expect(formatValue(123456.789)).toBe('123456.789');
  });

  it('round-trips every value it shows', () => {
    for (const value of [0, 1, 99999, 100000, 139000, 1234567, 168000000, 6952000000, 0.5, 123456.789, -250000]) {
      expect(parseValue(formatValue(value))).toEqual({ ok: true, value });
    }
  });
});
