# From CPython's test_list/test_tuple/test_set test_keywords_in_subclass: the builtin container
# refuses keyword arguments only when the subclass did not override the other constructor half.
for base in (list, tuple, set, frozenset):
    class A(base):
        pass
    try:
        A(sequence=())
    except TypeError as e:
        print(base.__name__, 'plain:', e)

    class B(base):
        def __init__(self, seq, newarg=None):
            if base in (list, set):
                super().__init__(seq)
            self.newarg = newarg
    try:
        u = B([1, 2], newarg=3)
        print(base.__name__, 'own __init__:', type(u).__name__, sorted(u), u.newarg)
    except TypeError as e:
        print(base.__name__, 'own __init__:', e)

    class C(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self
    try:
        u = C([1, 2], newarg=3)
        print(base.__name__, 'own __new__:', type(u).__name__, sorted(u), u.newarg)
    except TypeError as e:
        print(base.__name__, 'own __new__:', e)

    try:
        base([1], x=2)
    except TypeError as e:
        print(base.__name__, 'exact:', e)
    try:
        base([1], [2])
    except TypeError as e:
        print(base.__name__, 'two:', e)
