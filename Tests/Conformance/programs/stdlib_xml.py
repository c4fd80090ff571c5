# pyexpat on libexpat, and the XML stack built on it: ElementTree, minidom, sax, plistlib.
import io
import pyexpat
from xml.parsers import expat

print(type(expat.EXPAT_VERSION).__name__, len(expat.version_info), expat.native_encoding)
print(expat.errors.XML_ERROR_SYNTAX, expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH])
print(expat.errors.messages[4], expat.ErrorString(7))
print(expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_REP, expat.error is expat.ExpatError)
print(pyexpat.errors, pyexpat.model, expat.ExpatError, expat.XMLParserType, expat.ErrorString(0))

events = []
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: events.append(("start", name, attrs))
p.EndElementHandler = lambda name: events.append(("end", name))
p.CharacterDataHandler = lambda data: events.append(("data", data))
p.CommentHandler = lambda data: events.append(("comment", data))
p.ProcessingInstructionHandler = lambda target, data: events.append(("pi", target, data))
p.XmlDeclHandler = lambda version, encoding, standalone: events.append(("xmldecl", version, encoding, standalone))
p.StartCdataSectionHandler = lambda: events.append("cdata[")
p.EndCdataSectionHandler = lambda: events.append("]cdata")
p.buffer_text = True
print(p.Parse(b"<?xml version='1.0'?><root a='1' b='2'><!-- c --><?go now?>hi &amp; ", False))
print(p.buffer_used, p.buffer_size, p.buffer_text)
print(p.Parse("there<x/><![CDATA[<raw>]]>\u00e9</root>", True))
for e in events:
    print(e)

p = expat.ParserCreate(namespace_separator=" ")
p.ordered_attributes = True
p.namespace_prefixes = True
p.StartNamespaceDeclHandler = lambda prefix, uri: print("ns", prefix, uri)
p.StartElementHandler = lambda name, attrs: print("start", repr(name), attrs)
p.Parse('<p:r xmlns:p="urn:p" p:z="1" a="2"><p:c/></p:r>', True)

p = expat.ParserCreate()
p.ElementDeclHandler = lambda name, model: print("element", name, model)
p.AttlistDeclHandler = lambda *a: print("attlist", a)
p.EntityDeclHandler = lambda *a: print("entity", a)
p.StartDoctypeDeclHandler = lambda *a: print("doctype", a)
p.Parse('<!DOCTYPE r [<!ELEMENT r (a, b*)><!ATTLIST r x CDATA "d"><!ENTITY e "val">]><r/>', True)

p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: print(name, p.CurrentLineNumber, p.CurrentColumnNumber, p.GetInputContext())
p.ParseFile(io.BytesIO(b"<a>\n  <b c='d'/>\n</a>"))
p.SetBase("http://example.com/")
print(p.GetBase(), p.GetInputContext())

for doc in ["<a><b></a>", "<a>", "<a/><b/>", "<a x='1' x='2'/>", "&undefined;"]:
    p = expat.ParserCreate()
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        print(repr(doc), e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorByteIndex)

def fails(*args):
    raise KeyError("from handler")
p = expat.ParserCreate()
p.StartElementHandler = fails
try:
    p.Parse("<a><b/></a>", True)
except KeyError as e:
    print("handler raised", e)

p = expat.ParserCreate()
p.CharacterDataHandler = lambda data: print("latin-9 text", ascii(data))
p.Parse(b"<?xml version='1.0' encoding='iso-8859-15'?><t>\xa4</t>", True)

for bad in [dict(namespace_separator="ab"), dict(intern=[]), dict(encoding=1)]:
    try:
        expat.ParserCreate(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import weakref
for call in [lambda: expat.ErrorString(2**70), lambda: weakref.ref(expat.ParserCreate())]:
    try:
        call()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
p = expat.ParserCreate()
for name, value in [("buffer_size", 0), ("buffer_size", "x")]:
    try:
        setattr(p, name, value)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

import xml.etree.ElementTree as ET
root = ET.fromstring('<root><a x="1">t<b/>tail</a><c>\u00fc</c></root>')
print(root.tag, [e.tag for e in root.iter()], root.find("a").get("x"), root.findtext("c"))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root))
for event, element in ET.iterparse(io.BytesIO(b"<r><i>1</i><i>2</i></r>"), events=("start", "end")):
    print(event, element.tag, element.text)
tree = ET.ElementTree(ET.fromstring('<r xmlns:p="urn:p"><p:x/></r>'))
print([e.tag for e in tree.iter()])
try:
    ET.fromstring("<a>")
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
pull = ET.XMLPullParser(["end"])
pull.feed("<a><b/>")
print([e[1].tag for e in pull.read_events()])

import xml.dom.minidom
d = xml.dom.minidom.parseString('<doc a="1"><e>text</e><!--c--></doc>')
print(d.documentElement.tagName, d.documentElement.getAttribute("a"), d.toxml())
print(d.toprettyxml(indent=" "))

import xml.sax
import xml.sax.handler
class Handler(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs):
        print("sax start", name, dict(attrs))
    def characters(self, content):
        print("sax chars", repr(content))
    def endElement(self, name):
        print("sax end", name)
xml.sax.parseString(b'<x y="z">hi</x>', Handler())

import plistlib
import datetime
data = {"a": 1, "b": [1.5, True, "x"], "c": b"bytes", "d": datetime.datetime(2020, 1, 2, 3, 4, 5), "e": {"n": "v"}}
text = plistlib.dumps(data)
print(text.decode())
print(plistlib.loads(text) == data, plistlib.loads(plistlib.dumps(data, fmt=plistlib.FMT_BINARY)) == data)
