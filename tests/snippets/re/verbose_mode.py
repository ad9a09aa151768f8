import re

p = re.compile(r'''
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    \ [#]             # escaped space and a hash
''', re.X)
print(p.match('2024-05 #').groupdict())
print(re.findall(r'(?x) a b | c ', 'ab c a b'))
print(p.flags & re.X != 0, p.groups, sorted(p.groupindex))
