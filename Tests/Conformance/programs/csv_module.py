# csv on the native _csv: the reader's state machine over every dialect option, strict
# mode, line numbers and the field size limit; the writer's quoting modes, escapes and
# line terminators; Dialect validation and the registry; errors with CPython's words.
import _csv
import csv
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def read(lines, **kw):
    return list(csv.reader(lines, **kw))


def write(rows, **kw):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    w.writerows(rows)
    return out.getvalue()


attempt("plain", lambda: read(["a,b,c", "1,2,3"]))
attempt("quoted", lambda: read(['"a,b","c""d",e']))
attempt("multiline quoted", lambda: read(['"a\n', 'b",c']))
attempt("crlf", lambda: read(["a,b\r\n", "c,d\r\n"]))
attempt("empty lines", lambda: read(["", "a", "", "b,"]))
attempt("nul", lambda: read(["a\0b,c"]))
attempt("delimiter", lambda: read(["a;b;c"], delimiter=";"))
attempt("tab dialect", lambda: read(["a\tb"], dialect="excel-tab"))
attempt("skipinitialspace", lambda: read(["a,  b, c"], skipinitialspace=True))
attempt("escapechar", lambda: read(["a\\,b,c"], escapechar="\\"))
attempt("escape in quotes", lambda: read(['"a\\"b",c'], escapechar="\\", doublequote=False))
attempt("escaped eol", lambda: read(["a\\", "b"], escapechar="\\"))
attempt("quote_none", lambda: read(['"a",b'], quoting=csv.QUOTE_NONE))
attempt("nonnumeric", lambda: read(['1,"2",3.5,'], quoting=csv.QUOTE_NONNUMERIC))
attempt("nonnumeric bad", lambda: read(["x"], quoting=csv.QUOTE_NONNUMERIC))
attempt("lenient", lambda: read(['"a"b,c']))
attempt("strict", lambda: read(['"a"b,c'], strict=True))
attempt("strict eof", lambda: read(['"abc'], strict=True))
attempt("lenient eof", lambda: read(['"abc']))
attempt("newline in field", lambda: read(["a\rb"]))
attempt("bytes", lambda: read([b"a,b"]))
attempt("wide", lambda: read(["é,ü,\u20ac,\U0001f600"]))

r = csv.reader(["a", '"b', 'c"', "d"])
for row in r:
    print("line_num", r.line_num, row)
print(type(r).__name__, r.dialect.delimiter)

old = csv.field_size_limit(5)
attempt("limit", lambda: read(["abcdef"]))
attempt("under limit", lambda: read(["abcde"]))
print("old limit", old, csv.field_size_limit(old))
attempt("limit type", lambda: csv.field_size_limit("5"))

attempt("minimal", lambda: write([["a", "b,c", 'd"e', "f\ng", None, 1, 2.5]]))
attempt("all", lambda: write([["a", 1, None]], quoting=csv.QUOTE_ALL))
attempt("nonnumeric w", lambda: write([["a", 1, 2.5, None]], quoting=csv.QUOTE_NONNUMERIC))
attempt("none w", lambda: write([["a,b"]], quoting=csv.QUOTE_NONE, escapechar="\\"))
attempt("none w no escape", lambda: write([["a,b"]], quoting=csv.QUOTE_NONE))
attempt("no doublequote", lambda: write([['a"b']], doublequote=False, escapechar="\\"))
attempt("no doublequote no escape", lambda: write([['a"b']], doublequote=False))
attempt("terminator", lambda: write([["a", "b"], ["c"]], lineterminator="\n"))
attempt("single empty", lambda: write([[""]]))
attempt("single empty none", lambda: write([[""]], quoting=csv.QUOTE_NONE))
attempt("empty row", lambda: write([[]]))
attempt("not iterable", lambda: write([1]))
attempt("no write", lambda: csv.writer(1))
attempt("writerow result", lambda: csv.writer(io.StringIO()).writerow(["abc"]))

for options in [dict(delimiter=""), dict(delimiter=None), dict(delimiter=1), dict(quotechar=1),
                dict(quotechar="ab"), dict(escapechar=""), dict(lineterminator=None),
                dict(lineterminator=1), dict(quoting=7), dict(quoting="1"), dict(quoting=2**40),
                dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(bogus=1)]:
    attempt(f"Dialect{options}", lambda: _csv.Dialect(**options).delimiter)
d = _csv.Dialect(quotechar=None)
print(d.delimiter, d.quotechar, d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
attempt("reuse", lambda: _csv.Dialect(d) is d)
attempt("readonly getset", lambda: setattr(d, "delimiter", ";"))
attempt("readonly member", lambda: setattr(d, "strict", True))
attempt("too many", lambda: _csv.Dialect(*range(10)))
attempt("twice", lambda: _csv.Dialect(None, ",", delimiter=","))
attempt("reader args", lambda: _csv.reader())


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semi)
csv.register_dialect("pipes", delimiter="|")
print(sorted(csv.list_dialects()))
print(csv.get_dialect("semi").delimiter, csv.get_dialect("pipes").delimiter)
attempt("semi write", lambda: write([["a;b", "c"]], dialect="semi"))
csv.unregister_dialect("semi")
attempt("unknown", lambda: csv.get_dialect("semi"))
attempt("unregister unknown", lambda: csv.unregister_dialect("semi"))
attempt("name type", lambda: csv.register_dialect(1))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"])
dw.writeheader()
dw.writerow({"x": 1, "y": "two"})
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO(out.getvalue()))))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)
print(_csv.__version__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, _csv.Error.__mro__[1].__name__)
