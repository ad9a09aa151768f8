# `in` on exact dicts and strs and on their subclasses: __contains__ overrides, unhashable keys, non-str operands,
# equal keys of other types, and mutation between tests.
d = {1: "a", "k": 2, (1, 2): 3, 2.0: 4, None: 5}


def t(c, x):
    return x in c, x not in c


for _ in range(2000):  # hot enough to be compiled
    t(d, 1)
print(t(d, 1), t(d, 1.0), t(d, True), t(d, "k"), t(d, (1, 2)), t(d, 2), t(d, None), t(d, "zz"), t({}, 1))
try:
    t(d, [1])
except TypeError as e:
    print(e)
try:
    t(d, {})
except TypeError as e:
    print(e)


class D(dict):
    def __contains__(self, k):
        return k == "magic"


class E(dict):
    pass


print(t(D(a=1), "a"), t(D(a=1), "magic"), t(E(a=1), "a"), t(E(a=1), "b"))


class K:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("eq called")
        return True


print(t({1: 0}, K()))
s = "hello world"
print(t(s, "o w"), t(s, ""), t(s, "xyz"), t("", ""), t("", "a"), t("aeiou", "e"), t("aeiou", "ae"))
print(t("a\U0001F600b", "\U0001F600"), t("a\U0001F600b", "\ud83d"))
try:
    t(s, 1)
except TypeError as e:
    print(e)
try:
    t(s, None)
except TypeError as e:
    print(e)


class S(str):
    def __contains__(self, x):
        return True


class U(str):
    pass


print(t(S("abc"), "zz"), t(U("abc"), "b"), t(s, U("wor")), t(U("abc"), U("zz")))
e = {}
for i in range(20):
    e[i] = i
    if i % 3 == 0:
        del e[i]
print([t(e, i)[0] for i in range(20)])
print(sum(1 for c in "the quick brown fox" if c in "aeiou"))
