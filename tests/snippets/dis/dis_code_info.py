# dis.code_info / show_code, opcode tables and dis.stack_effect.
import dis
import opcode
from _scrub import scrub

def g(x, /, y=1, *args, z, **kw):
    'doc'
    w = [x for x in args]
    def h():
        return w, z
    return h

print(scrub(dis.code_info(g)))
print(scrub(dis.code_info(g.__code__.co_consts[2])))
print(scrub(dis.code_info('a = 1; b = a')))
print(dis.pretty_flags(g.__code__.co_flags), dis.pretty_flags(0), dis.pretty_flags(1 << 30))
print(len(opcode.opname), opcode.opmap['LOAD_CONST'], opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG)
print(opcode.hasjrel[:5], opcode.hasconst, opcode.hasname[:5], opcode.haslocal, opcode.hascompare, opcode.hasfree)
print(sorted(opcode._specialized_instructions)[:8], len(opcode._specialized_instructions))
print(opcode._inline_cache_entries[opcode.opmap['LOAD_ATTR']], opcode._nb_ops[:3])
print(dis.stack_effect(opcode.opmap['BUILD_LIST'], 3), dis.stack_effect(opcode.opmap['FOR_ITER'], 2, jump=True))
for name in ('POP_TOP', 'CALL', 'MAKE_FUNCTION', 'UNPACK_EX'):
    op = opcode.opmap[name]
    print(name, [dis.stack_effect(op, a) if op >= opcode.HAVE_ARGUMENT else dis.stack_effect(op) for a in (0, 1, 8, 257)])
for code in (g.__code__, g.__code__.co_consts[2]):
    print(code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals,
          code.co_stacksize, code.co_flags, code.co_varnames, code.co_cellvars, code.co_freevars,
          code.co_firstlineno, len(code.co_code), len(code.co_linetable), code.co_exceptiontable)
