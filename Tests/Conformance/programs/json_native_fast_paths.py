# json's native encoder and scanner on their fast paths (exact dicts read in place, small ints
# and short floats read without a str, escapes between copied runs) and off them.
import json
print(json.dumps({"a": [1, 2.5, -3, 10**20, -0.0, 1e300, True, None], "é": "x\u2028\U0001F40D\"\\\n", 3: 4, 2.5: 1, None: 0}))
print(json.dumps({"a": [1, 2.5]}, ensure_ascii=False, indent=None, separators=(",", ":")))
print(json.dumps("ünïcode \U0001F40D", ensure_ascii=False), json.dumps("ünï\x01", ensure_ascii=True))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
class D(dict):
    def items(self): return [("z", 1), ("y", 2)]
print(json.dumps(D(q=1)))
print(json.loads('[1, -0, -12, 123456789012345678, 1234567890123456789, 1.5, -2.5e-3, 1E400, 0.1, 12345678901234567890.123e5, 3e-5]'))
print(json.loads('{"a": "x\\u00e9\\ud83d\\udc0d", "b": [true, false, null]}'))
for bad in ['{"a" 1}', '[1,]', '01', '-', '"abc']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(e)
class E(dict):
    def items(self): return [("a", 1), (2j, 3), ("b",)]
try: json.dumps(E(x=1))
except Exception as e: print(type(e).__name__, e)
