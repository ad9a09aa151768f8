import sys
print(sys.warnoptions, sys._xoptions, type(sys._xoptions).__name__)
print(sys.dont_write_bytecode, sys.pycache_prefix)
print(type(sys.orig_argv).__name__, sys.orig_argv[-1], sys.argv)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names, "sys" in sys.stdlib_module_names, "nope" in sys.stdlib_module_names)
print(len(sys.stdlib_module_names) > 200, "_weakref" in sys.stdlib_module_names, "antigravity" in sys.stdlib_module_names)
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.is_finalizing(), sys.getrecursionlimit())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
for bad in (5, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as ex:
        print("ValueError:", ex)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
