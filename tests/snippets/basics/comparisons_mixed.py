print(1 == 1.0, 1 == True, 0 == False, 1 == "1", None == 0, [] == (), [1] == [1.0])
print(2 < 2.5, True < 2, 0.5 > False, -1 < 0j.real)
print([1, 2] < [1, 2, 3], [2] > [1, 99], (1, "a") < (1, "b"), "Z" < "a", "" < "a")
print(max(3, 1.5, True), min([4, 2, 8]), max("apple", "banana"), min((1, 2), (1, 1)))
for expr in ["1 < 'a'", "[1] < (1,)", "None < 1", "{1} < [1]", "{} < {}", "1j > 0", "(1, 2) < (1, 'x')"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print({1} < {1, 2}, {1} < {2}, {2} > set())
