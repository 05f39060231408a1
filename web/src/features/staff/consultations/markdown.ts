import MarkdownIt from 'markdown-it';

// The API's rules (api/src/modules/consultations/markdown.ts): raw HTML escaped, javascript:
// and data: links refused, so the preview shows what residents will see and runs no script.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

export const renderMarkdown = (source: string) => markdown.render(source);
