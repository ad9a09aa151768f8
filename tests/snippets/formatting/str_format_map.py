# format_map uses the mapping as is (no copy): __missing__ and __getitem__ are honoured.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

class Upper:
    def __getitem__(self, key):
        return key.upper()

print("{a} {b} {c}".format_map(Default(a=1)))
print("{hello} {world!r:>8}".format_map(Upper()))
print("{x[0]} {x[1][k]:>4}".format_map({"x": [4j, {"k": "v"}]}))
for fmt, mapping in (("{0}", {}), ("{}", {}), ("{z}", {}), ("{z}", Upper())):
    try:
        print(repr(fmt), fmt.format_map(mapping))
    except (ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
try:
    "x".format_map()
except TypeError as e:
    print("TypeError:", e)
