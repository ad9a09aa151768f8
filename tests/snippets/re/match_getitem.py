import re

m = re.match(r'(?P<a>\d)(\w)?', '7')
print(m[0], m[1], m['a'], m[2])
for key in [3, -1, 'zz', 1.0, None, True, 2**70, [1]]:
    try:
        print(repr(key), m[key])
    except (IndexError, TypeError) as e:
        print(repr(key), type(e).__name__, e)
for meth in ('group', 'start', 'end', 'span'):
    try:
        print(meth, getattr(m, meth)(5))
    except IndexError as e:
        print(meth, 'IndexError', e)
print(m.group(True), m.start(False))
