class Account:
    __slots__ = ("__balance", "owner", "_protected")

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        self._protected = True

    def balance(self):
        return self.__balance

a = Account("ann", 10)
print(a.balance(), a.owner, a._Account__balance, a._protected)
print(sorted(k for k in Account.__dict__ if not k.startswith("__")))
print(Account.__slots__)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)

class _Hidden:
    __slots__ = ("__v",)
print([k for k in _Hidden.__dict__ if "v" in k and k != "__doc__" and k != "__module__"])

class ___:
    __slots__ = ("__w",)
print([k for k in ___.__dict__ if k.endswith("w")])

class Order:
    __slots__ = ("zeta", "alpha", "mid")
print([k for k in Order.__dict__ if k in ("zeta", "alpha", "mid")])
print(Order.__slots__)
