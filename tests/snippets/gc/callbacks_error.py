# An exception in a gc callback goes to sys.unraisablehook; the other callbacks still run.
import gc
import sys


def hook(u):
    print('unraisable', u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__)


sys.unraisablehook = hook


def bad(phase, info):
    raise RuntimeError(phase)


def good(phase, info):
    print('good', phase)


gc.callbacks.extend([bad, good])
gc.collect()
gc.callbacks.clear()
print('done')
