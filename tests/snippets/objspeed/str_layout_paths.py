# str storage states: long += chains (pending concatenation), non-BMP strs (code-point offsets), hashing,
# extended slices (reversal, steps) of BMP, non-BMP and lone-surrogate strs. (Adjacent lone surrogates are a
# documented storage limit of Krait's str and left out.)
s = ""
for i in range(400):
    s += chr(97 + i % 26)
t = s
s += "!"
print(len(s), len(t), s[-3:], t[-3:], s[::97], hash(s) == hash("".join(s)), s == t + "!")
u = "x" * 300
v = u + "\U0001F600"
w = v + "y"
print(len(v), len(w), w[-2:], ascii(w[299:301]), w.find("y"), w[::-1][:2] == "y\U0001F600")
print(ascii("ab\U0001F600cd"[::-1]), ascii("ab\U0001F600cd"[::2]))
print("hello world"[::-1], "hello world"[1:10:3], "abc"[::-1][::-1])
print("".join(reversed("abc")), "abcdef"[-1:-7:-2], "abcdef"[5:0:-1], "abcdef"[::-100], repr(""[::-1]))
big = "é" * 1000
print(len(big[::-1]), big[::-1] == big, len(big[::3]), hash("abc") == hash("ab" + "c"), {"k" + str(1): 1}["k1"])
n = "😀" * 5 + "a"
print(len(n), n.index("a"), ascii(n[2]), ascii(n[-2:]), n.count("😀"), len(n + n), ascii((n + n)[5:7]))
