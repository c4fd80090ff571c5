# f-string format specs: fill/align/sign/width/precision/type, nested fields, !r/!s/!a, = debugging
x, y, name = 42, -3.14159, "Krait"
print(f"[{x:>8}] [{x:<8}] [{x:^8}] [{x:*^9}] [{x:08}] [{x:+d}] [{x: d}]")
print(f"[{y:.2f}] [{y:10.3f}] [{y:<10.1e}] [{y:+.0f}] [{-y:=+10.2f}] [{y:%}]")
print(f"[{name!r}] [{name!s:>7}] [{'é'!a}] [{name:.3}] [{name:_<9}]")
w, p = 12, 4
print(f"[{y:{w}.{p}f}] [{x:{'>'}{w}}] [{name:{'^'}{w}}]")
print(f"{x=} {y=:.1f} {name=!r:>10} {x + 1 = }")
print(f"{x:#x} {x:#o} {x:#b} {x:X} {255:#X} {x:c} {1234567:,} {1234567:_} {0xdeadbeef:_x}")
print(f"{3.0:g} {1e20:g} {1.5e-7:g} {123456789.0:g} {0.0001:g} {12.0:#g} {1e100:.3g}")
print(f"{float('inf'):8} {float('-inf'):+} {float('nan'):>6} {-0.0:+} {0.0:-}")
print(f"{{literal}} {{{x}}} {'}'} {'{'}")
d = {"k": [10, 20]}
print(f"{d['k'][1]:04d} {d!r} {len(d['k'])}")
print(f"{'multi' 'part'} {f'{x}' * 2} {f'{x!r:>3}'}")
for spec in ["", "5", "<5", ".1", "e", "%", ",.2f", "010.3f", "=+8", "x", ">+#10x"]:
    for v in [7, 2.5, True]:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(repr(spec), repr(v), type(e).__name__, e)
