import { describe, expect, it } from 'vitest';
import {
  auditFilterOf,
  csvHref,
  daysReversed,
  formFromParams,
  paramsFromForm,
} from './auditFilter';

const empty = { actor: '', action: '', type: '', object: '', from: '', to: '' };

describe('the audit filter in the address', () => {
  it('keeps only what is set, and reads back the same', () => {
    const form = { ...empty, action: 'role.grant', from: '2026-03-01' };
    const params = paramsFromForm(form);
    expect(params.toString()).toBe('action=role.grant&from=2026-03-01');
    expect(formFromParams(params)).toEqual(form);
  });
});

describe('auditFilterOf', () => {
  it('sends nothing for an empty form', () => {
    expect(auditFilterOf(empty)).toEqual({});
  });

  it('names the actor, action and object, and takes both days whole in Warsaw time', () => {
    const filter = auditFilterOf({
      actor: 'u1',
      action: 'user.verify',
      type: 'User',
      object: 'u2',
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(filter).toEqual({
      actorId: 'u1',
      action: 'user.verify',
      targetType: 'User',
      targetId: 'u2',
      since: '2026-02-28T23:00:00.000Z',
      until: '2026-03-01T23:00:00.000Z',
    });
  });

  it('takes a typed e-mail as the actor’s e-mail, anything else as an account id', () => {
    expect(auditFilterOf({ ...empty, actor: 'Admin@plac.local' })).toEqual({
      actorEmail: 'Admin@plac.local',
    });
    expect(auditFilterOf({ ...empty, actor: 'u1' })).toEqual({ actorId: 'u1' });
  });

  it('leaves out a day that is not one', () => {
    expect(auditFilterOf({ ...empty, from: '2026-02-31' })).toEqual({});
  });
});

describe('daysReversed', () => {
  it('is true only when both days are set and from comes after to', () => {
    expect(daysReversed({ ...empty, from: '2026-03-02', to: '2026-03-01' })).toBe(true);
    expect(daysReversed({ ...empty, from: '2026-03-01', to: '2026-03-01' })).toBe(false);
    expect(daysReversed({ ...empty, from: '2026-03-02' })).toBe(false);
  });
});

describe('csvHref', () => {
  it('exports everything, or Polish Excel, when nothing is filtered', () => {
    expect(csvHref(empty, 'csv')).toBe('/audit.csv');
    expect(csvHref(empty, 'excel')).toBe('/audit.csv?format=excel');
  });

  it('passes the filters as the route names them, days as Warsaw instants', () => {
    const href = csvHref(
      { ...empty, actor: 'a@plac.local', type: 'User', object: 'u2', from: '2026-07-01' },
      'excel',
    );
    expect(new URL(href, 'http://plac').searchParams.toString()).toBe(
      'actor=a%40plac.local&targetType=User&targetId=u2&since=2026-06-30T22%3A00%3A00.000Z&format=excel',
    );
  });
});
