# Class-object attribute sites on builtin types (classmethods, method descriptors, getsets) and a classmethod
# called through LOAD_METHOD on its class that raises: the traceback is the bound call's.
def main():
    acc = 0
    for i in range(1500):
        acc += len(str.join(",", ["a", "b"])) + int.from_bytes(b"\x01", "big") + len(dict.fromkeys("ab"))
    print(acc, int.real, str.__name__)

    class E:
        @classmethod
        def boom(cls, k):
            if k == 1100:
                raise ValueError(cls.__name__)
            return k

    try:
        for k in range(1200):
            E.boom(k)
    except ValueError as e:
        import traceback
        print([f.name for f in traceback.extract_tb(e.__traceback__)], e)


main()
