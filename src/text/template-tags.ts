/**
 * Template tags of the site generators documentation is written with: Liquid and
 * Jinja statements `{% … %}`, expressions `{{ … }}`, comments `{# … #}`, and
 * MkDocs/FastAPI includes `{* … *}`, each on one line. Bounded so that an
 * unclosed tag costs linear time.
 */
const templateTag = /\{\{[^{}\n]{0,2000}\}\}|\{%[^%\n]{0,2000}%\}|\{#[^#\n]{0,2000}#\}|\{\*[^*\n]{0,2000}\*\}/gu

/**
 * The template tags of `text`, as written, in order.
 *
 * @example
 *   templateTags('[Next](/{{ page.lang }}/x.html)') // => ['{{ page.lang }}']
 */
export function templateTags(text: string): string[] {
  return [...text.matchAll(templateTag)].map((match) => match[0])
}

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
