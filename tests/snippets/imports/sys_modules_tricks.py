# sys.modules is consulted first: any object can stand in for a module
import sys

class Fake:
    answer = "from a fake module"
sys.modules["_fake_module"] = Fake()
import _fake_module
from _fake_module import answer
print(type(_fake_module).__name__, answer)

sys.modules["_blocked"] = None
try:
    import _blocked
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

import _mod_simple
del sys.modules["_mod_simple"]
import _mod_simple as fresh
print("re-executed after removal; same object?", fresh is _mod_simple)
