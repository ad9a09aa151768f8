s = "Hello"
t = "World"
print(s + ", " + t + "!")
print(s * 3, 3 * s, s * 0, repr(s * -2))
print(len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
print("ell" in s, "xyz" not in s, "" in s)
print(s.upper(), s.lower(), s.find("l"), s.rfind("l"), s.count("l"))
print(s.replace("l", "L"), s.startswith("He"), s.endswith("lo"))
print("  pad  ".strip() + "|", "a,b,,c".split(","), " ".join(["x", "y", "z"]))
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "abc")
print(ord("A"), chr(97), ord("é"), chr(0x263A))
print(str(42) + str(4.5) + str(None) + str(True))
for ch in "ab":
    print(ch, end=";")
print()
