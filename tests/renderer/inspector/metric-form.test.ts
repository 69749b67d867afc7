/** The inspector's field checks agree with the selection schema's limits. */
import { describe, expect, it } from 'vitest';
import { checkLabel, checkUnit, checkValue } from '../../../renderer/src/inspector/metric-form.js';
import { MetricEditSchema } from '../../../main/engine/selection/schema.js';

describe('metric form checks', () => {
  it('accepts what the selection schema accepts, trimmed', () => {
    const label = checkLabel('  粮食面积 ');
    const unit = checkUnit('亩');
    const value = checkValue('13.9万');
    expect([label, unit, value]).toEqual([
      { ok: true, value: '粮食面积' },
      { ok: true, value: '亩' },
      { ok: true, value: 139000 },
    ]);
    if (label.ok && unit.ok && value.ok) expect(MetricEditSchema.safeParse({ label: label.value, unit: unit.value, value: value.value }).success).toBe(true);
  });

  it('refuses an empty or too long label and a too long unit with a message', () => {
    expect(checkLabel('   ')).toEqual({ ok: false, error: 'inspector.invalidLabel' });
    expect(checkLabel('字'.repeat(61))).toEqual({ ok: false, error: 'inspector.invalidLabel' });
    expect(checkLabel('字'.repeat(60)).ok).toBe(true);
    expect(checkUnit('单'.repeat(21))).toEqual({ ok: false, error: 'inspector.invalidUnit' });
    expect(checkValue('很多')).toEqual({ ok: false, error: 'inspector.invalidValue' });
  });
});
