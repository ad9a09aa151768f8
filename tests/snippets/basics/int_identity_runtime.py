a = 10
b = 5 + 5
print(a is b)
c = int("100")
d = int("1" + "00")
print(c is d, c == d)
e = int("1000")
f = int("10" + "00")
print(e == f, e is f)
for n in range(-7, -3):
    print(n, n is int(str(n)))
print(255 + 1 is 256, int("256") is int("256"), int("257") is int("257"))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, s1 is s2)
t1 = ()
t2 = tuple([])
print(t1 is t2, [] is [])
