s = "hello world, hello"
for args in [("o",), ("o", 5), ("o", 5, 8), ("o", -3), ("o", -100, 100), ("hello", 1), ("", 0), ("", 18), ("", 19),
             ("xyz",), ("l", None, None), ("l", None, 3), ("l", 3, None), ("ld", 0, 11), ("ld", 0, 10)]:
    print(args, s.find(*args), s.rfind(*args))
