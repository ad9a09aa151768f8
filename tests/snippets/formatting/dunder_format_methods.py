# The __format__ methods themselves: int.__format__, float.__format__, str.__format__, object.__format__.
print((255).__format__("#x"), (2.5).__format__(".3e"), "ab".__format__("^6") + "|", (1j).__format__(""))
print(int.__format__(True, "d"), float.__format__(1.0, ""), str.__format__("s", ""), object.__format__(7, ""))
print(bool.__format__ is int.__format__, type(int.__format__).__name__)
for call in (lambda: (1).__format__(1), lambda: "a".__format__(None), lambda: object().__format__("x"),
             lambda: int.__format__(1.5, ""), lambda: (1).__format__()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
