import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen, in a region the keyboard can reach so that
 * its hidden columns can be scrolled to (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard.
    // biome-ignore lint/a11y/useSemanticElements: a section would add a landmark per table; this is only its scroller.
    <div className="tally-table" role="region" aria-label={label} tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}
