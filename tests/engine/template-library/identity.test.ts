import { describe, expect, it } from 'vitest';
import { idFromName, uniqueIdentity } from '../../../main/engine/template-library/identity.js';

const gov = { id: 'gov-blue', name: { zh: '政务蓝', en: 'Government Blue' } };

describe('uniqueIdentity', () => {
  it('keeps what is free and numbers only what clashes, with the smallest free number', () => {
    const mine = { id: 'county', name: { zh: '县委蓝', en: 'County Blue' } };
    expect(uniqueIdentity(mine, [gov])).toBe(mine);
    expect(uniqueIdentity(gov, [gov])).toEqual({ id: 'gov-blue-2', name: { zh: '政务蓝 2', en: 'Government Blue 2' } });
    expect(uniqueIdentity(gov, [gov, { id: 'gov-blue-2', name: { zh: 'x', en: 'y' } }])).toEqual({ id: 'gov-blue-3', name: { zh: '政务蓝 2', en: 'Government Blue 2' } });
    // Only the id is taken: the names the user chose stay as they are.
    expect(uniqueIdentity({ id: 'gov-blue', name: { zh: '焦点', en: 'Focus' } }, [gov])).toEqual({ id: 'gov-blue-2', name: { zh: '焦点', en: 'Focus' } });
    // A name matches whatever case, and either language of another pack (--template finds packs by any name).
    expect(uniqueIdentity({ id: 'other', name: { zh: '别的', en: 'government blue' } }, [gov]).name).toEqual({ zh: '别的 2', en: 'government blue 2' });
    // An id equal to another pack's name would make --template ambiguous too.
    expect(uniqueIdentity({ id: 'focus', name: { zh: 'f', en: 'g' } }, [{ id: 'x', name: { zh: 'focus', en: 'X' } }]).id).toBe('focus-2');
  });

  it('keeps numbered ids and names within their length limits', () => {
    const long = { id: 'a'.repeat(40), name: { zh: '长'.repeat(40), en: 'e'.repeat(60) } };
    const unique = uniqueIdentity(long, [long]);
    expect(unique.id).toBe(`${'a'.repeat(38)}-2`);
    expect(unique.name.zh).toHaveLength(40);
    expect(unique.name.en).toHaveLength(60);
  });
});

describe('idFromName', () => {
  it('makes an id from latin letters and digits, and nothing from a name without them', () => {
    expect(idFromName('Office Blue 2024')).toBe('office-blue-2024');
    expect(idFromName('  Café — Rouge! ')).toBe('cafe-rouge');
    expect(idFromName('县委办蓝')).toBeUndefined();
    expect(idFromName('县委 Blue')).toBe('blue');
  });
});
