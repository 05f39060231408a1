import { describe, expect, it } from 'vitest';
import { currentEdition } from './useHomeData';

const edition = (id: string, currentPhase: 'VOTING' | 'RESULTS' | null) => ({
  id,
  title: id,
  currentPhase,
});

describe('currentEdition', () => {
  it('is the newest edition under way', () => {
    const editions = [edition('2028', null), edition('2027', 'VOTING'), edition('2026', 'RESULTS')];
    expect(currentEdition(editions)?.id).toBe('2027');
  });

  it('is none between editions or when there are none', () => {
    expect(currentEdition([edition('2021', null)])).toBeNull();
    expect(currentEdition([])).toBeNull();
  });
});
