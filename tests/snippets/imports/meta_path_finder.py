# a finder on sys.meta_path can supply modules: find_spec, then the loader's create_module/exec_module
import sys

class Spec:
    def __init__(self, name, loader):
        self.name = name
        self.loader = loader
        self.origin = "virtual"
        self.submodule_search_locations = None
        self.loader_state = None
        self.cached = None
        self.has_location = False
        self.parent = name.rpartition(".")[0]

class Loader:
    def create_module(self, spec):
        print("create_module", spec.name)
        return None
    def exec_module(self, module):
        print("exec_module", module.__name__, module.__spec__.name, module.__loader__ is self)
        module.greeting = "hello from " + module.__name__

class Finder:
    def find_spec(self, name, path, target=None):
        print("find_spec", name, path, target)
        if name.startswith("virtual_"):
            return Spec(name, Loader())
        return None

sys.meta_path.insert(0, Finder())
import virtual_one
print(virtual_one.greeting, virtual_one.__spec__._initializing, hasattr(virtual_one, "__file__"))
import virtual_one
import _mod_simple
try:
    import virtual_missing.child
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.meta_path.pop(0)

class NoExec:
    def create_module(self, spec):
        return None
class OldFinder:
    @staticmethod
    def find_spec(name, path, target=None):
        return Spec(name, None) if name == "virtual_noloader" else None
sys.meta_path.insert(0, OldFinder)
try:
    import virtual_noloader
except ImportError as e:
    print("ImportError:", e, e.name)
print("virtual_noloader" in sys.modules)
