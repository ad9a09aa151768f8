import re

p = re.compile('a')
calls = [
    lambda: p.match(),
    lambda: p.match('a', 0, 1, 2),
    lambda: p.match('a', foo=1),
    lambda: p.match('a', 0, pos=1),
    lambda: p.search(string='a', pos='x'),
    lambda: p.findall(),
    lambda: p.split('a', 1, 2),
    lambda: p.split(maxsplit=1),
    lambda: p.sub('x'),
    lambda: p.sub('x', 'a', 1, 2),
    lambda: p.subn(repl='x'),
    lambda: p.sub('x', 'a', count='1'),
    lambda: p.scanner(),
    lambda: p.__copy__(1),
    lambda: p.__deepcopy__(),
    lambda: p.finditer(pos=1),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError', e)
