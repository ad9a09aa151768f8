class Account:
    def deposit(self, amount):
        return amount

    @staticmethod
    def helper(x):
        return x

    @classmethod
    def make(cls, a, b):
        return cls

acct = Account()
for text, call in [
    ("acct.deposit()", lambda: acct.deposit()),
    ("acct.deposit(1, 2)", lambda: acct.deposit(1, 2)),
    ("Account.deposit(5)", lambda: Account.deposit(5)),
    ("Account.helper()", lambda: Account.helper()),
    ("acct.make(1)", lambda: acct.make(1)),
    ("Account(1)", lambda: Account(1)),
    ("acct.deposit(amount=1, amt=2)", lambda: acct.deposit(amount=1, amt=2)),
]:
    try:
        call()
    except TypeError as e:
        print(text, "->", e)

def outer():
    def inner(a):
        pass
    return inner
try:
    outer()()
except TypeError as e:
    print("nested ->", e)
try:
    (lambda x: x)()
except TypeError as e:
    print("lambda ->", e)
