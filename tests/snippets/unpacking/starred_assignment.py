# starred targets collect the rest into a list
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (9, 8)
print(everything)
head, *tail = iter([10])
print(head, tail, type(tail).__name__)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
[*x] = {1: "one"}
print(x)
