class Account:
    interest = 0.02

    @classmethod
    def rate(cls):
        return cls.intrest

print(Account.interest)
print(Account.rate())
