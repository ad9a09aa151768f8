# asctime / mktime / strftime checks of the time tuple.
import time

cases = [(1, 2), [2000, 1, 1, 0, 0, 0, 0, 1, 0], (2000, 13, 1, 0, 0, 0, 0, 1, 0),
         (2000, 'x', 1, 0, 0, 0, 0, 1, 0), (2000, 1.5, 1, 0, 0, 0, 0, 1, 0),
         (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0),
         (2000, 1, 1, 0, 0, 61, -9, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, 32, 0, 0, 0, 0, 3, 0),
         (2000, 1, -1, 0, 0, 0, 0, 3, 0), (2000, -1, 1, 0, 0, 0, 0, 3, 0), (2000, 1, 1, -1, 0, 0, 0, 3, 0),
         (2**40, 1, 1, 0, 0, 0, 0, 1, 0), (2**70, 1, 1, 0, 0, 0, 0, 1, 0), (-2**40, 1, 1, 0, 0, 0, 0, 1, 0),
         (2000, 1, 1, 0, 0, 0, 0, -5, 0), (2000, 1, 1, 0, 0, 0, 0, 1, 99), None, 'abc']
for name in ['asctime', 'mktime', 'strftime']:
    f = getattr(time, name)
    for c in cases:
        try:
            r = f('%Y-%m-%d %H:%M:%S %j %w', c) if name == 'strftime' else f(c)
            print(name, c, '->', r)
        except Exception as e:
            print(name, c, type(e).__name__, e)
for f in [lambda: time.asctime(1, 2), lambda: time.asctime(x=1), lambda: time.mktime(), lambda: time.mktime(1, 2),
          lambda: time.strftime(), lambda: time.strftime('a', (2000,) * 9, 3), lambda: time.strftime(fmt='x')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
