import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/index.js';
import { htmlBlockText } from '../../src/read/_markdownHtml.js';

const article = (body: string): string => readMarkdown(`# Siege of Foo\n\nFrench jets struck Gao.\n\n${body}\n\nThe town fell.\n`, 'foo.md').text;

// Raw HTML in an article's body, and the words that must survive it.
const HOSTILE: [input: string, kept: string[], dropped: string[]][] = [
  ['<script>\nThe strikes continued.', ['The strikes continued.'], []],
  ['<script>track("x")\n\nThe strikes continued.', ['The strikes continued.'], ['track']],
  ['<script>\nvar a = 1;\n\nvar b = 2;\n</script>\nThe strikes continued.', ['The strikes continued.'], ['var a', 'var b']],
  ['<script>track()</script>\nThe strikes continued.', ['The strikes continued.'], ['track']],
  ['<style>p { color: red }</style>\nThe strikes continued.', ['The strikes continued.'], ['color']],
  ['<!-- a note\nThe strikes continued.', ['The strikes continued.'], ['a note']],
  ['<!-- a note -->\nThe strikes continued.', ['The strikes continued.'], ['a note']],
  ['<div class="note">\nThe strikes **continued**.\n</div>', ['The strikes continued.'], ['<div', '**']],
  ['<div>\nThe strikes continued.', ['The strikes continued.'], ['<div']],
  ['<span>\nThe strikes continued.', ['The strikes continued.'], ['<span']],
  ['<p>One.</p><p>Two.</p>', ['One.', 'Two.'], ['One.Two.']],
  ['<script>\n## Aftermath\n\nThe strikes continued.', ['== Aftermath ==', 'The strikes continued.'], []],
  ['<!DOCTYPE html>\n<?php echo 1 ?>\nThe strikes continued.', ['The strikes continued.'], ['DOCTYPE', 'php']],
];

describe('raw HTML in Markdown', () => {
  it.each(HOSTILE)('%j keeps the words around it', (input, kept, dropped) => {
    const text = article(input);
    expect(text).toContain('French jets struck Gao.');
    expect(text).toContain('The town fell.');
    for (const words of kept) expect(text).toContain(words);
    for (const words of dropped) expect(text).not.toContain(words);
  });

  it('keeps a link inside an HTML block with its page', () => {
    const read = readMarkdown('# Siege of Foo\n\n<div>\n[MOJWA](./Movement_for_Oneness_and_Jihad_in_West_Africa) fled.\n</div>\n', 'foo.md');
    expect(read.text).toContain('MOJWA fled.');
    expect(read.links.map((l) => l.target)).toContain('Movement for Oneness and Jihad in West Africa');
  });

  it('takes linear time over many unclosed openings', () => {
    const started = performance.now();
    expect(htmlBlockText('<script>\n<!--\n<?x\n'.repeat(30_000)).trim()).toBe('');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
