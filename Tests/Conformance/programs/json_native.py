# gc-stress-interval: 50 (imports json, whose re import takes many minutes to load when every allocation collects)
# json through the native _json: the scanner, scanstring, the encoder and their errors.
import json
for f in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({1.5j:1}), lambda: json.loads('[1,'), lambda: json.loads('{"a" 1}'), lambda: json.decoder.scanstring('"abc', 1), lambda: json.encoder.c_make_encoder(1,2,3), lambda: json.encoder.c_make_encoder(None, None, None, None, 1, ', ', False, False, False), lambda: json.scanner.c_make_scanner(1), lambda: json.decoder.scanstring(b'x', 0), lambda: json.decoder.scanstring('x', 5)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
s = json.scanner.c_make_scanner(json.decoder.JSONDecoder())
print(type(s), s.strict, s.object_hook, s.parse_float, s.parse_int, s.object_pairs_hook)
print(s('[1, 2.5, "x"]', 0))
try: s('', 0)
except StopIteration as e: print('StopIteration', e.value)
e = json.encoder.c_make_encoder(None, None, json.encoder.encode_basestring, None, ': ', ', ', False, False, False)
print(type(e), e.markers, e.default, e.indent, e.key_separator, e.sort_keys, e.skipkeys)
print(e([1, 'a', {"k": [None, True, 1.5, 10**30]}], 0))
for t in ['[1,]', '{"a":1,}', '{"a":1', '[1', '[', '{', '"\\ud834\\udd20x"', '"\\ud834x"', '"\\u12"', '"\\x"', '1e5', '-', '-x', '01', '1.', '1.e3', '1E+', 'NaN', '-Infinity', 'nul', '"a\tb"', '{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n"}']:
  try: print(repr(t), repr(json.loads(t)))
  except Exception as e: print(repr(t), type(e).__name__, e)
print(json.dumps({"a": [1, 2.0, "é\u2028\U0001f600"], "b": None, 3: True, 2.5: False, None: 1}, sort_keys=False))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, ensure_ascii=False, separators=(',', ':')))
print(json.dumps("é\U0001f600\x7f\x01"), json.dumps("é\U0001f600\x7f\x01", ensure_ascii=False))
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
try: json.loads('[' * 100000 + ']' * 100000)
except RecursionError: print("RecursionError")
class X: pass
try: json.dumps(X())
except TypeError as e: print(e)
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads('1.5', parse_float=str), json.loads('12', parse_int=float))
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps([E.A, True]), json.dumps({E.A: 1}))
print(json.decoder.scanstring.__module__, json.scanner.make_scanner.__module__, json.encoder.c_make_encoder.__module__)
print(json.decoder.scanstring('"a\\u00e9\\"b" tail', 1), json.decoder.scanstring('"\x01"', 1, False))
try: json.decoder.scanstring("xxx", 2**63)
except OverflowError as e: print("OverflowError", e)
class Bad:
    def __bool__(self): 1/0
try: json.JSONDecoder(strict=Bad()).decode('""')
except ZeroDivisionError: print("ZeroDivisionError")
enc = json.encoder.c_make_encoder(None, str, lambda *a: None, None, ': ', ', ', False, False, False)
try: enc('spam', 4)
except TypeError as e: print(e)
try: json.encoder.c_make_encoder(1, None, None, None, ': ', ', ', False, False, False)
except TypeError as e: print(e)
try: json.dumps({'a': 1, 1: 'a'}, sort_keys=True)
except TypeError as e: print(e)
print(json.dumps({(1, 2): 3, 'x': 4}, skipkeys=True), json.dumps([float('inf'), -float('inf')]))
def default(o): return [o]
try: json.dumps(X(), default=default, check_circular=False)
except RecursionError: print("RecursionError")
try: json.dumps(X(), default=lambda o: o)
except ValueError as e: print(e)
