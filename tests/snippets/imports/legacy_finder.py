# a finder with only find_module() and a loader with only load_module() still work (the pre-3.4 protocol)
import sys

class LegacyLoader:
    def load_module(self, fullname):
        print("load_module", fullname)
        module = type(sys)(fullname)
        module.origin_story = "made by load_module"
        sys.modules[fullname] = module
        return module

class LegacyFinder:
    def find_module(self, fullname, path=None):
        if fullname == "legacy_mod":
            return LegacyLoader()
        return None

sys.meta_path.insert(0, LegacyFinder())
import legacy_mod
print(legacy_mod.origin_story, legacy_mod.__name__)
print(type(legacy_mod.__loader__).__name__, legacy_mod.__package__ == "", legacy_mod.__spec__.name)
from legacy_mod import origin_story
print(origin_story)
