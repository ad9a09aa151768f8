import re

sc = re.compile(r'\d+|[a-z]+').scanner('12ab 34')
print(type(sc).__name__, type(sc).__module__, sc.pattern.pattern)
print(sc.match().group(), sc.match().group(), sc.match(), sc.match())
sc = re.compile(r'\d+').scanner('a1b22c', 1, 5)
print([m.group() for m in iter(sc.search, None)])
sc2 = re.compile('').scanner('ab')
print([sc2.search().span() for _ in range(3)], sc2.search())

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('ID', tok)),
    (r'\d+', lambda s, tok: ('NUM', int(tok))),
    (r'[=+*-]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 12 + y1 * 3 ?rest'))
try:
    sc.match(1)
except TypeError as e:
    print('TypeError', e)
