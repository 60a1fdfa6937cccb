/**
 * Template tags of the site generators documentation is written with: Liquid and
 * Jinja statements `{% … %}`, expressions `{{ … }}`, comments `{# … #}`, and
 * MkDocs/FastAPI includes `{* … *}`. Bounded so that an unclosed tag costs linear time.
 */
const templateTag = /\{%[^%]{0,2000}%\}|\{\{[^{}]{0,2000}\}\}|\{#[^#]{0,2000}#\}|\{\*[^*]{0,2000}\*\}/gu

/**
 * The text with its template tags removed: what is left is what a reader
 * sees as words (a block of tags only leaves white space).
 *
 * @example
 *   stripTemplateTags('{% capture note %} Read this {% endcapture %}') // => '  Read this  '
 */
export function stripTemplateTags(text: string): string {
  return text.replace(templateTag, ' ')
}
