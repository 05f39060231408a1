import MarkdownIt from 'markdown-it';

// Raw HTML is escaped, not passed through, and markdown-it refuses javascript: and data: links:
// what a planner writes cannot run script in a resident's browser.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

export const renderMarkdown = (source: string) => markdown.render(source);
