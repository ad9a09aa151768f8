import site, sys, os
print(site.ENABLE_USER_SITE in (True, False, None), isinstance(site.PREFIXES, list))
print(type(site.getsitepackages()).__name__, sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(all(os.path.isabs(p) for p in sys.path[1:]))
print(sys.prefix == sys.base_prefix, callable(site.main), callable(site.addsitedir))
print(sorted(k for k in ("os", "site", "stat", "posixpath", "genericpath", "_collections_abc", "io", "abc") if k in sys.modules))
