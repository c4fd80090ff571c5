# ContextVar get/set/reset, Token, Context's mapping protocol, and the errors.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def attempt(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, (ContextVar, Token, Context)) else type(r).__name__)
    except Exception as e:
        text = str(e)
        # Reprs of variables and tokens carry addresses; keep their shape only.
        if " at 0x" in text:
            text = text.split(" at 0x")[0] + " at ...>" + text.rsplit(">", 1)[1]
        print(type(e).__name__, text)


a = ContextVar("a")
b = ContextVar("b", default=10)
print(a.name, b.name, repr(a).startswith("<ContextVar name='a' at 0x"))
print(repr(b).startswith("<ContextVar name='b' default=10 at 0x"))
attempt(lambda: a.get())
print(a.get(5), a.get(None), b.get(), b.get(11))

t1 = a.set(1)
print(a.get(), t1.var is a, t1.old_value is Token.MISSING, repr(Token.MISSING))
t2 = a.set(2)
print(a.get(), t2.old_value)
a.reset(t2)
print(a.get())
attempt(lambda: a.reset(t2))
print(repr(t2).startswith("<Token used var=<ContextVar name='a'"))
a.reset(t1)
attempt(lambda: a.get())
attempt(lambda: b.reset(a.set(3)))
attempt(lambda: a.reset(42))
attempt(lambda: a.reset())

# Argument checks.
attempt(lambda: ContextVar())
attempt(lambda: ContextVar(1))
attempt(lambda: ContextVar("x", 1))
attempt(lambda: ContextVar("x", default=1, other=2))
attempt(lambda: ContextVar("x", other=2))
attempt(lambda: ContextVar(name="x"))
attempt(lambda: a.get(1, 2))
attempt(lambda: a.get(default=1))
attempt(lambda: a.set())
attempt(lambda: a.set(1, 2))
attempt(lambda: Token())
attempt(lambda: Context(1))
attempt(lambda: Context(x=1))
attempt(lambda: type(Token.MISSING)())
attempt(lambda: copy_context(1))
attempt(lambda: setattr(a, "name", "z"))
for cls in (ContextVar, Context, Token):
    attempt(lambda: type("Sub", (cls,), {}))
attempt(lambda: hash(Context()))
attempt(lambda: hash(a.set(0)))
print(hash(a) == hash(a), a == a, a != b)
print(ContextVar[int], Token[str])
attempt(lambda: Context[int])

# The mapping protocol.
ctx = copy_context()
print(type(ctx).__name__, len(ctx), a in ctx, b in ctx, ctx[a])
attempt(lambda: ctx[b])
attempt(lambda: ctx[1])
attempt(lambda: 1 in ctx)
attempt(lambda: ctx.get(1))
attempt(lambda: ctx.get())
print(ctx.get(a), ctx.get(b), ctx.get(b, "dflt"))
print([k.name for k in ctx], [k.name for k in ctx.keys()], list(ctx.values()))
print([(k.name, v) for k, v in ctx.items()])
print(type(ctx.items()).__name__, type(ctx.keys()).__name__, type(ctx.values()).__name__, type(iter(ctx)).__name__)
print(len(ctx.items()))
attempt(lambda: ctx.items(1))
attempt(lambda: ctx.copy(1))
c2 = ctx.copy()
print(c2 == ctx, c2 != ctx, c2 is ctx, ctx == 1, ctx != 1)
attempt(lambda: ctx < c2)
print(Context() == Context(), len(Context()))

# An iterator keeps seeing what the context held when it was made.
it = ctx.items()
ctx.run(b.set, 99)
print(len(ctx), ctx[b], [k.name for k, _ in it], b in c2)
print(sorted(dir(ContextVar)), sorted(n for n in dir(Token) if not n.startswith("__")))
print(ContextVar.get.__doc__.splitlines()[0], Context.get.__text_signature__)
print(contextvars.__all__)
