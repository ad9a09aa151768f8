# gc.collect's argument: generation 0, 1 or 2 (positional or keyword), with CPython's errors.
import gc

for args, kwargs in [((), {}), ((0,), {}), ((1,), {}), ((2,), {}), ((), {'generation': 1}), ((True,), {})]:
    print(args, kwargs, type(gc.collect(*args, **kwargs)).__name__)

for args, kwargs in [((3,), {}), ((-1,), {}), (('x',), {}), ((1.0,), {}), ((1, 2), {}),
                     ((), {'gen': 1}), ((), {'generation': 5}), ((None,), {})]:
    try:
        gc.collect(*args, **kwargs)
        print('no error', args, kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.collect() >= 0)
