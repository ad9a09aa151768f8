print("a" < "b", "a" < "ab", "" < "a", "Z" < "a", "é" > "z", "😀" > "\uffff", "\uffff" < "😀", "\ud800" < "😀")
print(sorted(["b", "a", "😀", "\uffff", "é", "A", "", "ab"]))
print("abc" == "abc", "abc" != "abd", "a" <= "a", "b" >= "a", max(["x", "😀", "\ue000"]) == "😀")
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    "a" >= None
except TypeError as e:
    print(e)
print("a" == 1, "a" != 1, ("a" == b"a"))
