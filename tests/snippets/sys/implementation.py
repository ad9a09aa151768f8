# sys.implementation is a SimpleNamespace with the version fields
import sys
impl = sys.implementation
print(type(impl).__name__, impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(isinstance(impl.name, str), isinstance(impl.cache_tag, str), impl.cache_tag.endswith("311"))
import types
print(types.SimpleNamespace is type(impl))
