# sys.breakpointhook reads $PYTHONBREAKPOINT as os.environ last set it, and warns (RuntimeWarning, through
# the warnings module) about a target it can't import (test_builtin.TestBreakpoint).
import os
import sys
import warnings


def hookish(*a, **k):
    print("called", a, k)
    return 'result'


sys.modules['mymod'] = type(sys)('mymod')
sys.modules['mymod'].hook = hookish
for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./',
              'nosuchbuiltin', 'nosuchmodule.nosuchcallable', 'mymod.hook', 'mymod.nohook', '0'):
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = breakpoint(1, x=2) if envar.startswith('mymod') else breakpoint()
    print(repr(envar), r, [(x.category.__name__, str(x.message)) for x in w])
os.environ['PYTHONBREAKPOINT'] = 'repr'
print(breakpoint('7'))
os.environ['PYTHONBREAKPOINT'] = 'mymod.hook'
sys.breakpointhook = lambda *a: print("own hook", a)
breakpoint(3)
sys.breakpointhook = sys.__breakpointhook__
breakpoint(4)
