import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_HTML_TEXT } from '../../../lib/parse/html-to-text';

describe('htmlToText', () => {
  it('never shows script, style, head or comment content', () => {
    const html = `<!DOCTYPE html><html><head><title>TITLE_MARK</title><meta charset="utf-8">
      <style>p { color: red } /* STYLE_MARK */</style></head>
      <body><p>Visible</p><script type="text/javascript">var x = "SCRIPT_MARK";</script>
      <!-- COMMENT_MARK --><p>also visible</p><script>UNCLOSED_MARK`;
    const { text } = htmlToText(html);
    expect(text).toContain('Visible');
    expect(text).toContain('also visible');
    for (const mark of ['TITLE_MARK', 'STYLE_MARK', 'SCRIPT_MARK', 'COMMENT_MARK', 'UNCLOSED_MARK']) {
      expect(text).not.toContain(mark);
    }
    expect(text).not.toMatch(/<\/?[a-z!]/i);
  });

  it('keeps what a link shows next to where it really goes', () => {
    const { text, links } = htmlToText(
      '<p>Please log in: <a href="http://198.51.100.7/login.php?u=1&amp;next=%2F">https://www.alibaba.com/<br>secure</a></p>' +
        '<a href=\'mailto:buyer@acme.example\'>write us</a> <a name="top">no href</a>' +
        '<a href="https://t.example/x"><img src="cid:1" alt="Download PO"></a>',
    );
    expect(links).toEqual([
      { text: 'https://www.alibaba.com/ secure', href: 'http://198.51.100.7/login.php?u=1&next=%2F' },
      { text: 'write us', href: 'mailto:buyer@acme.example' },
      { text: 'Download PO', href: 'https://t.example/x' },
    ]);
    expect(text).toContain('Please log in: https://www.alibaba.com/\nsecure');
  });

  it('drops the tabs and newlines phishers hide inside a URL', () => {
    const { links } = htmlToText('<a href="http://evil&#x2e;example/\n\tlogin">x</a>');
    expect(links[0]?.href).toBe('http://evil.example/login');
  });

  it('decodes named and numeric entities', () => {
    const { text } = htmlToText('<p>Tom &amp; Jerry &lt;b&gt; caf&eacute; 5&nbsp;pcs &#8364;20 &#x4E2D;&#22269; &rsquo;quote&rdquo; &#146;s &bogus; &amp</p>');
    expect(text).toBe('Tom & Jerry <b> café 5 pcs €20 中国 ’quote” ’s &bogus; &');
  });

  it('turns blocks, line breaks, list items and table cells into lines', () => {
    const { text } = htmlToText(
      '<div>Dear Sir,</div><div><br></div><div>We need:</div><ul><li>AQ-4 pumps</li><li>cables</li></ul>' +
        '<table><tr><td>Model</td><td>Qty</td></tr><tr><td>AQ-4</td><td>60 sets</td></tr></table>' +
        '<p>Regards<br>Faisal</p><p>Procurement</p>',
    );
    expect(text).toBe('Dear Sir,\n\nWe need:\n- AQ-4 pumps\n- cables\nModel | Qty\nAQ-4 | 60 sets\n\nRegards\nFaisal\n\nProcurement');
  });

  it('collapses layout whitespace and runs of blank lines', () => {
    const { text } = htmlToText('<p>  a \n\t b  </p><br><br><br><br><br><p>c</p>\n\n\n');
    expect(text).toBe('a b\n\nc');
  });

  it('keeps <pre> line structure', () => {
    expect(htmlToText('<pre>Item   Qty\nAQ-4   60</pre>').text).toBe('Item   Qty\nAQ-4   60');
  });

  it('marks cited blockquotes as quotes, but not layout blockquotes', () => {
    expect(htmlToText('<p>new</p><blockquote type="cite">old<br>older</blockquote>').text).toBe('new\n\n> old\n> older');
    expect(htmlToText('<p>new</p><blockquote class="gmail_quote">old</blockquote>').text).toBe('new\n\n> old');
    expect(htmlToText('<blockquote>indented offer</blockquote>').text).toBe('indented offer');
  });

  it('leaves a lone "<" that is not a tag as text', () => {
    expect(htmlToText('<p>MOQ < 500 pcs, price <= 3 USD</p>').text).toBe('MOQ < 500 pcs, price <= 3 USD');
  });

  const MB = 1_000_000;
  const hostile: Record<string, string> = {
    'nested divs': '<div>'.repeat(100_000) + 'deep' + '</div>'.repeat(100_000),
    'unclosed tags': '<a href="x" '.repeat(MB / 12),
    'lone angle brackets': '<'.repeat(MB),
    'tags inside tags': '<a<b<c'.repeat(MB / 6),
    'giant attribute': `<a href="${'h'.repeat(MB)}">t</a>`,
    'unterminated attribute': `<a href="${'h'.repeat(MB)}`,
    'unterminated comments': '<!--'.repeat(MB / 4),
    'unclosed scripts': '<script>'.repeat(MB / 8),
    'many scripts': '<script>x</script>'.repeat(MB / 17),
    'ampersands and entities': '&amp;&#x1F600;&bogus&'.repeat(MB / 21),
    'nested quotes': '<blockquote type="cite">'.repeat(20_000) + 'a<br>'.repeat(150_000),
    'many list items': '<li>'.repeat(MB / 4) + 'x',
    'many cells': '<td>a'.repeat(MB / 5),
    'many links': '<a href=x>y'.repeat(MB / 11),
    'equals signs': '<p ' + '='.repeat(MB),
    'open quotes': '<p ' + 'a="'.repeat(MB / 3),
  };
  for (const [name, html] of Object.entries(hostile)) {
    it(`completes on 1 MB of ${name} with bounded output`, () => {
      const r = htmlToText(html);
      expect(r.text.length).toBeLessThanOrEqual(Math.min(MAX_HTML_TEXT, html.length * 3));
      expect(r.links.length).toBeLessThanOrEqual(5_000);
      expect(r.text).not.toMatch(/<(?:a|div|script|td|li|p)\b/);
    });
  }
});
