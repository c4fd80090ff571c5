# a tiny Markdown-to-HTML converter: headings, emphasis, inline code, links, lists, paragraphs and escaping, using only str methods
DOC = """# Title with *emphasis*
Some text with **bold**, `code <b>` and a [link](http://x.org).
Second line of the same paragraph.

## List & more
- first item
- second *item*
- third with `x < y`

Closing paragraph & done.
"""
def escape(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def inline(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "`":
            j = s.index("`", i + 1); out.append(f"<code>{escape(s[i + 1:j])}</code>"); i = j + 1
        elif s.startswith("**", i):
            j = s.index("**", i + 2); out.append(f"<strong>{inline(s[i + 2:j])}</strong>"); i = j + 2
        elif s[i] == "*":
            j = s.index("*", i + 1); out.append(f"<em>{inline(s[i + 1:j])}</em>"); i = j + 1
        elif s[i] == "[" and "](" in s[i:]:
            close = s.index("](", i); end = s.index(")", close)
            out.append(f'<a href="{s[close + 2:end]}">{inline(s[i + 1:close])}</a>'); i = end + 1
        else:
            out.append(escape(s[i])); i += 1
    return "".join(out)
def convert(doc):
    html, para, items = [], [], []
    def flush():
        if para: html.append("<p>" + " ".join(inline(p) for p in para) + "</p>"); para.clear()
        if items: html.append("<ul>" + "".join(f"<li>{inline(x)}</li>" for x in items) + "</ul>"); items.clear()
    for line in doc.splitlines():
        if not line.strip(): flush()
        elif line.startswith("#"):
            flush(); level = len(line) - len(line.lstrip("#"))
            html.append(f"<h{level}>{inline(line[level:].strip())}</h{level}>")
        elif line.startswith("- "):
            if para: flush()
            items.append(line[2:])
        else:
            para.append(line)
    flush()
    return html
for h in convert(DOC): print(h)
try:
    inline("unterminated `code")
except ValueError as e:
    print(type(e).__name__, e)
