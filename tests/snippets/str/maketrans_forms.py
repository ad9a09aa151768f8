print(sorted(str.maketrans("", "").items()), sorted(str.maketrans("ab", "ba").items()), sorted(str.maketrans("a", "b", "xyz").items()))
print(sorted(str.maketrans({"a": None, "b": "x", 99: 100}).items()), str.maketrans({}))
print(sorted(str.maketrans("aa", "bc").items()), sorted(str.maketrans("😀", "é").items()), sorted("x".maketrans("q", "r").items()))
print("swap ab".translate(str.maketrans("ab", "ba")), "remove vowels".translate(str.maketrans("", "", "aeiou")))
