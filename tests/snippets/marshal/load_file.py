import marshal
# _values.bin holds six values written one after the other by marshal.dump.
with open("_values.bin", "rb") as f:
    for i in range(6):
        print(repr(marshal.load(f)))
    try:
        marshal.load(f)
    except EOFError as e:
        print("EOFError", e)
