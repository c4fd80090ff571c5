# a recursive-descent arithmetic parser and evaluator with variables, unary minus, power (right-assoc) and error reporting
class ParseError(Exception): pass
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace(): i += 1; continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."): j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j]))); i = j; continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"): j += 1
            toks.append(("name", src[i:j])); i = j; continue
        if src.startswith("**", i): toks.append(("op", "**")); i += 2; continue
        if ch in "+-*/%()=,": toks.append(("op", ch)); i += 1; continue
        raise ParseError(f"unexpected character {ch!r} at {i}")
    toks.append(("end", None))
    return toks
class Parser:
    def __init__(self, toks): self.toks, self.pos = toks, 0
    def peek(self): return self.toks[self.pos]
    def take(self, kind=None, val=None):
        t = self.toks[self.pos]
        if (kind and t[0] != kind) or (val and t[1] != val):
            raise ParseError(f"expected {val or kind}, got {t[1]!r}")
        self.pos += 1
        return t
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]; self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            node = (self.take()[1], node, self.unary())
        return node
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take(); return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take(); return ("**", base, self.unary())
        return base
    def atom(self):
        t = self.peek()
        if t[0] == "num": self.take(); return ("num", t[1])
        if t[0] == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take(); args = [self.expr()]
                while self.peek() == ("op", ","): self.take(); args.append(self.expr())
                self.take("op", ")"); return ("call", t[1], args)
            return ("var", t[1])
        if t == ("op", "("):
            self.take(); e = self.expr(); self.take("op", ")"); return e
        raise ParseError(f"unexpected {t[1]!r}")
FUNCS = {"max": max, "min": min, "abs": abs}
def evaluate(node, env):
    kind = node[0]
    if kind == "num": return node[1]
    if kind == "var":
        if node[1] not in env: raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg": return -evaluate(node[1], env)
    if kind == "assign": env[node[1]] = evaluate(node[2], env); return env[node[1]]
    if kind == "call": return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": a + b, "-": a - b, "*": a * b, "%": a % b if b else None, "**": a ** b if node[0] == "**" else None,
            "/": a / b if b else None}[kind] if kind != "/" or b else 1 / b
env = {}
for line in ["x = 3", "y = x * 2 + 1", "-x ** 2", "2 ** 3 ** 2", "(1 + 2) * (3 - 4) / 5", "max(x, y, 10) % 4", "abs(-2.5) * 2",
             "z + 1", "3 +", "4 $ 4", "10 / (5 - 5)", "y = y - 1", "y", "((2)"]:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<24} => {evaluate(tree, env)!r:<8} {tree}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
