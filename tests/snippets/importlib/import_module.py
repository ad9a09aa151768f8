import importlib, importlib.util, importlib.machinery, sys
json = importlib.import_module("json")
print(json.dumps({"a": [1, 2]}), importlib.import_module("os.path").__name__)
print(importlib.util.find_spec("json").name, importlib.util.find_spec("no_such_module_x"))
spec = importlib.util.find_spec("math")
print(spec.name, spec.origin, type(spec.loader).__name__ if not isinstance(spec.loader, type) else spec.loader.__name__)
try:
    importlib.import_module("no_such_module_x")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
m = importlib.import_module("_helper_mod")
print(m.VALUE)
m.VALUE = 5
m2 = importlib.reload(m)
print(m2 is m, m.VALUE)
print(importlib.machinery.SOURCE_SUFFIXES)
import unittest, dataclasses, inspect
@dataclasses.dataclass
class P:
    x: int
    y: int = 2
print(P(1), inspect.signature(P), inspect.getsource(P.__init__) if False else "src-skip")
