class Account:
    __count = 0
    _protected = "p"

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__dunder__ = "not mangled"

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret(), getattr(self, "_Account__owner"), self.__count

    @staticmethod
    def count():
        return Account.__count

a = Account("ann")
print(a.reveal(), Account.count())
print(sorted(vars(a)))
print(a._Account__owner, a._Account__secret())
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)

class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "sub-" + owner
    def both(self):
        return self.__owner, self._Account__owner
print(Sub("bo").both(), sorted(vars(Sub("x"))))

class _Leading:
    def __m(self):
        return "leading underscores stripped"
    def call(self):
        return self.__m()
print(_Leading().call(), [n for n in dir(_Leading) if "m" in n and "__" in n and not n.endswith("__")])

class ___:
    __x = 1
print([n for n in vars(___) if "x" in n])
