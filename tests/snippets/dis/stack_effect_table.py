# _opcode.stack_effect over every opcode (and compile.c's pseudo-instructions) with each jump value.
import _opcode

for op in range(-12, 260):
    row = []
    for oparg in (None, 0, 1, 3, 258):
        for jump in (None, True, False):
            try:
                r = _opcode.stack_effect(op, oparg, jump=jump) if oparg is not None else _opcode.stack_effect(op, jump=jump)
            except ValueError as e:
                r = str(e).replace('stack_effect: ', '')[:12]
            row.append(r)
    if any(isinstance(r, int) for r in row):
        print(op, row)
    else:
        print(op, 'invalid', row[0], row[3])
