import re

for m in re.finditer(r'(\d+)([a-z]?)', '12a 3 45bc'):
    print(m.span(), m.groups(), m.lastindex)
print([m.span() for m in re.finditer(r'', 'abc')])
print([m.span() for m in re.finditer(r'a*', 'baaac')])
print([m.group() for m in re.compile(r'\w+').finditer('one two', 1)])
it = re.finditer('a', 'aa')
print(type(it).__name__, next(it).span(), next(it).span(), next(it, 'done'))
print([m.span() for m in re.compile(r'x?').finditer('xax', 1, 3)])
