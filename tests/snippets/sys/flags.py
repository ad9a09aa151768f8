# sys.flags: names, order and the values a plain run has
import sys
f = sys.flags
print(f)
print(f.optimize, f.dont_write_bytecode, f.isolated, f.dev_mode, f.utf8_mode, f.int_max_str_digits, f.safe_path)
print(type(f).__name__, len(f), f[3], f.n_fields if hasattr(f, "n_fields") else "", type(f).n_fields)
try:
    type(f)()
except TypeError as e:
    print("TypeError:", e)
