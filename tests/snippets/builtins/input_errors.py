# input() argument errors and a non-str prompt
try:
    input(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(repr(input(42)))
