# merging mappings with ** and |, and the errors
class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()

print({**Keys()})
print(dict(**{"a": 1}, b=2))
base = {"x": 1, "y": 2}
print(base | {"y": 3, "z": 4})
merged = dict(base)
merged |= {"w": 0}
print(merged)
try:
    {**[("a", 1)]}
except TypeError as e:
    print("TypeError:", e)
try:
    {**None}
except TypeError as e:
    print("TypeError:", e)
try:
    base | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
merged |= [("v", 5)]
print(merged)
