class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        print("type:", exc_type)
        print("value:", repr(exc_value))
        print("traceback line:", traceback.tb_lineno if traceback else None)
        print("same object:", exc_value is self.expected if exc_value else "no exception")
        return True

cm = Inspect()
cm.expected = KeyError("k")
with cm:
    raise cm.expected
with cm:
    pass
cm.expected = None
with cm:
    1 / 0
