import re

p = re.compile(r'(?P<x>a)(b)(?P<y>c)?', re.I)
print(p.pattern, p.flags, p.groups, type(p.groupindex).__name__, sorted(p.groupindex.items()))
try:
    p.groupindex['z'] = 1
except TypeError as e:
    print('TypeError', e)
q = re.compile('abc')
print(q.groups, dict(q.groupindex), q.flags, re.compile(b'x').flags)
for attr in ('pattern', 'flags', 'groups'):
    try:
        setattr(p, attr, 1)
    except AttributeError as e:
        print('AttributeError', attr)
print(re.compile('(?x) a b ').flags == re.X | re.U)
print(type(p) is re.Pattern, isinstance(p, re.Pattern), re.Pattern.__name__, re.Pattern.__module__)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
