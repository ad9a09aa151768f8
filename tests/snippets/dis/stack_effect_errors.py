# _opcode.stack_effect argument handling and errors, and the module's names.
import _opcode

print([n for n in dir(_opcode) if not n.startswith('__')])
print(_opcode.__doc__)
print(_opcode.get_specialization_stats())

cases = [
    ((1,), {}), ((100,), {}), ((1, 2), {}), ((100, 1), {'jump': 2}), ((100, 1), {'jump': 0}),
    ((93, 1), {'jump': True}), ((93, 1), {'jump': False}), ((93, 1), {}),
    (('a',), {}), ((100, 'x'), {}), ((), {}), ((1, 2, 3), {}), ((2**40,), {}), ((100, 2**40), {}),
    ((100, 2**70), {}), ((True,), {}), ((1.0,), {}), ((100, 1.0), {}), ((-1,), {}), ((-1,), {'jump': False}),
    ((), {'opcode': 1}), ((1,), {'x': 1}), ((1,), {'oparg': 1}), ((1, None), {'jump': None}),
    ((100, None), {}), ((1, None), {}), ((255,), {}), ((255, 0), {}), ((256, 0), {}), ((3,), {}),
    ((142, 1), {}), ((142, 3), {}), ((132, 15), {}), ((92, 0x305), {}), ((114, 0), {'jump': True}),
]
for args, kw in cases:
    try:
        print(args, kw, _opcode.stack_effect(*args, **kw))
    except Exception as e:
        print(args, kw, type(e).__name__, e)

try:
    _opcode.get_specialization_stats(1)
except TypeError as e:
    print(e)
