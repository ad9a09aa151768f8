s = "a\tbb\tccc\tdddd\teeeee\tf"
for n in range(0, 10):
    print(n, repr(s.expandtabs(n)))
print(repr("\t\n\t\r\ta".expandtabs(3)), repr("😀\t😀😀\t|".expandtabs(3)))
