# the import-system lists in sys and the module registries
import sys
print(type(sys.path).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(type(sys.modules).__name__, sys.modules["sys"] is sys, "builtins" in sys.modules)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names, "json" in sys.stdlib_module_names, "krait" in sys.stdlib_module_names)
