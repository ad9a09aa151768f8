import sys
impl = sys.implementation
print(type(impl).__name__, impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(impl.cache_tag.endswith("-311"), impl.name in impl.cache_tag, impl._multiarch)
print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 11), sys.hexversion >> 16)
print(sys.version.startswith("3.11.2"), sys.platform, sys.platlibdir)
impl.extra = 1
print(impl.extra)
print(sorted(k for k in vars(impl) if not k.startswith("_")))
