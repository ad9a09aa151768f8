# sys.version_info is a struct sequence comparable with tuples
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.micro, v.releaselevel, v.serial, len(v))
print(v >= (3, 11), v < (3, 12), v == (3, 11, 2, "final", 0), tuple(v), list(v)[:2])
print(type(v).__name__, type(v).__module__, isinstance(v, tuple), v.index(11), v.count(3))
print(sys.hexversion == 0x030B02F0, sys.version.startswith("3.11.2 "), sys.api_version)
