import type { Comment } from './consultation.queries';

export type Stance = NonNullable<Comment['stance']>;

/** How a stance is drawn: a colour and, so colour is never alone, a shape with a sign. */
export type StanceStyle = {
  /** Okabe–Ito colours, told apart with every common colour-vision deficiency. */
  color: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle';
  sign: string;
};

export const stances: readonly Stance[] = ['SUPPORT', 'OBJECTION', 'PROPOSAL', 'QUESTION'];

const styles: Record<Stance, StanceStyle> = {
  SUPPORT: { color: '#009E73', shape: 'circle', sign: '+' },
  OBJECTION: { color: '#D55E00', shape: 'square', sign: '−' },
  PROPOSAL: { color: '#0072B2', shape: 'diamond', sign: '!' },
  QUESTION: { color: '#E69F00', shape: 'triangle', sign: '?' },
};

/** The style of a stance; replies (no stance) are drawn like nothing else: grey. */
export function stanceStyle(stance: Stance | null | undefined): StanceStyle {
  return stance ? styles[stance] : { color: '#6b7280', shape: 'circle', sign: '·' };
}

/** The map image name of a stance's marker (drawn on demand: see mapImages). */
export function stanceImage(stance: Stance): string {
  return `plac-stance-${stance}`;
}
