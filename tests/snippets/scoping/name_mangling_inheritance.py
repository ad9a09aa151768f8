# private names avoid clashes between base and subclass
class Base:
    def __init__(self):
        self.__token = "base token"
    def base_token(self):
        return self.__token

class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__token = "derived token"
    def derived_token(self):
        return self.__token
    def peek_base(self):
        try:
            return self.__token_from_base
        except AttributeError as e:
            return f"AttributeError: {e}"

d = Derived()
print(d.base_token(), "|", d.derived_token())
print(sorted(vars(d)))
print(d.peek_base())

class Outer:
    class __Inner:
        pass
    def get_inner(self):
        return self.__Inner.__name__, self.__Inner.__qualname__
print(Outer().get_inner())
