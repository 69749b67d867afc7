/**
 * Checking what the user typed into the inspector before it becomes an edit: the same limits as the selection
 * schema (label 1–60 characters, unit at most 20, value a finite number), with the value read as 13.9万 etc.
 * Pure; the inspector shows the returned message key next to the field.
 */
import type { MessageKey } from '../i18n/messages.js';
import { parseValue } from './value-input.js';

export type FieldCheck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MessageKey };

export function checkLabel(input: string): FieldCheck<string> {
  const label = input.trim();
  return label.length >= 1 && [...label].length <= 60 ? { ok: true, value: label } : { ok: false, error: 'inspector.invalidLabel' };
}

export function checkUnit(input: string): FieldCheck<string> {
  const unit = input.trim();
  return [...unit].length <= 20 ? { ok: true, value: unit } : { ok: false, error: 'inspector.invalidUnit' };
}

export function checkValue(input: string): FieldCheck<number> {
  const parsed = parseValue(input);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: 'inspector.invalidValue' };
}
