words = ["zebra", "Apple", "apple", "éclair", "Zebra", "ápple", "10", "9", "", " space", "a\x00"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("a" < "aa" < "ab" < "b", "Z" < "a", "é" > "z", "\U0001F600" > "\uffff")
print(max(words), min(words), [ord(c) for c in "aZé"])
print("abc".__lt__("abd"), "abc".__eq__(1), "a" * 3 == "aaa")
