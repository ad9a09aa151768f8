# unpacking with many targets and long iterables
(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15,
 a16, a17, a18, a19) = range(20)
print(a0, a10, a19)
first, *middle, last = range(1000)
print(first, len(middle), middle[:3], middle[-1], last)
*_, tail = (x * x for x in range(10))
print(tail, len(_))
