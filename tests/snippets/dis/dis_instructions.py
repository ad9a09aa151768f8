# dis.get_instructions / dis.Bytecode / Instruction fields, positions and jump targets.
import dis
from _scrub import scrub

def f(a, b):
    if a and b:
        return a.x[b]
    for i in b:
        a = a + i
    return a

for ins in dis.get_instructions(f):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line,
          ins.is_jump_target, tuple(ins.positions))
bc = dis.Bytecode(f)
print(bc.first_line, bc.current_offset, len(list(bc)))
print(scrub(repr(bc)))
print(scrub(bc.info()))
print(scrub(bc.dis()))
print([i.opname for i in dis.get_instructions('a + b * c')])
print([i.argrepr for i in dis.get_instructions(f, first_line=100)][:4])
print([(i.opname, i.starts_line) for i in dis.Bytecode(f, first_line=50)][:6])
print([i.opname for i in dis.get_instructions(f, show_caches=True)][:12])
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
print(list(f.__code__.co_lines())[:6])
print(list(f.__code__.co_positions())[:6])
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    b = dis.Bytecode.from_traceback(tb)
    print(b.current_offset, b.codeobj.co_name)
