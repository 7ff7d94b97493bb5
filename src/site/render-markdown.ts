// Editors' Markdown (notes, profiles) to HTML. Raw HTML is off, so `<script>` stays text, and
// markdown-it refuses javascript:, vbscript:, file: and data: links. The one place where text
// from content/ becomes markup: everything else is escaped by the templates.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

export function renderMarkdown(source: string): string {
  return markdown.render(source).trim();
}

export function renderInlineMarkdown(source: string): string {
  return markdown.renderInline(source).trim();
}
