# Large widths and precisions, and digit counts that overflow.
print(len(f"{1:200}"), len(f"{'x':^301}"), len(f"{1.5:.200f}"), f"{1.5:.60e}")
print(f"{0.1:.100f}")
for spec in ("99999999999999999999", ".99999999999999999999", "9223372036854775808"):
    try:
        f"{1:{spec}}"
    except ValueError as e:
        print("ValueError:", e)
print("%.100f" % 1e-100)
try:
    "%.2147483648f" % 1.0
except ValueError as e:
    print("ValueError:", e)
