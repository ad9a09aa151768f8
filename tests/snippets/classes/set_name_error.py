class Strict:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"field name {name!r} must be lowercase")
        self.name = name

class Good:
    ok = Strict()
print(Good.ok.name)

class Bad:
    fine = Strict()
    NotFine = Strict()
