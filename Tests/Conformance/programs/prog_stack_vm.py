# a small stack virtual machine: assembler with labels, arithmetic, jumps, calls with a return stack, and a trace of a factorial program
PROGRAM = """
    push 6
    call fact
    print
    push 10
    call fib
    print
    halt
fact:
    dup
    push 1
    le
    jz fact_rec
    pop
    push 1
    ret
fact_rec:
    dup
    push 1
    sub
    call fact
    mul
    ret
fib:
    push 0
    push 1
    rot
fib_loop:
    dup
    jz fib_done
    push 1
    sub
    rot
    rot
    dup
    rot
    add
    rot
    jmp fib_loop
fib_done:
    pop
    pop
    ret
"""
def assemble(text):
    code, labels = [], {}
    for line in text.strip().splitlines():
        line = line.strip()
        if line.endswith(":"): labels[line[:-1]] = len(code); continue
        op, *arg = line.split()
        code.append((op, arg[0] if arg else None))
    return [(op, labels.get(a, int(a) if a and a.lstrip("-").isdigit() else a)) for op, a in code]
class VM:
    def __init__(self, code): self.code, self.stack, self.calls, self.pc, self.steps, self.out = code, [], [], 0, 0, []
    def run(self):
        binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "le": lambda a, b: int(a <= b)}
        while True:
            op, arg = self.code[self.pc]; self.pc += 1; self.steps += 1
            s = self.stack
            if op == "push": s.append(arg)
            elif op == "pop": s.pop()
            elif op == "dup": s.append(s[-1])
            elif op == "swap": s[-1], s[-2] = s[-2], s[-1]
            elif op == "rot": s[-3], s[-2], s[-1] = s[-2], s[-1], s[-3]
            elif op in binops: b = s.pop(); a = s.pop(); s.append(binops[op](a, b))
            elif op == "jz":
                if s.pop() == 0: self.pc = arg
            elif op == "jmp": self.pc = arg
            elif op == "call": self.calls.append(self.pc); self.pc = arg
            elif op == "ret": self.pc = self.calls.pop()
            elif op == "print": self.out.append(s.pop())
            elif op == "halt": return self.out
            else: raise ValueError(f"bad op {op}")
code = assemble(PROGRAM)
print(len(code), code[:4])
vm = VM(code)
print(vm.run(), vm.steps, vm.stack, vm.calls)
try:
    VM(assemble("push 1\nfrob\nhalt")).run()
except ValueError as e:
    print(type(e).__name__, e)
try:
    VM(assemble("pop\nhalt")).run()
except IndexError as e:
    print(type(e).__name__, e)
