# ModuleNotFoundError messages and attributes
attempts = [
    "import _no_such_module",
    "import _pkg_basic.no_such_sub",
    "import _mod_simple.child",
    "from _no_such_pkg import thing",
    "import _nspkg.nothing_here",
]
for src in attempts:
    try:
        exec(src)
    except ImportError as e:
        print(f"{type(e).__name__}: {e} | name={e.name!r}")
print(issubclass(ModuleNotFoundError, ImportError))
