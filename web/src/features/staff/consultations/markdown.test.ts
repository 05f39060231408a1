import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderMarkdown('# Park\n\n- zieleń\n\nhttps://um.warszawa.pl');
    expect(html).toContain('<h1>Park</h1>');
    expect(html).toContain('<li>zieleń</li>');
    expect(html).toContain('<a href="https://um.warszawa.pl">');
  });

  it('escapes raw HTML and refuses script links', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('href="javascript:');
  });
});
