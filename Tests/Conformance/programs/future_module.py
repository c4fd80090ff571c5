# the __future__ module: feature records, flags, and what `from __future__ import`
# accepts and rejects
import __future__

print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(type(__future__.annotations).__name__, type(__future__.annotations).__module__)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(sorted(n for n in dir(__future__) if n.startswith("CO_")))
print(__future__.annotations.optional, __future__.annotations.mandatory)

namespace = {}
exec("from __future__ import division as d", namespace)
print("import binds the feature:", namespace["d"] is __future__.division)


def check(source):
    try:
        exec(source, {})
        print("runs:", source.replace("\n", " | "))
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset} end {e.end_lineno}:{e.end_offset}")


check("from __future__ import annotations")
check("from __future__ import generators, division, nested_scopes, generator_stop, with_statement")
check("from __future__ import print_function, unicode_literals, absolute_import")
check('"""docstring"""\nfrom __future__ import annotations\nfrom __future__ import division')
check("from __future__ import nonexistent")
check("from __future__ import annotations, nonexistent")
check("from __future__ import braces")
check("import os\nfrom __future__ import annotations")
check("x = 1\n\nfrom __future__ import annotations")
check("x = 1; from __future__ import annotations")
check("from __future__ import annotations; import sys; from __future__ import division")
check("from __future__ import annotations; from __future__ import division")
check("def f():\n    from __future__ import annotations")
check("import __future__\nfrom __future__ import annotations")
check("from __future__ import *")
check("from __future__ import (annotations,\n    division)")
