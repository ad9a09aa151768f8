import re

m = re.match(r'(a)(?P<n>b)', 'ab')
for args in [(3,), ('x',), (-1,), (1.5,), ([],), (0, 5)]:
    try:
        print(args, m.group(*args))
    except (IndexError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    m.start(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    m.groups(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    m.groupdict(bad=1)
except TypeError as e:
    print('TypeError', e)
try:
    m.group(x=1)
except TypeError as e:
    print('TypeError', e)
try:
    m.expand()
except TypeError as e:
    print('TypeError', e)
