# common str methods
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.lower(), s.upper(), "hello world".title(), "hELLO".swapcase(), "word".capitalize())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y", "z"]), "".join([]), "line1\nline2\r\nline3".splitlines())
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".count("l"), "hello".index("e"))
print("42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4), "a\tb".expandtabs(4))
print("abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "snake_case".isidentifier())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "none".partition("="))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print("{} and {name}".format(1, name="two"), "%s-%d" % ("x", 5), "ß".casefold())
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
