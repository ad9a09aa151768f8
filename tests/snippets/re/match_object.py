import re

m = re.search(r'(?P<word>\w+) (?P<num>\d+)?(x)?', '-- hello 42 --')
print(m.group(), m.group(0), m.group(1), m.group('word'), m.group(1, 'num', 3))
print(m.groups(), m.groups('default'), m.groups(default=0))
print(sorted(m.groupdict().items()), sorted(m.groupdict('-').items()))
print(m.start(), m.end(), m.span(), m.start(1), m.end('num'), m.span(3), m.start(3))
print(m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern)
m2 = re.compile(r'(a)(b)?').match('xab', 1, 3)
print(m2.pos, m2.endpos, m2.lastindex, m2.lastgroup, m2.span(), m2.groups())
m3 = re.match(r'(?P<a>x)|(?P<b>y)', 'y')
print(m3.lastindex, m3.lastgroup, m3.groupdict())
m4 = re.match(r'((a)(b))', 'ab')
print(m4.lastindex, m4.lastgroup, m4.regs)
print(m.__copy__() is m, m.__deepcopy__({}) is m)
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(bool(m), type(m).__name__, type(m).__module__, type(m).__qualname__)
