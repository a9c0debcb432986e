import { describe, expect, it } from 'vitest';
import { storeTarget, type StoreTarget } from '../../src/store/storeTarget.js';

describe('storeTarget', () => {
  it.each<[string, string | undefined, NodeJS.ProcessEnv, StoreTarget]>([
    ['nothing given', undefined, {}, { kind: 'pglite', folder: '/work/.annals' }],
    ['ANNALS_DB', undefined, { ANNALS_DB: 'data/store' }, { kind: 'pglite', folder: '/work/data/store' }],
    ['an empty ANNALS_DB', undefined, { ANNALS_DB: '' }, { kind: 'pglite', folder: '/work/.annals' }],
    ['--db over ANNALS_DB', '/var/annals', { ANNALS_DB: 'ignored' }, { kind: 'pglite', folder: '/var/annals' }],
    ['a postgres:// URL', 'postgres://u@db:5432/annals', {}, { kind: 'postgres', url: 'postgres://u@db:5432/annals' }],
    ['a postgresql:// URL in ANNALS_DB', undefined, { ANNALS_DB: 'postgresql://db/annals' }, { kind: 'postgres', url: 'postgresql://db/annals' }],
  ])('reads %s', (_, db, env, expected) => {
    expect(storeTarget(db, env, '/work')).toEqual(expected);
  });
});
