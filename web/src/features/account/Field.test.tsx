import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field } from './Field';

describe('Field', () => {
  it('ties its hint and its error to the input, and marks it invalid', () => {
    const html = renderToStaticMarkup(
      <Field
        label="Hasło"
        hint="Co najmniej 12 znaków."
        error="Za krótkie."
        value="abc"
        readOnly
      />,
    );
    const describedBy = html.match(/aria-describedby="([^"]+)"/)?.[1]?.split(' ') ?? [];
    expect(describedBy).toHaveLength(2);
    expect(html).toContain(`id="${describedBy[0]}" class="account-hint">Co najmniej 12 znaków.`);
    expect(html).toContain(`id="${describedBy[1]}" class="account-error">Za krótkie.`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="abc"');
  });

  it('is neither invalid nor described by an error without one', () => {
    const html = renderToStaticMarkup(<Field label="E-mail" />);
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
    expect(html).toMatch(/<label for="([^"]+)">E-mail<\/label><input id="\1"/);
  });
});
