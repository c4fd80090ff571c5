# a small expression tokenizer, parser and evaluator written with classes, recursion, exceptions and dicts
class Tok:
    def __init__(self, kind, val): self.kind, self.val = kind, val
    def __repr__(self): return f"{self.kind}:{self.val}"
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace(): i += 1; continue
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."): j += 1
            toks.append(Tok("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j]))); i = j; continue
        if c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum(): j += 1
            toks.append(Tok("name", src[i:j])); i = j; continue
        if src[i:i + 2] == "**": toks.append(Tok("op", "**")); i += 2; continue
        if c in "+-*/()=,%": toks.append(Tok("op", c)); i += 1; continue
        raise SyntaxError(f"bad char {c!r} at {i}")
    return toks
class Parser:
    def __init__(self, toks): self.toks, self.pos = toks, 0
    def peek(self): return self.toks[self.pos] if self.pos < len(self.toks) else Tok("eof", None)
    def eat(self, val=None):
        t = self.peek()
        if val is not None and t.val != val: raise SyntaxError(f"expected {val!r}, got {t.val!r}")
        self.pos += 1; return t
    def expr(self):
        node = self.term()
        while self.peek().val in ("+", "-"): node = (self.eat().val, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().val in ("*", "/", "%"): node = (self.eat().val, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek().val == "**": self.eat(); return ("**", base, self.factor())
        return base
    def unary(self):
        if self.peek().val == "-": self.eat(); return ("neg", self.unary())
        return self.atom()
    def atom(self):
        t = self.eat()
        if t.kind == "num": return ("num", t.val)
        if t.kind == "name":
            if self.peek().val == "(":
                self.eat("("); args = []
                if self.peek().val != ")":
                    args.append(self.expr())
                    while self.peek().val == ",": self.eat(); args.append(self.expr())
                self.eat(")"); return ("call", t.val, args)
            return ("var", t.val)
        if t.val == "(":
            e = self.expr(); self.eat(")"); return e
        raise SyntaxError(f"unexpected {t.val!r}")
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}
def evaluate(node, env):
    match node:
        case ("num", v): return v
        case ("var", name):
            if name not in env: raise NameError(f"undefined {name}")
            return env[name]
        case ("neg", e): return -evaluate(e, env)
        case ("call", f, args): return FUNCS[f](*(evaluate(a, env) for a in args))
        case (op, a, b): return OPS[op](evaluate(a, env), evaluate(b, env))
env = {"x": 3, "y": 4.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "max(x, y, 10) - min(1, 2)", "sq(x) + sq(y)", "10 / 4", "7 % 3 + 1.5",
            "abs(-x * y)", "2 ** 100", "1 / 0", "z + 1", "(1 + 2", "3 $ 4", "max()"]:
    try:
        toks = tokenize(src); tree = Parser(toks).expr()
        print(f"{src!r:28} -> {evaluate(tree, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError, ValueError) as e:
        print(f"{src!r:28} !! {type(e).__name__}: {e}")
print(tokenize("a1 + 2.5*(b)"), Parser(tokenize("1+2*3")).expr())
