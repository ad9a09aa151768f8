import sys
f = sys.flags
print(type(f).__name__, len(f), f.n_fields, f.n_sequence_fields, f.n_unnamed_fields)
names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
         "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
         "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path"]
print([getattr(f, n) for n in names])
print(f.int_max_str_digits, f[0], f[-1], f[:3])
try:
    f.debug = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    type(f)()
except TypeError as ex:
    print("TypeError:", ex)
print(isinstance(f, tuple), f == tuple(f))
print(type(f).__module__ if hasattr(type(f), "__module__") else "?")
