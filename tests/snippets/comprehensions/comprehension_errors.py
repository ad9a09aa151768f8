# exceptions inside comprehensions: partial results are discarded
def boom(x):
    if x == 2:
        raise ValueError(f"bad {x}")
    return x

out = "untouched"
try:
    out = [boom(x) for x in range(4)]
except ValueError as e:
    print("ValueError:", e)
print(out)

try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {{} for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    [x for x in None]
except TypeError as e:
    print("TypeError:", e)
